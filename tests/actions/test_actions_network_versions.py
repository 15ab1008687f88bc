"""Network figures over councils that answered different questionnaire versions add up."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import select

from csn_desktop.actions import assessments as actions
from csn_desktop.actions.importing import import_files
from csn_desktop.actions.network import load_network
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain import known_ids as ids
from csn_desktop.domain.aggregation import NetworkPicture, aggregate
from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.answers import load_answers, save_answer
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from tests.conftest import NewDatabase
from tests.imports.conftest import sample, submission_bytes, write

QUESTIONNAIRE = "csn-smart-city-standards"
# Seven Welsh councils: more than the five a figure needs, so nothing is withheld.
COUNCILS = (
    "W06000001",
    "W06000002",
    "W06000003",
    "W06000004",
    "W06000005",
    "W06000006",
    "W06000008",
)


def _version(library: QuestionnaireLibrary, version: int) -> Questionnaire:
    found = library.get(QUESTIONNAIRE, version)
    assert found is not None
    return found


def _council_answers(newest: Questionnaire, seed: int) -> Answers:
    """Complete answers to the newest version, with the renamed question always answered."""
    answers = sample_answers(newest, random.Random(seed))
    answers.set(
        ids.NATIONAL_PRIORITIES, NO_ITEM, ["clean_growth", "ai_data_economy"][: seed % 2 + 1]
    )
    answers.set("national_priorities_how", NO_ITEM, f"Answer {seed}")
    answers.set(ids.QUOTE_CONSENT, NO_ITEM, None)  # version 1 has no such question
    return answers


def _stored_as(library: QuestionnaireLibrary, answers: Answers, version: int) -> Answers:
    """The same answers under the question ids of an older ``version``."""
    newest = library.latest(QUESTIONNAIRE)
    back = {new: old for old, new in library.to_version(_version(library, version), newest).items()}
    moved = Answers()
    for key, value in answers:
        moved.set(back.get(key.question_id, key.question_id), key.item_key, value)
    return moved


def _picture(
    new_database: NewDatabase, library: QuestionnaireLibrary, versions: list[int]
) -> NetworkPicture:
    """Every council's final assessment, council n answering ``versions[n]``, counted."""
    newest = library.latest(QUESTIONNAIRE)
    database = open_app_database(new_database(f"v{'-'.join(map(str, versions))}"))
    try:
        for seed, (gss_code, version) in enumerate(zip(COUNCILS, versions, strict=True)):
            questionnaire = _version(library, version)
            answers = _stored_as(library, _council_answers(newest, seed), version)
            assessment_id = actions.start_assessment(
                database, questionnaire, period="2026/27", gss_code=gss_code
            )
            # Stored in one transaction (save_answer commits each answer: slow for hundreds).
            with database.session() as session:
                for key, value in answers:
                    save_answer(session, assessment_id, key.question_id, key.item_key, value)
                session.commit()
            actions.finalise(database, library, assessment_id)
        data = load_network(database, library)
    finally:
        database.close()
    assert len(data.submissions) == len(COUNCILS)
    return aggregate(data.submissions, data.standard_codes)


def test_version_1_and_version_2_submissions_give_the_same_figures(
    new_database: NewDatabase, library: QuestionnaireLibrary
) -> None:
    all_v2 = _picture(new_database, library, [2] * len(COUNCILS))
    all_v1 = _picture(new_database, library, [1] * len(COUNCILS))
    mixed = _picture(new_database, library, [1, 2] * 3 + [1])
    # The renamed question is counted, not lost, for councils that answered version 1.
    priorities = all_v2.priorities[ids.NATIONAL_PRIORITIES]
    assert priorities == {"clean_growth": len(COUNCILS), "ai_data_economy": 3}
    assert all_v1.priorities[ids.NATIONAL_PRIORITIES] == priorities
    assert all_v2.councils == len(COUNCILS) and all_v2.standards and all_v2.gaps
    # And every other figure (the unchanged questions) is the same whichever version was answered.
    assert all_v1 == all_v2
    assert mixed == all_v2


def test_answers_to_version_1_are_counted_under_the_newest_ids(
    new_database: NewDatabase, library: QuestionnaireLibrary
) -> None:
    v1 = _version(library, 1)
    database = open_app_database(new_database("one"))
    try:
        assessment_id = actions.start_assessment(
            database, v1, period="2026/27", gss_code=COUNCILS[0]
        )
        actions.save_answer(
            database, v1, assessment_id, "grand_challenges", NO_ITEM, ["ageing_society"]
        )
        actions.save_answer(
            database, v1, assessment_id, "grand_challenges_how", NO_ITEM, "Falls sensors"
        )
        data = load_network(database, library)
    finally:
        database.close()
    [submission] = data.submissions
    assert data.questionnaire.version == 2
    assert submission.answers.get(ids.NATIONAL_PRIORITIES) == ["ageing_society"]
    assert submission.answers.get("national_priorities_how") == "Falls sensors"
    assert not [k for k in submission.answers.values if k.question_id.startswith("grand_")]


def test_a_version_1_submission_still_imports_and_is_counted_under_version_2(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    v1 = _version(library, 1)
    answers = sample(v1, seed=8)
    answers.set("grand_challenges", NO_ITEM, ["future_of_mobility"])
    path = write(tmp_path, "v1.xlsx", submission_bytes(v1, answers))
    [result] = import_files(app_database, library, [path])
    assert result.outcome is Outcome.NEW, result
    with app_database.read_session() as session:
        [stored] = session.scalars(select(Assessment)).all()
        assert stored.questionnaire_version == 1
        assert load_answers(session, stored.id).get("grand_challenges") == ["future_of_mobility"]
    [submission] = load_network(app_database, library).submissions
    assert submission.answers.get(ids.NATIONAL_PRIORITIES) == ["future_of_mobility"]
