"""Many rows at once: select by keys, set answers for them, paste a block with a preview, undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment, start_assessment
from csn_desktop.actions.setup import open_app_database
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.matrix_widget import StandardsMatrixWidget

USE = "standards.use_status"
NEED = "standards.need"
BARRIERS = "standards.barriers"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def state(db_path: Any, library: Any) -> Any:
    database = open_app_database(db_path)
    new_id = start_assessment(database, library.latest(), period="2026/27", gss_code="W06000015")
    yield AssessmentState(database, library, load_assessment(database, library, new_id))
    database.close()


@pytest.fixture
def matrix(qtbot: QtBot, state: Any) -> StandardsMatrixWidget:
    widget = StandardsMatrixWidget(state, state.questionnaire.question("standards"))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.table.setFocus()
    # Edit → Undo of the window, on Ctrl+Z.
    undo = state.undo_stack.createUndoAction(widget)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    widget.addAction(undo)
    return widget


def stored(state: AssessmentState) -> Any:
    return load_assessment(state.database, state.library, state.assessment_id).answers


def codes(matrix: StandardsMatrixWidget) -> list[str]:
    return [
        matrix.model.standards[matrix.proxy.mapToSource(matrix.proxy.index(r, 0)).row()].code
        for r in range(matrix.proxy.rowCount())
    ]


def test_bulk_set_for_rows_selected_by_keys_skips_barriers_that_do_not_apply(
    qtbot: QtBot, matrix: StandardsMatrixWidget, state: AssessmentState
) -> None:
    shown = codes(matrix)
    state.save(USE, shown[0], "partly_used")
    state.save(USE, shown[1], "fully_used")
    state.save(USE, shown[2], "not_aware")
    table = matrix.table
    table.setCurrentIndex(matrix.proxy.index(0, matrix.model.column_of(NEED)))
    qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    assert table.selected_rows() == [0, 1, 2]
    qtbot.keyClick(table, Qt.Key.Key_D, CTRL)
    dialog = matrix.bulk_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.use)
    qtbot.keyClick(dialog.use, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert isinstance(focus, QComboBox)
    qtbot.keyClicks(focus, "es")  # Essential
    assert dialog.need.currentData() == "essential"
    qtbot.keyClick(focus, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # set barriers: on
    assert dialog.set_barriers.isChecked()
    qtbot.keyClick(dialog.set_barriers, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # the first barrier
    # The fully used standard's barriers do not apply: skipped, and the dialog says so.
    assert "barriers are left as they are" in dialog.summary.text()
    assert ": 1." in dialog.summary.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(state).get(NEED, shown[2]) == "essential")
    answers = stored(state)
    assert [answers.get(NEED, c) for c in shown[:3]] == ["essential"] * 3
    assert answers.get(BARRIERS, shown[0]) == ["cost_of_access"]
    assert answers.get(BARRIERS, shown[1]) is None
    assert answers.get(USE, shown[1]) == "fully_used"
    assert answers.get(NEED, shown[3]) is None
    # One step: Ctrl+Z takes all of it back.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    answers = stored(state)
    assert [answers.get(NEED, c) for c in shown[:3]] == [None] * 3
    assert answers.get(BARRIERS, shown[0]) is None


def test_ctrl_a_selects_every_shown_row(qtbot: QtBot, matrix: StandardsMatrixWidget) -> None:
    matrix.search.setText("ISO 37")
    qtbot.keyClick(matrix.table, Qt.Key.Key_A, CTRL)
    assert matrix.table.selected_rows() == list(range(matrix.proxy.rowCount()))
    assert 0 < matrix.proxy.rowCount() < matrix.model.rowCount()


def test_paste_by_code_previews_then_stores_as_one_undoable_step(
    qtbot: QtBot, matrix: StandardsMatrixWidget, state: AssessmentState
) -> None:
    shown = codes(matrix)
    standards = {s.code: s for s in state.questionnaire.standards}
    QGuiApplication.clipboard().setText(
        "Code\tUse\tNeed\tBarriers\tNote\n"
        f"{shown[0]}\tPartly used\tEssential\tToo complex; skills or staff capacity\t"
        '"Nodyn am Ynys Môn — ŵ ŷ"\n'
        f"{standards[shown[1]].title.lower()}\tfully_used\tNeeded\tToo complex\n"
        "ISO 99999\tFully used\n"
    )
    table = matrix.table
    table.setCurrentIndex(matrix.proxy.index(5, 0))
    qtbot.keyClick(table, Qt.Key.Key_V, CTRL)
    dialog = matrix.paste_dialog
    assert dialog is not None
    assert dialog.changes.rowCount() == 6
    cells = [
        [dialog.changes.item(r, c).text() for c in range(4)]
        for r in range(dialog.changes.rowCount())
    ]
    assert [shown[0], "Use", "(no answer)", "Partly used"] in cells
    assert [shown[0], "Note", "(no answer)", "Nodyn am Ynys Môn — ŵ ŷ"] in cells
    refused = [dialog.refused.item(r, 1).text() for r in range(dialog.refused.rowCount())]
    assert refused == ["Too complex", "ISO 99999"]
    assert stored(state).get(USE, shown[0]) is None  # nothing stored before "Paste"
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(state).get(USE, shown[0]) == "partly_used")
    answers = stored(state)
    assert answers.get(BARRIERS, shown[0]) == ["too_complex", "skills_capacity"]
    assert answers.get("standards.note", shown[0]) == "Nodyn am Ynys Môn — ŵ ŷ"
    assert answers.get(USE, shown[1]) == "fully_used"
    assert answers.get(BARRIERS, shown[1]) is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    answers = stored(state)
    assert answers.get(USE, shown[0]) is None and answers.get(USE, shown[1]) is None
    assert answers.get("standards.note", shown[0]) is None


def test_paste_into_cells_from_the_current_cell(
    qtbot: QtBot, matrix: StandardsMatrixWidget, state: AssessmentState
) -> None:
    shown = codes(matrix)
    QGuiApplication.clipboard().setText("Not aware of it\tNot relevant to us\nPlanned\tNeeded\n")
    matrix.table.setCurrentIndex(matrix.proxy.index(2, matrix.model.column_of(USE)))
    qtbot.keyClick(matrix.table, Qt.Key.Key_V, CTRL)
    dialog = matrix.paste_dialog
    assert dialog is not None
    # "Planned" is neither a label nor an id: refused, with the reason; the rest is pasted.
    assert dialog.refused.rowCount() == 1
    assert "Use" in dialog.refused.item(0, 2).text()
    dialog.paste.click()
    answers = stored(state)
    assert answers.get(USE, shown[2]) == "not_aware"
    assert answers.get(NEED, shown[2]) == "not_relevant"
    assert answers.get(USE, shown[3]) is None
    assert answers.get(NEED, shown[3]) == "needed"
