"""An answer someone else changed meanwhile: the field says who and when, and offers to reload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment, save_answer, start_assessment
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.storage import answers as stored_answers
from csn_desktop.storage.database import Database
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.question_field import QuestionField
from tests.ui.conftest import TypeText

ROLE = "respondent_role"
TYPED = "Pennaeth Digidol, ŵyr a ŷd"


@pytest.fixture
def other(db_path: Path) -> Iterator[Database]:
    """The same database as another person's copy of the app opened it."""
    database = open_app_database(db_path)
    yield database
    database.close()


@pytest.fixture
def state(db_path: Path, library: QuestionnaireLibrary) -> Iterator[AssessmentState]:
    database = open_app_database(db_path)
    new_id = start_assessment(database, library.latest(), period="2026/27", gss_code="W06000015")
    save_answer(database, library.latest(), new_id, ROLE, "", "Head of Digital")
    yield AssessmentState(database, library, load_assessment(database, library, new_id))
    database.close()


def test_a_field_changed_elsewhere_says_who_and_reload_keeps_what_was_typed(
    qtbot: QtBot,
    state: AssessmentState,
    other: Database,
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    field = QuestionField(state, state.questionnaire.question(ROLE))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    # Alex, at another computer, saves the same answer after this window read it.
    monkeypatch.setattr(stored_answers, "current_actor", lambda: "Alex Jones")
    save_answer(other, state.questionnaire, state.assessment_id, ROLE, "", "Head of Data")
    monkeypatch.undo()

    editor = field.editor.focus_target()
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    editor.selectAll()
    type_text(editor, TYPED)
    field.flush()

    assert "⚠ Not saved: Alex Jones changed this answer at " in field.problem.text()
    assert field.problem.text().endswith("; reload to see it.")
    assert field.reload_button.isVisible()
    assert state.unsaved_reason(ROLE) is not None
    loaded = load_assessment(other, state.library, state.assessment_id)
    assert loaded.answers.get(ROLE, "") == "Head of Data"  # Alex's answer is not overwritten
    # Until a choice is made, what was typed is kept as the answer's draft (closing loses nothing).
    assert [(d.question_id, d.text) for d in loaded.drafts] == [(ROLE, TYPED)]

    with qtbot.waitSignal(state.answer_restored):
        qtbot.mouseClick(field.reload_button, Qt.MouseButton.LeftButton)
    assert editor.text() == "Head of Data"
    assert not field.reload_button.isVisible()
    assert not field.problem.isVisible()
    # What was typed stays readable at the field, and Edit → Undo saves it over Alex's.
    assert field.note.isVisible()
    assert TYPED in field.note.text()
    assert not load_assessment(other, state.library, state.assessment_id).drafts
    state.undo_stack.undo()
    stored = load_assessment(other, state.library, state.assessment_id).answers
    assert stored.get(ROLE, "") == TYPED
