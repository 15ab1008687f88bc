"""The demo database: both questionnaire versions, consent answered, names only where allowed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from csn_desktop.actions.demo import EARLIER_PERIOD, fill_demo
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain import known_ids as ids
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.sample_answers import PEOPLE
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.models import Assessment


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Assessment, Answers]]:
    """Every assessment of a demonstration database (filled once: it takes a few seconds)."""
    library = questionnaire_library()
    newest = library.latest()
    database = open_app_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    try:
        fill_demo(database, newest, councils=24, seed=5, earlier=library.previous(newest))
        with database.read_session() as session:
            assessments = list(session.scalars(select(Assessment)))
            return [(a, load_answers(session, a.id)) for a in assessments]
    finally:
        database.close()


def test_the_demo_answers_both_versions_and_the_consent_question(
    demo: list[tuple[Assessment, Answers]],
) -> None:
    versions = {a.questionnaire_version for a, _ in demo}
    assert versions == {1, 2}
    assert all((a.questionnaire_version == 1) == (a.period == EARLIER_PERIOD) for a, _ in demo)
    consent = [
        answers.get(ids.QUOTE_CONSENT) for a, answers in demo if a.questionnaire_version == 2
    ]
    assert {True, False, None} <= set(consent)  # yes for some councils, no or blank for others
    assert all(
        ids.QUOTE_CONSENT not in {k.question_id for k in answers.values}
        for a, answers in demo
        if a.questionnaire_version == 1
    )


def test_no_name_of_a_person_is_given_to_a_question_that_is_not_personal_data(
    demo: list[tuple[Assessment, Answers]], library: QuestionnaireLibrary
) -> None:
    named: set[str] = set()
    for assessment, answers in demo:
        questionnaire = library.get(assessment.questionnaire_id, assessment.questionnaire_version)
        assert questionnaire is not None
        for key, value in answers:
            question = questionnaire.question(key.question_id)
            found = [person for person in PEOPLE if person in str(value)]
            if question.personal_data:
                named.update(key.question_id for _ in found)
            else:
                assert found == [], (assessment.questionnaire_version, key, value)
    # The names are there, where the definition says they may be.
    assert {"respondent_name", "approved_by_name", "strategy_lead"} <= named
