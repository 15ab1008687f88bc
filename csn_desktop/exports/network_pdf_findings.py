"""The network's key findings in words, each drawn from published figures only."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from csn_desktop.domain.disclosure import Ranked, TopList, Withheld, top
from csn_desktop.domain.known_ids import BARRIERS, IN_DEMAND, IN_USE
from csn_desktop.domain.network_figures import (
    NetworkFigures,
    Share,
    councils_text,
)
from csn_desktop.exports.network_pdf_parts import percent
from csn_desktop.i18n import _, format_number, format_percent

TOP_FINDINGS = 3
MOST_FINDINGS = 8  # a page's worth: the sections after them hold the rest
LONGEST_LIST = 5  # a tie that would make a sentence list more is left out whole


def key_findings(figures: NetworkFigures) -> list[str]:
    """Five to eight sentences about the selection; none that would rest on a withheld figure."""
    if figures.all_withheld:
        return [
            _(
                "This selection has fewer than {minimum} councils, so no findings can be "
                "published about it."
            ).format(minimum=format_number(figures.minimum))
        ]
    sentences = [
        s
        for s in (
            _response(figures),
            _theme_finding(figures, adopted=True),
            _theme_finding(figures, adopted=False),
            _demand(figures),
            _barriers(figures),
            *_priorities(figures),
            _gaps(figures),
        )
        if s
    ]
    if len(sentences) > MOST_FINDINGS:
        # Many priority questions: the last sentence (where the gaps are) is kept.
        sentences = [*sentences[: MOST_FINDINGS - 1], sentences[-1]]
    if len(sentences) <= 1:
        sentences.append(
            _(
                "Most figures about this selection are about too few councils to publish, so "
                "no more findings can be drawn from it."
            )
        )
    return sentences


def published(ranked: Sequence[Ranked[str]]) -> list[Ranked[str]]:
    """The ranked items with a published figure above zero, in their ranked order."""
    return [r for r in ranked if not isinstance(r.rank, Withheld) and r.figure]


def listing(words: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    # TRANSLATORS: joins the last two items of a list, e.g. "cost, skills and time".
    return _("{items} and {last}").format(items=", ".join(words[:-1]), last=words[-1])


def _response(figures: NetworkFigures) -> str:
    rate = figures.response_rate
    if isinstance(rate, Withheld):
        return _("{councils} answered.").format(councils=councils_text(figures.councils))
    return _(
        "{councils} answered, {rate} of the {existing} councils that exist in the places selected."
    ).format(
        councils=councils_text(figures.councils),
        rate=format_percent(rate),
        existing=format_number(figures.existing),
    )


def _theme_finding(figures: NetworkFigures, *, adopted: bool) -> str:
    """The theme(s) with the largest share of answers saying in use (or needed), ties kept."""
    table = figures.use if adopted else figures.need
    wanted = IN_USE if adopted else IN_DEMAND
    labels = {t.id: t.label for t in figures.questionnaire.themes}
    shares: dict[str, float] = {}
    for theme, by_column in figures.theme_shares(table).items():
        parts = [s for column, s in by_column.items() if column in wanted]
        if parts and not any(isinstance(s, Withheld) for s in parts):
            shares[theme] = sum(s for s in parts if not isinstance(s, Withheld))
    if not shares:
        return ""
    # Ties are judged on the whole percentages the reader sees.
    best = max(round(v * 100) for v in shares.values())
    themes = [labels[t] for t in labels if t in shares and round(shares[t] * 100) == best]
    share = format_percent(best / 100)
    if len(themes) > LONGEST_LIST:
        if adopted:
            return _(
                "Standards on {count} themes are equally widely used: on each, {share} of "
                "councils' answers say the standard is partly or fully used, or certified."
            ).format(count=format_number(len(themes)), share=share)
        return _(
            "Standards on {count} themes are equally needed: on each, {share} of councils' "
            "answers say the standard is needed or essential."
        ).format(count=format_number(len(themes)), share=share)
    if adopted:
        return _(
            "Standards on {themes} are the most widely used: {share} of councils' answers "
            "about them say the standard is partly or fully used, or certified."
        ).format(themes=listing(themes), share=share)
    return _(
        "Standards on {themes} are the most needed: {share} of councils' answers about them "
        "say the standard is needed or essential."
    ).format(themes=listing(themes), share=share)


def _demand(figures: NetworkFigures) -> str:
    shown = _leading(figures.demand, TOP_FINDINGS)
    tied = published(figures.demand)
    if not shown.entries and tied:
        # A long tie at the top: every standard in it has the first one's figure.
        return _(
            "{count} standards are equally in demand: each is needed but not used by {councils}."
        ).format(
            count=format_number(sum(r.rank == 1 for r in tied)),
            councils=councils_text(_count(tied[0])),
        )
    if not shown.entries:
        return ""
    titles = {s.code: s.title for s in figures.questionnaire.standards}
    items = _with_figures(
        shown,
        lambda r: _("{code} {title}").format(code=r.item, title=titles.get(r.item, "")),
        lambda r: figures.demand_share(r.item, _count(r)),
    )
    return _(
        "The standards most in demand, needed or essential but not in use, are {items}."
    ).format(items=items)


def _barriers(figures: NetworkFigures) -> str:
    shown = _leading(figures.barriers, TOP_FINDINGS)
    tied = published(figures.barriers)
    if not shown.entries and tied:
        # A long tie at the top: every barrier in it has the first one's figure.
        count = sum(r.rank == 1 for r in tied)
        share = figures.citing_share(_count(tied[0]))
        return _("{count} barriers are cited equally often, each by {councils} ({share}).").format(
            count=format_number(count),
            councils=councils_text(_count(tied[0])),
            share=percent(share),
        )
    if not shown.entries:
        return ""
    question = figures.questionnaire.question(BARRIERS)
    items = _with_figures(
        shown,
        lambda r: question.choice_label(r.item),
        lambda r: figures.citing_share(_count(r)),
    )
    return _("The barriers councils cite most are {items}.").format(items=items)


def _priorities(figures: NetworkFigures) -> list[str]:
    sentences: list[str] = []
    for question_id, ranked in figures.priorities.items():
        shown = _leading(ranked, 1)
        if shown.entries:
            sentences.append(_priority(figures, question_id, shown))
    return sentences


def _priority(figures: NetworkFigures, question_id: str, shown: TopList[str]) -> str:
    question = figures.questionnaire.question(question_id)
    items = _with_figures(
        shown,
        lambda r: question.choice_label(r.item),
        lambda r: figures.choosing_share(question_id, _count(r)),
    )
    return _("Asked “{question}”, councils chose {items} most often.").format(
        question=question.label.rstrip("?"), items=items
    )


def _gaps(figures: NetworkFigures) -> str:
    count = len(figures.gaps)
    if not count:
        return ""
    if figures.restricted:
        return _(
            "Councils described {count} gaps in standards; they are set out at the end."
        ).format(count=format_number(count))
    return _(
        "Councils that agreed to be quoted described {count} gaps in standards; they are "
        "quoted, without names, at the end."
    ).format(count=format_number(count))


def _leading(ranked: Sequence[Ranked[str]], n: int) -> TopList[str]:
    """The first ``n`` with published figures, ties kept whole unless that makes a long list.

    A long tie is then left out whole (never cut), so the sentence names only items that
    really lead; when the tie is at the very top, nothing is named.
    """
    items = published(ranked)
    shown = top(items, n)
    return shown if len(shown.entries) <= LONGEST_LIST else top(items, n, extend_ties=False)


def _count(entry: Ranked[str]) -> int:
    return entry.figure if isinstance(entry.figure, int) else 0


def _with_figures(
    shown: TopList[str],
    label: Callable[[Ranked[str]], str],
    share: Callable[[Ranked[str]], Share],
) -> str:
    """ "A (12 councils, 40%), B (9 councils, 30%)" with ties kept whole."""
    words = []
    for entry in shown.entries:
        value = share(entry)
        figure = councils_text(_count(entry))
        if not isinstance(value, Withheld):
            figure = _("{councils}, {share}").format(councils=figure, share=format_percent(value))
        words.append(_("{item} ({figures})").format(item=label(entry), figures=figure))
    return listing(words)
