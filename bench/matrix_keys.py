"""Keystrokes to complete the standards matrix by keyboard, on the real widget (offscreen).

The council chose every theme, so all the catalogue's standards are required and shown. It
answers "Not aware of it / Not relevant to us" for most (Ctrl+A, Ctrl+D, n, Tab, n, Enter) and
details ten spread through the table: Down to the row, 4 (Partly used), 3 (Needed), 3 (ticks
"Skills or staff capacity"), Left, Left back to the Use column. A chord such as Ctrl+A is one
keystroke. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/matrix_keys.py
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from csn_desktop.actions.assessments import load_assessment, save_answer, start_assessment
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.storage.database import Database
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.matrix_widget import StandardsMatrixWidget

TARGET_TOTAL = 150  # fewer keystrokes than this for the whole matrix
TARGET_PER_ROW = 3.0  # at most this many per standard, on average
OLD_PER_ROW = 12.2  # measured before (issue 14): 488 keys for 40 rows
DETAILED = 10
Key = Qt.Key


@dataclass
class Keyboard:
    """Sends key clicks to whichever widget has the focus, and counts them."""

    app: QApplication
    keystrokes: int = 0
    chords: int = 0
    log: list[str] = field(default_factory=list)

    def press(self, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        self.app.processEvents()
        target = self.app.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        QTest.keyClick(target, key, modifier)
        self.app.processEvents()
        self.keystrokes += 1
        self.chords += modifier != Qt.KeyboardModifier.NoModifier
        self.log.append(type(target).__name__)

    def type(self, text: str) -> None:
        for char in text:
            self.press(Key(ord(char.upper())))


def detailed_rows(shown: int) -> list[int]:
    """Ten rows spread from the first to the last shown."""
    return sorted({round(n * (shown - 1) / (DETAILED - 1)) for n in range(DETAILED)})


def complete_matrix(app: QApplication, widget: StandardsMatrixWidget) -> Keyboard:
    """The scenario, from the table's first Use cell; returns the keys it took."""
    keys = Keyboard(app)
    table = widget.table
    use = widget.model.column_of("standards.use_status")
    table.setFocus()
    table.setCurrentIndex(widget.proxy.index(0, use))
    keys.press(Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all shown rows
    keys.press(Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # set answers for them…
    keys.type("n")  # Use: Not aware of it
    keys.press(Key.Key_Tab)
    keys.type("n")  # Need: Not relevant to us
    keys.press(Key.Key_Return)
    row = 0
    rows = detailed_rows(widget.proxy.rowCount())
    for n, target in enumerate(rows):
        for _ in range(target - row):
            keys.press(Key.Key_Down)
        row = target
        keys.type("433")  # Partly used, Needed, tick barrier 3
        if n < len(rows) - 1:
            keys.press(Key.Key_Left)
            keys.press(Key.Key_Left)
    return keys


def make_state(database: Database) -> AssessmentState:
    library = questionnaire_library()
    questionnaire = library.latest()
    new_id = start_assessment(database, questionnaire, period="2026/27", gss_code="W06000015")
    themes = [t.id for t in questionnaire.themes]
    save_answer(database, questionnaire, new_id, "priority_themes", "", themes)
    return AssessmentState(database, library, load_assessment(database, library, new_id))


def show_matrix(state: AssessmentState, parent: QWidget | None = None) -> StandardsMatrixWidget:
    widget = StandardsMatrixWidget(state, state.questionnaire.question("standards"), parent)
    widget.resize(1280, 720)
    widget.show()
    return widget


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with (
        tempfile.TemporaryDirectory() as folder,
        open_app_database(Path(folder) / "bench.sqlite3") as database,
    ):
        state = make_state(database)
        widget = show_matrix(state)
        widget.activateWindow()
        keys = complete_matrix(app, widget)
        shown = widget.proxy.rowCount()
        done, required = widget.model.required_count()
        widget.close()
    per_row = keys.keystrokes / shown
    print(f"standards shown and required: {shown}; answered: {done} of {required}")
    print(f"keystrokes: {keys.keystrokes} (of them chords such as Ctrl+A: {keys.chords})")
    print(f"keys per standard: {per_row:.2f}")
    print(f"targets: < {TARGET_TOTAL} keystrokes, <= {TARGET_PER_ROW:.0f} keys per standard")
    print(f"before (issue 14, reference): {OLD_PER_ROW} keys per standard")
    ok = keys.keystrokes < TARGET_TOTAL and per_row <= TARGET_PER_ROW and done == required
    print("within targets" if ok else "NOT within targets")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
