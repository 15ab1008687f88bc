"""What changed in the standards matrix since the earlier period, and answers carried over."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.known_ids import IN_USE, NEED, USE_STATUS
from csn_desktop.domain.questionnaire import Questionnaire, Standard
from csn_desktop.domain.standards_use import is_in_demand_but_unused
from csn_desktop.domain.values import JsonValue
from csn_desktop.i18n import _, format_number, ngettext


@dataclass(frozen=True, slots=True)
class EarlierPeriod:
    """The answers of the council's earlier period, under the current questionnaire's ids."""

    period: str
    answers: Answers

    def same(self, question_id: str, item_key: str, value: JsonValue) -> bool:
        """Whether ``value`` is an answer given and left exactly as it was in this period."""
        return value is not None and self.answers.get(question_id, item_key) == value


def on_current_ids(answers: Answers, renamed: Mapping[str, str]) -> Answers:
    """``answers`` with every question id an older version used renamed to today's
    (``renamed`` as ``Renames.between`` gives it; ids not in it are unchanged)."""
    return Answers(
        {AnswerKey(renamed.get(k.question_id, k.question_id), k.item_key): v for k, v in answers}
    )


def carried_over(earlier: Answers, answers: Answers) -> frozenset[AnswerKey]:
    """The answers given now that hold exactly the earlier period's value (same ids)."""
    return frozenset(key for key, value in answers if earlier.values.get(key) == value)


@dataclass(frozen=True, slots=True)
class StandardChange:
    """One standard's use status and need, then (earlier period) and now; None is unanswered."""

    standard: Standard
    use_before: str | None
    use_now: str | None
    need_before: str | None
    need_now: str | None


@dataclass(frozen=True, slots=True)
class PeriodChanges:
    """How the standards matrix moved from the earlier period to this one.

    Every list is in catalogue order, and the lists do not overlap except where said:

    - ``newly_in_use``: in use now (partly, fully, certified) and not in use earlier, whether
      answered as not in use or not answered then;
    - ``no_longer_in_use``: in use earlier, answered as not in use now (unanswered now is not
      counted: a draft may simply not have reached it);
    - ``needs_met``: a priority gap earlier (needed or essential, not in use) now in use
      (these are also in ``newly_in_use``);
    - ``needs_grew``: need answered both times and higher now, in the questionnaire's order of
      the need choices (not relevant < nice to have < needed < essential);
    - ``new_gaps``: a priority gap now and not earlier (answered otherwise or not answered);
    - ``closed_gaps``: a priority gap earlier, answered now, neither a gap nor in use: the need
      fell (gaps closed by use are ``needs_met``).
    """

    earlier_period: str
    in_use_before: int
    in_use_now: int
    gaps_before: int
    gaps_now: int
    newly_in_use: tuple[StandardChange, ...] = ()
    no_longer_in_use: tuple[StandardChange, ...] = ()
    needs_met: tuple[StandardChange, ...] = ()
    needs_grew: tuple[StandardChange, ...] = ()
    new_gaps: tuple[StandardChange, ...] = ()
    closed_gaps: tuple[StandardChange, ...] = ()

    @property
    def anything(self) -> bool:
        """Whether any standard moved (the counts alone may stay equal while standards swap)."""
        return any(
            (
                self.newly_in_use,
                self.no_longer_in_use,
                self.needs_met,
                self.needs_grew,
                self.new_gaps,
                self.closed_gaps,
            )
        )


def period_changes(
    questionnaire: Questionnaire, earlier: EarlierPeriod, answers: Answers
) -> PeriodChanges:
    """The changes in the standards matrix from ``earlier`` (under today's ids) to ``answers``."""
    need_rank = _choice_rank(questionnaire, NEED)
    rows: list[StandardChange] = []
    for standard in questionnaire.standards:
        rows.append(
            StandardChange(
                standard,
                _text(earlier.answers.get(USE_STATUS, standard.code)),
                _text(answers.get(USE_STATUS, standard.code)),
                _text(earlier.answers.get(NEED, standard.code)),
                _text(answers.get(NEED, standard.code)),
            )
        )

    def gap_before(row: StandardChange) -> bool:
        return is_in_demand_but_unused(row.use_before, row.need_before)

    def gap_now(row: StandardChange) -> bool:
        return is_in_demand_but_unused(row.use_now, row.need_now)

    def grew(row: StandardChange) -> bool:
        before = need_rank.get(row.need_before or "")
        now = need_rank.get(row.need_now or "")
        return before is not None and now is not None and now > before

    def closed(row: StandardChange) -> bool:
        answered = row.use_now is not None and row.need_now is not None
        return gap_before(row) and answered and not gap_now(row) and row.use_now not in IN_USE

    return PeriodChanges(
        earlier_period=earlier.period,
        in_use_before=sum(r.use_before in IN_USE for r in rows),
        in_use_now=sum(r.use_now in IN_USE for r in rows),
        gaps_before=sum(gap_before(r) for r in rows),
        gaps_now=sum(gap_now(r) for r in rows),
        newly_in_use=tuple(r for r in rows if r.use_now in IN_USE and r.use_before not in IN_USE),
        no_longer_in_use=tuple(
            r for r in rows if r.use_before in IN_USE and r.use_now not in (None, *IN_USE)
        ),
        needs_met=tuple(r for r in rows if gap_before(r) and r.use_now in IN_USE),
        needs_grew=tuple(r for r in rows if grew(r)),
        new_gaps=tuple(r for r in rows if gap_now(r) and not gap_before(r)),
        closed_gaps=tuple(r for r in rows if closed(r)),
    )


def headline(changes: PeriodChanges) -> str:
    """One sentence: "Since 2025/26, the council went from 18 to 21 standards in use." """
    before, now = changes.in_use_before, changes.in_use_now
    if before == now:
        sentence = _(
            "Since {period}, the number of standards in use has stayed at {count}."
        ).format(period=changes.earlier_period, count=format_number(now))
    else:
        sentence = ngettext(
            "Since {period}, the council went from {before} to {count} standard in use.",
            "Since {period}, the council went from {before} to {count} standards in use.",
            now,
        ).format(
            period=changes.earlier_period,
            before=format_number(before),
            count=format_number(now),
        )
    if changes.gaps_before == changes.gaps_now:
        return sentence
    gaps = ngettext(
        "Its priority gaps went from {before} to {count}.",
        "Its priority gaps went from {before} to {count}.",
        changes.gaps_now,
    ).format(before=format_number(changes.gaps_before), count=format_number(changes.gaps_now))
    return _("{sentence} {gaps}").format(sentence=sentence, gaps=gaps)


def _choice_rank(questionnaire: Questionnaire, question_id: str) -> dict[str, int]:
    if not questionnaire.has_question(question_id):
        return {}
    return {c.id: n for n, c in enumerate(questionnaire.question(question_id).choices)}


def _text(value: JsonValue) -> str | None:
    return value if isinstance(value, str) else None
