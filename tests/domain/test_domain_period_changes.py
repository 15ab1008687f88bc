"""Change since the earlier period: each kind defined by a table of cases, carried-over answers."""

from __future__ import annotations

import pytest

from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.known_ids import NEED, USE_STATUS
from csn_desktop.domain.period_changes import (
    EarlierPeriod,
    PeriodChanges,
    carried_over,
    headline,
    on_current_ids,
    period_changes,
)
from csn_desktop.domain.questionnaire import Questionnaire

N = None
# (use then, need then, use now, need now) → the lists the standard belongs to.
CASES = [
    # From not in use to in use: newly in use; a priority gap then, so also a need met.
    (("planning", "essential", "partly_used", "essential"), {"newly_in_use", "needs_met"}),
    (("aware_not_used", "needed", "certified", "nice_to_have"), {"newly_in_use", "needs_met"}),
    # Not answered then (a standard new to the catalogue, say): newly in use, no need met.
    ((N, N, "fully_used", "needed"), {"newly_in_use"}),
    # In use both times, moving further along: none of the lists.
    (("partly_used", "needed", "fully_used", "needed"), set()),
    # Unchanged: nothing.
    (("planning", "essential", "planning", "essential"), set()),
    (("fully_used", "not_relevant", "fully_used", "not_relevant"), set()),
    # Dropped out of use: no longer in use; needed, so now a new priority gap as well.
    (("fully_used", "needed", "aware_not_used", "needed"), {"no_longer_in_use", "new_gaps"}),
    (("partly_used", "nice_to_have", "not_aware", "nice_to_have"), {"no_longer_in_use"}),
    # In use then, unanswered now (a draft that has not reached it): not counted as dropped.
    (("fully_used", "needed", N, N), set()),
    # Need grew by the choices' order; crossing into demand while unused opens a gap.
    (("partly_used", "nice_to_have", "partly_used", "essential"), {"needs_grew"}),
    (("planning", "nice_to_have", "planning", "needed"), {"needs_grew", "new_gaps"}),
    (("planning", "needed", "planning", "essential"), {"needs_grew"}),
    (("not_aware", "not_relevant", "not_aware", "nice_to_have"), {"needs_grew"}),
    # Need answered only now: it did not "grow"; a gap now that was not reported then is new.
    (("planning", N, "planning", "essential"), {"new_gaps"}),
    ((N, N, "aware_not_used", "needed"), {"new_gaps"}),
    # Need fell: a gap closed without use; falling is not growing.
    (("planning", "essential", "planning", "nice_to_have"), {"closed_gaps"}),
    (("not_aware", "needed", "aware_not_used", "not_relevant"), {"closed_gaps"}),
    (("partly_used", "essential", "partly_used", "needed"), set()),
    # A gap then, need unanswered now: not known to be closed.
    (("planning", "essential", "planning", N), set()),
]
KINDS = ("newly_in_use", "no_longer_in_use", "needs_met", "needs_grew", "new_gaps", "closed_gaps")


def _answers(code: str, use: str | None, need: str | None) -> Answers:
    answers = Answers()
    answers.set(USE_STATUS, code, use)
    answers.set(NEED, code, need)
    return answers


@pytest.mark.parametrize(("values", "expected"), CASES)
def test_each_kind_of_change(
    questionnaire: Questionnaire, values: tuple[str | None, ...], expected: set[str]
) -> None:
    code = questionnaire.standards[0].code
    use_then, need_then, use_now, need_now = values
    earlier = EarlierPeriod("2025/26", _answers(code, use_then, need_then))
    changes = period_changes(questionnaire, earlier, _answers(code, use_now, need_now))
    found = {kind for kind in KINDS if getattr(changes, kind)}
    assert found == expected
    for kind in found:
        (row,) = getattr(changes, kind)
        assert (row.standard.code, row.use_before, row.need_before) == (code, use_then, need_then)
        assert (row.use_now, row.need_now) == (use_now, need_now)
    assert changes.anything == bool(expected)


def test_counts_and_the_sentence_tower_hamlets_would_read(questionnaire: Questionnaire) -> None:
    codes = [s.code for s in questionnaire.standards[:24]]
    then, now = Answers(), Answers()
    for n, code in enumerate(codes):
        # 18 in use then, 21 now: three came into use; the last three were gaps then.
        then.set(USE_STATUS, code, "fully_used" if n < 18 else "planning")
        now.set(USE_STATUS, code, "fully_used" if n < 21 else "planning")
        for answers in (then, now):
            answers.set(NEED, code, "essential")
    changes = period_changes(questionnaire, EarlierPeriod("2025/26", then), now)
    assert (changes.in_use_before, changes.in_use_now) == (18, 21)
    assert (changes.gaps_before, changes.gaps_now) == (6, 3)
    assert [r.standard.code for r in changes.newly_in_use] == codes[18:21]
    assert changes.needs_met == changes.newly_in_use
    assert headline(changes) == (
        "Since 2025/26, the council went from 18 to 21 standards in use. "
        "Its priority gaps went from 6 to 3."
    )


@pytest.mark.parametrize(
    ("counts", "sentence"),
    [
        ((1, 1, 0, 0), "Since 2025/26, the number of standards in use has stayed at 1."),
        ((0, 1, 2, 2), "Since 2025/26, the council went from 0 to 1 standard in use."),
        (
            (5, 3, 1, 2),
            "Since 2025/26, the council went from 5 to 3 standards in use. "
            "Its priority gaps went from 1 to 2.",
        ),
    ],
)
def test_headline_wording(counts: tuple[int, int, int, int], sentence: str) -> None:
    assert headline(PeriodChanges("2025/26", *counts)) == sentence


def test_lists_follow_the_catalogue(questionnaire: Questionnaire) -> None:
    codes = [s.code for s in questionnaire.standards[:4]]
    then, now = Answers(), Answers()
    for code in reversed(codes):
        now.set(USE_STATUS, code, "partly_used")
    changes = period_changes(questionnaire, EarlierPeriod("2024/25", then), now)
    assert [r.standard.code for r in changes.newly_in_use] == codes
    assert changes.earlier_period == "2024/25"


def test_carried_over_is_an_equal_value_under_the_same_key() -> None:
    then = Answers()
    then.set("council_strategy", "", "adopted")
    then.set(USE_STATUS, "PAS 183", "planning")
    then.set("departments", "", ["planning", "transport"])
    then.set("network_other", "", "Ynys Môn: ŵ ŷ")
    now = Answers()
    now.set("council_strategy", "", "adopted")
    now.set(USE_STATUS, "PAS 183", "fully_used")
    now.set("departments", "", ["transport", "planning"])  # a different order is a change
    now.set("network_other", "", "Ynys Môn: ŵ ŷ")
    now.set("respondent_name", "", "Siân")
    assert carried_over(then, now) == {
        AnswerKey("council_strategy"),
        AnswerKey("network_other"),
    }
    earlier = EarlierPeriod("2025/26", then)
    assert earlier.same("network_other", "", "Ynys Môn: ŵ ŷ")
    assert not earlier.same("respondent_name", "", None)
    assert not earlier.same(USE_STATUS, "PAS 183", "fully_used")


def test_answers_to_an_older_version_reach_todays_ids() -> None:
    older = Answers()
    older.set("grand_challenges", "", ["net_zero"])
    older.set(USE_STATUS, "PAS 183", "planning")
    moved = on_current_ids(older, {"grand_challenges": "national_priorities"})
    assert moved.values == {
        AnswerKey("national_priorities"): ["net_zero"],
        AnswerKey(USE_STATUS, "PAS 183"): "planning",
    }
