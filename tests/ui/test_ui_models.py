"""Every item model passes qtmodeltester; the matrix is edited and filtered from the keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment, start_assessment
from csn_desktop.actions.home import home_list, quick_home_list, remember_definitions
from csn_desktop.actions.setup import open_app_database
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.home_model import AssessmentListModel
from csn_desktop.ui.matrix_filter import UNANSWERED
from csn_desktop.ui.matrix_widget import StandardsMatrixWidget
from csn_desktop.ui.review_model import ReviewModel, review_items
from csn_desktop.ui.section_model import SectionListModel


@pytest.fixture
def state(db_path: Any, library: Any) -> Any:
    database = open_app_database(db_path)
    new_id = start_assessment(database, library.latest(), period="2026/27", gss_code="W06000015")
    yield AssessmentState(database, library, load_assessment(database, library, new_id))
    database.close()


@pytest.fixture
def matrix(qtbot: QtBot, state: Any) -> StandardsMatrixWidget:
    question = state.questionnaire.question("standards")
    widget = StandardsMatrixWidget(state, question)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_models_pass_the_model_tester(qtmodeltester: Any, state: Any, matrix: Any, db_path: Any):
    qtmodeltester.check(matrix.model)
    qtmodeltester.check(matrix.proxy)
    qtmodeltester.check(SectionListModel(state))
    review = ReviewModel()
    review.set_items(review_items(state.questionnaire, state.answers))
    qtmodeltester.check(review)
    home = AssessmentListModel(home_list(state.database, state.library).rows)
    qtmodeltester.check(home)


def test_quick_home_list_matches_the_database(state: Any, db_path: Any) -> None:
    state.save("departments", "", ["digital_it"])
    remember_definitions(state.database, state.library)
    assert quick_home_list(db_path) == home_list(state.database, state.library)
    assert quick_home_list(db_path.with_name("missing.sqlite3")) is None


def test_long_home_list_is_fetched_in_batches(qtmodeltester: Any, state: Any) -> None:
    from dataclasses import replace

    from csn_desktop.ui.home_model import BATCH

    [first] = home_list(state.database, state.library).rows
    rows = [replace(first, id=n) for n in range(1, 2 * BATCH + 51)]
    qtmodeltester.check(AssessmentListModel(rows))  # (the tester fetches everything)
    model = AssessmentListModel(rows)
    assert model.rowCount() == BATCH and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * BATCH
    assert model.row_of(2 * BATCH + 40) == 2 * BATCH + 39  # fetched up to the one asked for
    assert model.rowCount() == 2 * BATCH + 40
    model.fetchMore()
    assert model.rowCount() == len(rows) and not model.canFetchMore()


def test_matrix_edited_from_the_keyboard(qtbot: QtBot, matrix: Any, state: Any) -> None:
    table = matrix.table
    model = matrix.model
    column = model.column_of("standards.use_status")
    table.setFocus()
    table.setCurrentIndex(matrix.proxy.index(0, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # "not aware of it"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    code = model.standards[0].code
    # The delegate commits on Enter through a queued call.
    qtbot.waitUntil(lambda: state.value("standards.use_status", code) == "not_aware")
    # Barriers apply to a standard not in use: a checkable list, Space ticks, Enter saves.
    table.setCurrentIndex(matrix.proxy.index(0, model.column_of("standards.barriers")))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    checklist = QApplication.focusWidget()
    assert isinstance(checklist, QListWidget)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    qtbot.keyClick(checklist, Qt.Key.Key_Return)
    chosen = ["cost_of_access", "cost_of_implementation"]
    qtbot.waitUntil(lambda: state.value("standards.barriers", code) == chosen)
    # Fully used: barriers no longer apply, so the cell is not editable (its answer is kept).
    model.setData(model.index(0, column), "fully_used")
    assert not model.flags(model.index(0, model.column_of("standards.barriers"))) & (
        Qt.ItemFlag.ItemIsEditable
    )
    assert model.index(0, model.column_of("standards.barriers")).data() == "—"
    assert state.value("standards.barriers", code) == chosen


def test_matrix_filters(matrix: Any, state: Any) -> None:
    total = matrix.model.rowCount()
    matrix.search.setText("37120")
    assert 0 < matrix.proxy.rowCount() < total
    assert all("37120" in matrix.proxy.index(r, 0).data() for r in range(matrix.proxy.rowCount()))
    matrix.search.clear()
    theme = state.questionnaire.themes[0]
    matrix.theme.setCurrentIndex(matrix.theme.findData(theme.id))
    expected = sum(1 for s in state.questionnaire.standards if s.theme == theme.id)
    assert matrix.proxy.rowCount() == expected
    matrix.clear_filters()
    code = matrix.model.standards[5].code
    state.save("standards.need", code, "essential")
    matrix.need.setCurrentIndex(matrix.need.findData("essential"))
    assert matrix.proxy.rowCount() == 1
    matrix.need.setCurrentIndex(matrix.need.findData(UNANSWERED))
    assert matrix.proxy.rowCount() == total - 1
    matrix.clear_filters()
    matrix.required_only.setChecked(True)
    assert matrix.proxy.rowCount() == 0  # no themes chosen yet
    state.save("priority_themes", "", [theme.id])
    matrix.apply_filters()
    assert matrix.proxy.rowCount() == expected
    # Jumping to a hidden row clears the filters and selects its cell.
    other = next(s for s in state.questionnaire.standards if s.theme != theme.id)
    matrix.focus_cell("standards.need", other.code)
    assert matrix.proxy.mapToSource(matrix.table.currentIndex()).row() == matrix.model.row_of(
        other.code
    )
