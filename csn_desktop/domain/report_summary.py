"""What a council's report says first: its figures by theme, a summary in words, the actions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.counts import Progress
from csn_desktop.domain.known_ids import BARRIERS, ESSENTIAL, IN_DEMAND, IN_USE, NEED, USE_STATUS
from csn_desktop.domain.progress import MissingAnswer, missing_answers, overall_progress
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.standards_use import PriorityGap, priority_gaps
from csn_desktop.i18n import _, format_number, ngettext

# Leadership acts on a handful of things: more would bury the ones that matter.
MOST_ACTIONS = 5


@dataclass(frozen=True, slots=True)
class ThemeShare:
    """One theme's standards, and how many of them the council uses and needs."""

    theme_id: str
    label: str
    standards: int
    answered: int
    in_use: int
    needed: int

    def share(self, count: int) -> float:
        """A count as a share (0 to 1) of the theme's standards."""
        return count / self.standards if self.standards else 0.0


@dataclass(frozen=True, slots=True)
class Action:
    """One thing leadership should act on: a priority gap, its need and barriers, in words."""

    code: str
    title: str
    theme: str
    need: str
    barriers: tuple[str, ...]
    essential: bool


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """Everything the report's first page says, worked out from the answers alone."""

    progress: Progress
    missing: list[MissingAnswer]
    standards: int
    answered: int
    in_use: int
    needed: int
    gaps: list[PriorityGap]
    themes: list[ThemeShare]
    actions: list[Action]
    sentences: list[str]

    @property
    def complete(self) -> bool:
        return self.progress.complete and not self.missing


def report_summary(questionnaire: Questionnaire, answers: Answers) -> ReportSummary:
    """Summarise an assessment (answers as saved; only the submitted ones are counted)."""
    submitted = submitted_answers(questionnaire, answers)
    progress = overall_progress(questionnaire, answers)
    missing = missing_answers(questionnaire, answers)
    themes = _theme_shares(questionnaire, submitted)
    gaps = priority_gaps(questionnaire, submitted)
    actions = [_action(questionnaire, gap) for gap in gaps[:MOST_ACTIONS]]
    summary = ReportSummary(
        progress=progress,
        missing=missing,
        standards=len(questionnaire.standards),
        answered=sum(t.answered for t in themes),
        in_use=sum(t.in_use for t in themes),
        needed=sum(t.needed for t in themes),
        gaps=gaps,
        themes=themes,
        actions=actions,
        sentences=[],
    )
    summary.sentences.extend(_sentences(questionnaire, summary))
    return summary


def _theme_shares(questionnaire: Questionnaire, answers: Answers) -> list[ThemeShare]:
    shares: list[ThemeShare] = []
    for theme, standards in questionnaire.standards_by_theme():
        uses = [answers.get(USE_STATUS, s.code) for s in standards]
        needs = [answers.get(NEED, s.code) for s in standards]
        shares.append(
            ThemeShare(
                theme.id,
                theme.label,
                len(standards),
                sum(u is not None for u in uses),
                sum(u in IN_USE for u in uses),
                sum(n in IN_DEMAND for n in needs),
            )
        )
    return shares


def _label(questionnaire: Questionnaire, question_id: str, choice_id: str) -> str:
    if not questionnaire.has_question(question_id):
        return choice_id
    return questionnaire.question(question_id).choice_label(choice_id)


def _action(questionnaire: Questionnaire, gap: PriorityGap) -> Action:
    return Action(
        gap.standard.code,
        gap.standard.title,
        questionnaire.theme_label(gap.standard.theme),
        _label(questionnaire, NEED, gap.need),
        tuple(_label(questionnaire, BARRIERS, b) for b in gap.barriers),
        gap.need == ESSENTIAL,
    )


def _sentences(questionnaire: Questionnaire, summary: ReportSummary) -> list[str]:
    said = [_completeness(summary)]
    if summary.answered == 0:
        said.append(
            _(
                "No standard has been answered yet, so the report cannot say yet which standards "
                "the council uses or needs."
            )
        )
        return said
    said.append(
        _(
            "The council answered for {answered} of the {total} standards in the catalogue. It "
            "uses {in_use} of them, at least in part, and needs {needed} (needed or essential)."
        ).format(
            answered=format_number(summary.answered),
            total=format_number(summary.standards),
            in_use=format_number(summary.in_use),
            needed=format_number(summary.needed),
        )
    )
    best = max(summary.themes, key=lambda t: (t.share(t.in_use), t.in_use), default=None)
    if best is not None and best.in_use:
        said.append(
            _("Use is highest in {theme}: {in_use} of its {total} standards.").format(
                theme=best.label,
                in_use=format_number(best.in_use),
                total=format_number(best.standards),
            )
        )
    said.append(_gap_sentence(summary))
    barrier = _most_cited_barrier(questionnaire, summary.gaps)
    if barrier is not None:
        said.append(
            _("What stands in the way most often is “{barrier}” ({count} of {gaps}).").format(
                barrier=barrier[0],
                count=format_number(barrier[1]),
                gaps=format_number(len(summary.gaps)),
            )
        )
    return said


def _completeness(summary: ReportSummary) -> str:
    progress = summary.progress
    if summary.complete:
        return _("Every required answer is given.")
    return ngettext(
        "The assessment is not complete: {answered} of {required} required answer is given "
        "({percent}%).",
        "The assessment is not complete: {answered} of {required} required answers are given "
        "({percent}%).",
        progress.required,
    ).format(
        answered=format_number(progress.answered),
        required=format_number(progress.required),
        percent=format_number(progress.percent),
    )


def _gap_sentence(summary: ReportSummary) -> str:
    gaps = len(summary.gaps)
    if not gaps and not summary.complete:
        return _("No priority gap is among the answers given so far.")
    if not gaps:
        return _(
            "No standard is a priority gap: none is marked needed or essential without being used."
        )
    essential = sum(g.need == ESSENTIAL for g in summary.gaps)
    return ngettext(
        "{gaps} standard is a priority gap: needed or essential but not in use yet.",
        "{gaps} standards are priority gaps — needed or essential but not in use yet — "
        "{essential} of them essential.",
        gaps,
    ).format(gaps=format_number(gaps), essential=format_number(essential))


def _most_cited_barrier(
    questionnaire: Questionnaire, gaps: list[PriorityGap]
) -> tuple[str, int] | None:
    counts = Counter(b for gap in gaps for b in gap.barriers)
    if not counts:
        return None
    # Ties go to the barrier listed first in the questionnaire, so the sentence is stable.
    order = (
        [c.id for c in questionnaire.question(BARRIERS).choices]
        if questionnaire.has_question(BARRIERS)
        else []
    )
    top = max(counts.values())
    choice = min(
        (b for b, n in counts.items() if n == top),
        key=lambda b: order.index(b) if b in order else len(order),
    )
    return _label(questionnaire, BARRIERS, choice), top
