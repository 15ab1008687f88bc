"""The network view counts only what a submission counts: hidden and invalid answers stay out."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from csn_desktop.actions.importing import import_files
from csn_desktop.actions.network import load_network
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.canonical import counted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import NoteReason, Outcome
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from tests.imports.conftest import edit_cells, sample, submission_bytes, write
from tests.imports.test_imports_notes import _gaps_without_yes

OTHER_UUID = "5b0f3f0e-7d3c-4c1e-9a55-4c0d6c2b9e02"


def test_hidden_and_invalid_answers_are_kept_but_left_out_of_the_figures(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    answers = sample(questionnaire, seed=6)
    answers.set("has_gaps", "", False)
    answers.set("respondent_email", "", "name@council")  # invalid: kept in a draft
    answers.set("standards_staff", "", 2.5)  # a whole number is asked for
    draft = edit_cells(submission_bytes(questionnaire, answers, status="draft"), _gaps_without_yes)
    # A second council's valid submission with the same answers otherwise: the verdicts on
    # answers seen before in the same load must not carry over to it wrongly.
    valid = sample(questionnaire, seed=6)
    other = submission_bytes(
        questionnaire, valid, gss_code="E06000001", submission_uuid=OTHER_UUID, seed=4
    )
    paths = [write(tmp_path, "draft.xlsx", draft), write(tmp_path, "other.xlsx", other)]
    results = import_files(app_database, library, paths)
    assert [r.outcome for r in results] == [Outcome.NEW, Outcome.NEW], results
    assert {n.reason for n in results[0].notes} == {NoteReason.HIDDEN, NoteReason.INVALID}

    data = load_network(app_database, library)
    with app_database.session() as session:
        stored = {a.id: load_answers(session, a.id) for a in session.scalars(select(Assessment))}
    by_id = {s.assessment_id: s for s in data.submissions}
    assert set(by_id) == set(stored)
    draft_id = next(i for i, a in stored.items() if a.get("respondent_email") == "name@council")
    kept, counted = stored[draft_id], by_id[draft_id].answers
    assert kept.get("gaps.description", "2") == "Kerbside data"
    assert kept.get("standards_staff") == 2.5
    assert counted.get("gaps.description", "2") is None
    assert not [k for k in counted.values if k.question_id.startswith("gaps.")]
    assert counted.get("respondent_email") is None and counted.get("standards_staff") is None
    assert counted.get("respondent_name") == kept.get("respondent_name")
    for assessment_id, answers_kept in stored.items():
        expected = counted_answers(questionnaire, answers_kept)
        assert by_id[assessment_id].answers.values == expected.values
    other_id = next(i for i in stored if i != draft_id)
    assert by_id[other_id].answers.get("respondent_email") == valid.get("respondent_email")
    assert data.picture(Filters(include_drafts=True)).councils == 2
    assert data.picture(Filters()).councils == 1  # a draft counts only when asked for
