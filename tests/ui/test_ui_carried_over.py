"""Answers carried over unchanged from the earlier period: marked in the matrix, at questions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import (
    copy_forward,
    load_assessment,
    save_answer,
    start_assessment,
)
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.known_ids import USE_STATUS
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.matrix_model import CarriedOverRole, StandardsMatrixModel
from csn_desktop.ui.matrix_widget import StandardsMatrixWidget
from csn_desktop.ui.question_field import QuestionField

ROLE = "respondent_role"


def _state(db_path: Path, library: QuestionnaireLibrary, *, earlier: bool) -> AssessmentState:
    database = open_app_database(db_path)
    questionnaire = library.latest()
    code = questionnaire.standards[0].code
    if earlier:
        before = start_assessment(database, questionnaire, period="2025/26", gss_code="W06000001")
        save_answer(database, questionnaire, before, ROLE, "", "Pennaeth Digidol, Ynys Môn")
        save_answer(database, questionnaire, before, USE_STATUS, code, "planning")
        new_id = copy_forward(database, library, before, period="2026/27")
    else:
        new_id = start_assessment(database, questionnaire, period="2026/27", gss_code="W06000001")
        save_answer(database, questionnaire, new_id, ROLE, "", "Pennaeth Digidol, Ynys Môn")
    return AssessmentState(database, library, load_assessment(database, library, new_id))


@pytest.fixture
def state(db_path: Path, library: QuestionnaireLibrary) -> Iterator[AssessmentState]:
    state = _state(db_path, library, earlier=True)
    yield state
    state.database.close()


def test_matrix_marks_a_carried_answer_until_it_changes(state: AssessmentState) -> None:
    model = StandardsMatrixModel(state, state.questionnaire.question("standards"))
    code = state.questionnaire.standards[0].code
    cell = model.index(0, model.column_of(USE_STATUS))
    assert model.standards[0].code == code
    assert cell.data(CarriedOverRole) == "2025/26"
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "↺ Planning to use it"
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Planning to use it, same as 2025/26"
    assert "↺ Same as 2025/26" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # An unanswered cell of the same row is not carried over.
    need = model.index(0, model.column_of("standards.need"))
    assert need.data(CarriedOverRole) is None
    assert need.data(Qt.ItemDataRole.DisplayRole) == ""
    assert model.setData(cell, "fully_used")
    assert cell.data(CarriedOverRole) is None
    assert not str(cell.data(Qt.ItemDataRole.DisplayRole)).startswith("↺")
    assert "2025/26" not in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_question_shows_the_period_until_the_answer_changes(
    qtbot: QtBot, state: AssessmentState
) -> None:
    field = QuestionField(state, state.questionnaire.question(ROLE))
    qtbot.addWidget(field)
    field.show()
    assert field.carried.isVisible()
    assert field.carried.text() == "↺ Same as 2025/26"
    description = field.editor.focus_target().accessibleDescription()
    assert "Same as 2025/26" in description
    field.editor.committed.emit("Pennaeth Digidol, Ynys Môn — ŵ ŷ")
    assert state.value(ROLE) == "Pennaeth Digidol, Ynys Môn — ŵ ŷ"
    assert not field.carried.isVisible()
    assert "2025/26" not in field.editor.focus_target().accessibleDescription()


def test_nothing_is_marked_without_an_earlier_period(
    qtbot: QtBot, db_path: Path, library: QuestionnaireLibrary
) -> None:
    state = _state(db_path, library, earlier=False)
    try:
        assert state.earlier is None
        field = QuestionField(state, state.questionnaire.question(ROLE))
        qtbot.addWidget(field)
        field.show()
        assert not field.carried.isVisible()
        model = StandardsMatrixModel(state, state.questionnaire.question("standards"))
        assert model.index(0, model.column_of(USE_STATUS)).data(CarriedOverRole) is None
    finally:
        state.database.close()


def test_matrix_says_what_the_mark_means(qtbot: QtBot, state: AssessmentState) -> None:
    widget = StandardsMatrixWidget(state, state.questionnaire.question("standards"))
    qtbot.addWidget(widget)
    assert widget.required_count.text().endswith("↺ marks an answer unchanged since 2025/26.")
