"""Version 2 of the questionnaire: what changed from version 1, and that nothing else did."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.definition.loader import read_definition
from csn_desktop.domain import known_ids as ids
from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType
from tests.command_line import cli

QUESTIONNAIRE = "csn-smart-city-standards"
RENAMED = {
    "grand_challenges": "national_priorities",
    "grand_challenges_how": "national_priorities_how",
}
# Questions whose answers can name a person: they are what a publishable output leaves out.
PERSONAL = {
    "respondent_name",
    "respondent_role",
    "respondent_email",
    "strategy_lead",
    "standards_lead_role",
    "approved_by_name",
    "approved_by_role",
}
WORDS = (QuestionType.TEXT, QuestionType.LONG_TEXT)
# Help text added in version 2 (it does not change what an answer means).
NEW_HELP = {"standards_lead_role", "gaps.description", "approved_by_role"}


@pytest.fixture(scope="module")
def versions() -> tuple[Questionnaire, Questionnaire]:
    library = QuestionnaireLibrary.load(Path(__file__).resolve().parents[2] / "assessments")
    v1, v2 = library.get(QUESTIONNAIRE, 1), library.get(QUESTIONNAIRE, 2)
    assert v1 is not None and v2 is not None
    return v1, v2


def test_version_2_loads_alone_without_problems(assessments_dir: Path) -> None:
    questionnaire, problems = read_definition(assessments_dir / f"{QUESTIONNAIRE}.v2.yaml")
    assert problems == []
    assert questionnaire is not None and questionnaire.version == 2


@pytest.mark.parametrize("version", [1, 2])
def test_questionnaire_check_passes_on_each_version(assessments_dir: Path, version: int) -> None:
    result = cli(
        "questionnaire", "check", str(assessments_dir / f"{QUESTIONNAIRE}.v{version}.yaml")
    )
    assert result.returncode == 0, result.stderr
    assert f"ok: {QUESTIONNAIRE} version {version}" in result.stdout


def test_the_dated_grand_challenges_are_renamed_with_the_same_choices(
    versions: tuple[Questionnaire, Questionnaire],
) -> None:
    v1, v2 = versions
    for old, new in RENAMED.items():
        assert not v2.has_question(old)
        assert v2.question(new).replaces == (old,)
        assert v2.renamed[old] == new
    old, new = v1.question("grand_challenges"), v2.question("national_priorities")
    assert [c.id for c in old.choices] == [c.id for c in new.choices]
    assert "grand challenge" not in new.label.lower()
    assert v2.question("national_priorities_how").relevant is not None
    wording = " ".join(
        text
        for _, q in v2.iter_questions()
        for text in (q.label, q.help, *(c.label for c in q.choices))
    )
    assert "grand challenge" not in wording.lower() and "2017" not in wording


def test_the_consent_question_says_what_anonymised_means_and_what_blank_means(
    versions: tuple[Questionnaire, Questionnaire],
) -> None:
    _, v2 = versions
    consent = v2.question(ids.QUOTE_CONSENT)
    assert consent.type is QuestionType.YES_NO and not consent.required
    assert "anonymised" in consent.label.lower()
    assert "without your council's name" in consent.help
    assert "leaving this blank" in consent.help and "never quoted" in consent.help


def test_every_question_that_can_hold_a_name_is_personal_data(
    versions: tuple[Questionnaire, Questionnaire],
) -> None:
    _, v2 = versions
    personal = {q.id for _, q in v2.iter_questions() if q.personal_data}
    assert personal == PERSONAL
    # The free-text questions left unmarked ask about services and teams, not people.
    free_text = {q.id for _, q in v2.iter_questions() if q.type in WORDS} - personal
    assert free_text == {
        "departments_other",
        "standards.note",
        "gaps.description",
        "gaps.should_cover",
        "national_priorities_how",
        "network_other",
    }
    assert "do not name people" in v2.question("gaps.description").help


def _comparable(question: Question, *, marked: bool) -> Question:
    """A question without its fields (compared on their own) and, for one version 2 marked
    as personal data or gave help, without those."""
    if marked:
        question = replace(question, personal_data=False, help="")
    return replace(question, fields=())


def test_every_other_question_is_unchanged(versions: tuple[Questionnaire, Questionnaire]) -> None:
    v1, v2 = versions
    assert [s.id for s in v1.sections] == [s.id for s in v2.sections]
    assert (v1.themes, v1.standards) == (v2.themes, v2.standards)
    old = {q.id: q for _, q in v1.iter_questions()}
    new = {q.id: q for _, q in v2.iter_questions()}
    assert set(new) - set(RENAMED.values()) == set(old) - set(RENAMED) | {ids.QUOTE_CONSENT}
    for question_id, question in old.items():
        if question_id in RENAMED:
            continue
        marked = question_id in PERSONAL | NEW_HELP
        assert _comparable(new[question_id], marked=marked) == _comparable(question, marked=marked)
    renamed = [(old[a], new[b]) for a, b in RENAMED.items()]
    for before, after in renamed:  # same type, choices and limits: only the wording moved on
        assert (before.type, before.required, before.max_length) == (
            after.type,
            after.required,
            after.max_length,
        )
