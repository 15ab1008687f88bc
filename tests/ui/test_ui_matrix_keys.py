"""The matrix is keyed like a spreadsheet: Enter, Tab, digits, type-ahead, Delete, the benchmark."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment, start_assessment
from csn_desktop.actions.setup import open_app_database
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.matrix_typeahead import pick
from csn_desktop.ui.matrix_widget import StandardsMatrixWidget

USE = "standards.use_status"
NEED = "standards.need"
BARRIERS = "standards.barriers"
BENCH = Path(__file__).resolve().parents[2] / "bench" / "matrix_keys.py"


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
    widget.table.setFocus()
    return widget


def stored(state: AssessmentState) -> Any:
    """The answers as the database holds them."""
    return load_assessment(state.database, state.library, state.assessment_id).answers


def code_at(matrix: StandardsMatrixWidget, row: int) -> str:
    return matrix.model.standards[matrix.proxy.mapToSource(matrix.proxy.index(row, 0)).row()].code


def test_type_ahead_picks_by_the_first_letters_of_words() -> None:
    labels = [
        "Not aware of it",
        "Aware of it, not used",
        "Planning to use it",
        "Partly used",
        "Fully used",
        "Certified or formally conformant",
    ]
    assert pick("p", labels) == 2
    assert pick("pl", labels) == 2
    assert pick("pu", labels) == 3
    assert pick("p u", labels) == 3
    assert pick("pa", labels) == 3
    assert pick("na", labels) == 0
    assert pick("a", labels) == 1
    assert pick("cofc", labels) == 5
    assert pick("pp", labels) is None
    assert pick("", labels) is None


def test_enter_edits_then_saves_and_moves_down_tab_moves_right(
    qtbot: QtBot, matrix: StandardsMatrixWidget, state: AssessmentState
) -> None:
    table = matrix.table
    use = matrix.model.column_of(USE)
    table.setCurrentIndex(matrix.proxy.index(0, use))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    # "pu" picks "Partly used" (P-artly U-sed), not "Planning to use it".
    qtbot.keyClicks(editor, "pu")
    assert editor.currentText() == "Partly used"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.currentIndex().row() == 1)
    assert table.currentIndex().column() == use
    assert stored(state).get(USE, code_at(matrix, 0)) == "partly_used"
    # A letter on a cell opens its editor with type-ahead; Escape cancels.
    qtbot.keyClick(table, Qt.Key.Key_F)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and editor.currentText() == "Fully used"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert stored(state).get(USE, code_at(matrix, 1)) is None
    # Tab moves right inside the table, on to the next row at its end; Shift+Tab back.
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == use + 1
    last = matrix.proxy.columnCount() - 1
    table.setCurrentIndex(matrix.proxy.index(1, last))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2, 0)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert table.currentIndex().row() == 1
    assert QApplication.focusWidget() is table
    # Ctrl+Tab leaves the table at once.
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is not table


def test_tab_past_the_last_cell_leaves_the_table(
    qtbot: QtBot, matrix: StandardsMatrixWidget
) -> None:
    table = matrix.table
    matrix.clear_filters()
    rows, columns = matrix.proxy.rowCount(), matrix.proxy.columnCount()
    table.setCurrentIndex(matrix.proxy.index(rows - 1, columns - 1))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_digits_pick_choices_and_delete_clears_undoably(
    qtbot: QtBot, matrix: StandardsMatrixWidget, state: AssessmentState
) -> None:
    table = matrix.table
    use = matrix.model.column_of(USE)
    table.setCurrentIndex(matrix.proxy.index(0, use))
    for key in (Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_1):
        qtbot.keyClick(table, key)
    code = code_at(matrix, 0)
    answers = stored(state)
    assert answers.get(USE, code) == "partly_used"
    assert answers.get(NEED, code) == "needed"
    # On the barriers cell digits tick and untick: 1, 3, then 1 again.
    assert answers.get(BARRIERS, code) == ["skills_capacity"]
    assert table.currentIndex().column() == matrix.model.column_of(BARRIERS)
    # The header's tooltip tells which digit is which choice.
    tip = matrix.model.headerData(use, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "4 Partly used" in tip
    # Delete clears the selected cells, as one step that Ctrl+Z (Edit → Undo) takes back.
    undo = state.undo_stack.createUndoAction(matrix)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    matrix.addAction(undo)
    table.setCurrentIndex(matrix.proxy.index(0, use))
    qtbot.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    answers = stored(state)
    assert [answers.get(q, code) for q in (USE, NEED, BARRIERS)] == [None, None, None]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    answers = stored(state)
    assert answers.get(USE, code) == "partly_used"
    assert answers.get(BARRIERS, code) == ["skills_capacity"]
    assert matrix.proxy.index(0, use).data() == "Partly used"


def test_benchmark_scenario_by_keys_stores_every_answer(
    qtbot: QtBot, state: AssessmentState, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location("matrix_keys", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)  # its dataclass looks itself up there
    spec.loader.exec_module(bench)
    themes = [t.id for t in state.questionnaire.themes]
    state.save("priority_themes", "", themes)
    widget = bench.show_matrix(state)
    qtbot.addWidget(widget)
    qtbot.waitExposed(widget)
    widget.activateWindow()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    bench.complete_matrix(app, widget)
    shown = [code_at(widget, row) for row in range(widget.proxy.rowCount())]
    assert len(shown) == len(state.questionnaire.standards)
    detailed = {shown[row] for row in bench.detailed_rows(len(shown))}
    assert len(detailed) == 10
    answers = stored(state)
    for code in shown:
        if code in detailed:
            assert answers.get(USE, code) == "partly_used", code
            assert answers.get(NEED, code) == "needed", code
            assert answers.get(BARRIERS, code) == ["skills_capacity"], code
        else:
            assert answers.get(USE, code) == "not_aware", code
            assert answers.get(NEED, code) == "not_relevant", code
            assert answers.get(BARRIERS, code) is None, code
    assert widget.model.required_count() == (len(shown), len(shown))
    assert not any(isinstance(w, QLineEdit | QPushButton) for w in [app.focusWidget()])
