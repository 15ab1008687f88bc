"""The report's summary: shares by theme, sentences in words, and the actions that matter."""

from __future__ import annotations

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.report_summary import MOST_ACTIONS, report_summary


def _matrix(questionnaire: Questionnaire, use: str, need: str, count: int) -> Answers:
    answers = Answers()
    for standard in questionnaire.standards[:count]:
        answers.set("standards.use_status", standard.code, use)
        answers.set("standards.need", standard.code, need)
        answers.set("standards.barriers", standard.code, ["skills_capacity", "too_complex"])
    return answers


def test_nothing_answered_says_so_and_asks_to_finish(questionnaire: Questionnaire) -> None:
    summary = report_summary(questionnaire, Answers())
    assert not summary.complete
    assert summary.answered == 0 and summary.gaps == [] and summary.actions == []
    words = " ".join(summary.sentences)
    assert "The assessment is not complete" in words
    assert "No standard has been answered yet" in words
    assert "priority gap" not in words


def test_shares_are_of_each_themes_standards(questionnaire: Questionnaire) -> None:
    theme, standards = questionnaire.standards_by_theme()[0]
    answers = Answers()
    answers.set("standards.use_status", standards[0].code, "fully_used")
    answers.set("standards.need", standards[0].code, "essential")
    answers.set("standards.use_status", standards[1].code, "not_aware")
    share = next(t for t in report_summary(questionnaire, answers).themes if t.theme_id == theme.id)
    assert (share.standards, share.answered, share.in_use, share.needed) == (
        len(standards),
        2,
        1,
        1,
    )
    assert share.share(share.in_use) == 1 / len(standards)


def test_priority_gaps_become_at_most_five_actions_with_their_barriers(
    questionnaire: Questionnaire,
) -> None:
    answers = _matrix(questionnaire, "not_aware", "essential", 8)
    summary = report_summary(questionnaire, answers)
    assert len(summary.gaps) == 8
    assert len(summary.actions) == MOST_ACTIONS
    first = summary.actions[0]
    assert first.code == questionnaire.standards[0].code
    assert first.essential and first.need == "Essential"
    assert first.barriers == ("Skills or staff capacity", "Too complex")
    words = " ".join(summary.sentences)
    assert "8 standards are priority gaps" in words
    assert "“Skills or staff capacity” (8 of 8)" in words


def test_no_gap_in_a_draft_is_not_said_to_be_none(questionnaire: Questionnaire) -> None:
    answers = _matrix(questionnaire, "fully_used", "essential", 3)
    words = " ".join(report_summary(questionnaire, answers).sentences)
    assert "among the answers given so far" in words
    assert "none is marked" not in words
    assert "It uses 3 of them" in words


def test_a_gap_without_barriers_has_none(questionnaire: Questionnaire) -> None:
    answers = _matrix(questionnaire, "planning", "needed", 1)
    answers.set("standards.barriers", questionnaire.standards[0].code, [])
    action = report_summary(questionnaire, answers).actions[0]
    assert action.barriers == ()
    assert action.need == "Needed" and not action.essential
