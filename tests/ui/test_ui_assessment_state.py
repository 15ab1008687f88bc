"""Saved answers are undone and redone in steps: one per field, one per bulk change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment, start_assessment
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.ui.assessment_state import AssessmentState

WELSH = "Swyddog Safonau Digidol — ŵyr a ŷd"


@pytest.fixture
def state(db_path: Path, library: QuestionnaireLibrary) -> Iterator[AssessmentState]:
    database = open_app_database(db_path)
    new_id = start_assessment(database, library.latest(), period="2026/27", gss_code="W06000015")
    yield AssessmentState(database, library, load_assessment(database, library, new_id))
    database.close()


def _stored(state: AssessmentState, question_id: str, item_key: str = "") -> object:
    loaded = load_assessment(state.database, state.library, state.assessment_id)
    return loaded.answers.get(question_id, item_key)


def test_undo_takes_back_a_whole_edit_of_one_field_and_redo_restores_it(
    qtbot: QtBot, state: AssessmentState
) -> None:
    assert state.save("respondent_name", "", "Swyddog")
    assert state.save("respondent_name", "", WELSH)
    assert state.undo_stack.count() == 1
    with qtbot.waitSignal(state.answer_restored) as restored:
        state.undo_stack.undo()
    assert restored.args == ["respondent_name", ""]
    assert _stored(state, "respondent_name") is None
    assert state.value("respondent_name") is None
    state.undo_stack.redo()
    assert _stored(state, "respondent_name") == WELSH


def test_a_bulk_change_is_one_transaction_and_one_step(state: AssessmentState) -> None:
    codes = [s.code for s in state.questionnaire.standards[:3]]
    assert state.save("standards.use_status", codes[0], "fully_used")
    changes = [("standards.use_status", code, "not_aware") for code in codes]
    assert state.save_many(changes, "Set use for 3 standards") is None
    assert [_stored(state, "standards.use_status", c) for c in codes] == ["not_aware"] * 3
    assert state.undo_stack.undoText() == "Set use for 3 standards"
    state.undo_stack.undo()
    assert [_stored(state, "standards.use_status", c) for c in codes] == ["fully_used", None, None]


def test_a_refused_bulk_change_stores_nothing_and_says_why(state: AssessmentState) -> None:
    code = state.questionnaire.standards[0].code
    changes = [("standards.use_status", code, "not_aware"), ("no_such_question", "", "x")]
    reason = state.save_many(changes, "Paste")
    assert reason is not None and "no_such_question" in reason
    assert _stored(state, "standards.use_status", code) is None
    assert state.undo_stack.count() == 0


def test_an_invalid_answer_is_saved_but_the_status_says_it_needs_correcting(
    qtbot: QtBot, state: AssessmentState
) -> None:
    code = state.questionnaire.standards[0].code
    with qtbot.waitSignal(state.saved) as said:
        assert state.save("standards.evidence_url", code, "intranet/policies/open-data")
    assert _stored(state, "standards.evidence_url", code) is not None
    assert said.args[0].startswith("Saved ")
    assert "needs correcting" in said.args[0]
    with qtbot.waitSignal(state.saved) as said:
        assert state.save("respondent_name", "", WELSH)
    assert "needs correcting" not in said.args[0]
