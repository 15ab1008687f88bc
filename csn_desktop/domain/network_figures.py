"""The network's figures for one selection, disclosure control applied: what every output shows."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from csn_desktop.domain.aggregation import (
    FINAL,
    DescribedGap,
    Filters,
    NetworkPicture,
    Submission,
    aggregate,
)
from csn_desktop.domain.disclosure import (
    WITHHELD,
    Count,
    CountTable,
    DisclosedTable,
    Ranked,
    Withheld,
    break_down,
    disclose,
    rank,
)
from csn_desktop.domain.known_ids import BARRIERS, GAP_IMPACT, NEED, USE_STATUS
from csn_desktop.domain.place_names import local_place
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.i18n import _, format_number, ngettext

Share = float | Withheld


class Audience(Enum):
    """Who an output is for: anyone (the default), or the network's own staff."""

    PUBLISHABLE = "publishable"
    RESTRICTED = "restricted"


@dataclass(frozen=True, slots=True)
class CouncilPlace:
    """Where an existing council is and what kind it is: the response rate's denominator."""

    nation: str
    region: str
    authority_type: str


@dataclass(frozen=True, slots=True)
class GroupCount:
    """How many councils of one group (a nation, an authority type) are in the selection.

    ``members`` lists the groups counted under ``label``: small groups are merged into "other".
    """

    label: str
    members: tuple[str, ...]
    councils: Count
    existing: int

    @property
    def rate(self) -> Share:
        if isinstance(self.councils, Withheld) or not self.existing:
            return WITHHELD
        return self.councils / self.existing


@dataclass(frozen=True, slots=True)
class QuotedGap:
    """A gap as an output quotes it.

    Publishable: only gaps the council agreed to have quoted, with no council named and the
    council's own names taken out of the text. Restricted: every gap, under its council.
    """

    council: str | None
    theme: str | None
    impact: str | None
    description: str
    should_cover: str | None


@dataclass(frozen=True)
class NetworkFigures:
    """Every figure an output may show about one selection, withheld ones as ``WITHHELD``.

    Built only by ``network_figures``. Rankings and shares are derived from published figures
    alone, so nothing shown depends on a withheld count. For the restricted audience the
    minimum is 1: nothing is withheld.
    """

    questionnaire: Questionnaire
    filters: Filters
    audience: Audience
    minimum: int
    councils: Count  # councils (with drafts or other organisations only when asked for)
    existing: int  # councils that exist in the selection's nations, regions and types
    drafts: Count  # drafts among ``councils`` (0 unless drafts were asked for)
    other_organisations: Count  # organisations without a GSS code (0 unless asked for)
    nations: tuple[GroupCount, ...]
    authority_types: tuple[GroupCount, ...]
    use: DisclosedTable  # standard code × use status, exclusive: councils answering per row
    need: DisclosedTable  # standard code × level of need, exclusive
    demand: tuple[Ranked[str], ...]  # standard codes by councils needing but not using them
    barriers: tuple[Ranked[str], ...]  # barrier ids by councils citing them
    barrier_mentions: Mapping[str, Count]  # barrier id → (council, standard) pairs citing it
    priorities: Mapping[str, tuple[Ranked[str], ...]]  # question id → choices by councils
    priority_answering: Mapping[str, Count]  # question id → councils that answered it
    gaps: tuple[QuotedGap, ...]  # consented gaps, by theme, impact and text

    @property
    def all_withheld(self) -> bool:
        """The selection has fewer councils than the minimum: every figure is withheld."""
        return isinstance(self.councils, Withheld)

    @property
    def restricted(self) -> bool:
        return self.audience is Audience.RESTRICTED

    @property
    def response_rate(self) -> Share:
        if isinstance(self.councils, Withheld) or not self.existing:
            return WITHHELD
        return self.councils / self.existing

    def demand_share(self, code: str, demand: Count) -> Share:
        """Councils in demand as a share of those answering for the standard."""
        answering = self.use.councils(code)
        if isinstance(demand, Withheld) or isinstance(answering, Withheld) or not answering:
            return WITHHELD
        return demand / answering

    def choosing_share(self, question_id: str, count: Count) -> Share:
        """Councils choosing a priority as a share of those answering its question."""
        answering = self.priority_answering.get(question_id, WITHHELD)
        if isinstance(count, Withheld) or isinstance(answering, Withheld) or not answering:
            return WITHHELD
        return count / answering

    def citing_share(self, count: Count) -> Share:
        """Councils citing a barrier as a share of the selection."""
        if isinstance(count, Withheld) or isinstance(self.councils, Withheld) or not self.councils:
            return WITHHELD
        return count / self.councils

    def theme_shares(self, table: DisclosedTable) -> dict[str, dict[str, Share]]:
        """Theme id → column → share, pooled over the theme's standards whose row is published.

        A row with any withheld figure is left out whole, so a theme's share is computed from
        published figures only; a theme with no such row is withheld.
        """
        shares: dict[str, dict[str, Share]] = {}
        for theme, standards in self.questionnaire.standards_by_theme():
            rows = [s.code for s in standards if _row_published(table, s.code)]
            answers = sum(_published(table.row_total(code)) for code in rows)
            shares[theme.id] = {
                column: (
                    sum(_published(table.count(code, column)) for code in rows) / answers
                    if answers
                    else WITHHELD
                )
                for column in table.table.columns
            }
        return shares

    def notices(self) -> list[str]:
        """What a reader must know before any figure: the rule, drafts, other organisations."""
        minimum = format_number(self.minimum)
        sentences: list[str] = []
        if self.restricted:
            sentences.append(
                _(
                    "RESTRICTED: for the network's staff only. This output names councils and "
                    "quotes their answers; do not share it outside the network."
                )
            )
        else:
            sentences.append(
                _(
                    "Figures about fewer than {minimum} councils are withheld and marked "
                    "“{withheld}”, and so is any figure from which one could be worked out. "
                    "No council is named, and no answer that could hold a person's name is "
                    "included."
                ).format(minimum=minimum, withheld=withheld_text())
            )
        if self.all_withheld:
            sentences.append(
                _(
                    "This selection has fewer than {minimum} councils, so every figure about "
                    "it is withheld."
                ).format(minimum=minimum)
            )
        if self.filters.include_drafts:
            sentences.append(
                _(
                    "Drafts are included: some councils had not finished or signed off their "
                    "assessment. Drafts among the councils counted: {drafts}."
                ).format(drafts=figure_text(self.drafts))
            )
        if self.filters.include_other_organisations:
            sentences.append(
                _(
                    "Organisations that are not councils (no GSS code) are included and "
                    "counted as councils: {others}."
                ).format(others=figure_text(self.other_organisations))
            )
        return sentences


def withheld_text() -> str:
    """What an output shows in place of a withheld figure."""
    # TRANSLATORS: shown in place of a figure about too few councils to publish.
    return _("withheld")


def figure_text(value: Count) -> str:
    """A count of councils for people, or the withheld mark."""
    return withheld_text() if isinstance(value, Withheld) else format_number(value)


def councils_text(value: Count) -> str:
    """ "12 councils", "1 council", or the withheld mark."""
    if isinstance(value, Withheld):
        return withheld_text()
    return ngettext("{count} council", "{count} councils", value).format(count=format_number(value))


def network_figures(
    questionnaire: Questionnaire,
    submissions: Sequence[Submission],
    filters: Filters,
    existing: Iterable[CouncilPlace],
    *,
    minimum: int,
    audience: Audience = Audience.PUBLISHABLE,
) -> NetworkFigures:
    """The figures about ``submissions`` (already selected: one per organisation), disclosed.

    ``existing`` is every current council; those in the filters' places are the response
    rate's denominator. The restricted audience sees every figure (a minimum of 1).
    """
    if audience is Audience.RESTRICTED:
        minimum = 1
    if minimum < 1:
        raise ValueError(f"the minimum must be at least 1, not {minimum}")
    codes = [s.code for s in questionnaire.standards]
    picture = aggregate(submissions, codes)
    selection = len(submissions)
    small = selection < minimum

    def count(value: int) -> Count:
        return WITHHELD if small or 0 < value < minimum else value

    places = [p for p in existing if filters.admits_place(p.nation, p.region, p.authority_type)]
    councils_only = [s for s in submissions if s.is_council]
    use = _table(questionnaire, picture, USE_STATUS, selection, minimum)
    need = _table(questionnaire, picture, NEED, selection, minimum)
    demand = rank(
        codes,
        lambda code: _demand(picture, use, code, minimum),
        lambda code: code,
    )
    barrier_question = questionnaire.question(BARRIERS)
    cited = picture.councils_citing_barrier
    barriers = rank(
        [c.id for c in barrier_question.choices],
        lambda b: count(cited[b]),
        barrier_question.choice_label,
    )
    mentions: dict[str, Count] = {
        b.item: WITHHELD if isinstance(b.figure, Withheld) else picture.barriers[b.item]
        for b in barriers
    }
    priorities: dict[str, tuple[Ranked[str], ...]] = {}
    answering: dict[str, Count] = {}
    for question_id, chosen in picture.priorities.items():
        if not questionnaire.has_question(question_id):
            continue
        question = questionnaire.question(question_id)
        answering[question_id] = count(picture.priority_answering[question_id])
        choices = [c.id for c in question.choices]
        figures = {c: count(chosen[c]) for c in choices}
        priorities[question_id] = tuple(rank(choices, figures.__getitem__, question.choice_label))
    return NetworkFigures(
        questionnaire=questionnaire,
        filters=filters,
        audience=audience,
        minimum=minimum,
        councils=WITHHELD if small else selection,
        existing=len(places),
        drafts=count(sum(s.status != FINAL for s in submissions)),
        other_organisations=count(selection - len(councils_only)),
        nations=_groups(councils_only, places, "nation", _("Other nations"), small, minimum),
        authority_types=_groups(
            councils_only, places, "authority_type", _("Other types"), small, minimum
        ),
        use=use,
        need=need,
        demand=tuple(demand),
        barriers=tuple(barriers),
        barrier_mentions=mentions,
        priorities=priorities,
        priority_answering=answering,
        gaps=() if small else _quoted(questionnaire, picture.gaps, submissions, audience),
    )


def _published(value: Count) -> int:
    return 0 if isinstance(value, Withheld) else value


def _row_published(table: DisclosedTable, row: str) -> bool:
    return not isinstance(table.row_total(row), Withheld) and not any(
        isinstance(table.count(row, column), Withheld) for column in table.table.columns
    )


def _table(
    questionnaire: Questionnaire,
    picture: NetworkPicture,
    question_id: str,
    selection: int,
    minimum: int,
) -> DisclosedTable:
    """Councils per standard and choice of a single-choice matrix field, disclosed."""
    columns = tuple(c.id for c in questionnaire.question(question_id).choices)
    counts: dict[tuple[str, str], int] = {}
    councils: dict[str, int] = {}
    for code, figures in picture.standards.items():
        by_choice = figures.use_counts if question_id == USE_STATUS else figures.need_counts
        for choice, n in by_choice.items():
            if choice in columns:
                counts[code, choice] = n
        councils[code] = sum(counts.get((code, c), 0) for c in columns)
    table = CountTable(
        rows=tuple(picture.standards),
        columns=columns,
        counts=counts,
        councils=councils,
        selection=selection,
        exclusive=True,
        column_totals=False,
    )
    return disclose(table, minimum)


def _demand(picture: NetworkPicture, use: DisclosedTable, code: str, minimum: int) -> Count:
    """Councils needing a standard but not using it; withheld with its row's group or when small."""
    demand = picture.standards[code].demand
    if isinstance(use.councils(code), Withheld) or 0 < demand < minimum:
        return WITHHELD
    return demand


def _groups(
    submissions: Sequence[Submission],
    places: Sequence[CouncilPlace],
    attribute: str,
    other: str,
    small: bool,
    minimum: int,
) -> tuple[GroupCount, ...]:
    """Councils per nation or authority type, small groups merged (see ``break_down``)."""
    existing = Counter(getattr(p, attribute) for p in places)
    responded = Counter(getattr(s, attribute) for s in submissions)
    names = sorted(set(existing) | set(responded))
    breakdown = break_down({name: responded[name] for name in names}, other, minimum)
    return tuple(
        GroupCount(
            group.label,
            group.members,
            WITHHELD if small else group.councils,
            sum(existing[name] for name in group.members),
        )
        for group in breakdown.groups
    )


def _quoted(
    questionnaire: Questionnaire,
    gaps: Sequence[DescribedGap],
    submissions: Sequence[Submission],
    audience: Audience,
) -> tuple[QuotedGap, ...]:
    """Consented gaps with their council's names taken out, in an order that names no one."""
    names = {s.council: _names_of(s) for s in submissions}
    themes = [t.id for t in questionnaire.themes]
    impacts: list[str] = []
    if questionnaire.has_question(GAP_IMPACT):
        impacts = [c.id for c in questionnaire.question(GAP_IMPACT).choices]

    def order(gap: QuotedGap) -> tuple[int, int, str, str]:
        theme = themes.index(gap.theme) if gap.theme in themes else len(themes)
        # The gravest impact first: choices run from minor to blocking.
        impact = -impacts.index(gap.impact) if gap.impact in impacts else 1
        return (theme, impact, gap.description.casefold(), gap.council or "")

    if audience is Audience.RESTRICTED:
        quoted = [
            QuotedGap(g.council, g.theme, g.impact, g.description, g.should_cover) for g in gaps
        ]
    else:
        quoted = [
            QuotedGap(
                None,
                g.theme,
                g.impact,
                anonymise(g.description, names.get(g.council, ())),
                anonymise(g.should_cover, names.get(g.council, ())) if g.should_cover else None,
            )
            for g in gaps
            if g.consented
        ]
    return tuple(sorted(quoted, key=order))


# The wording around a council's own name, as the bundled list spells it (not translated: it
# matches names, and Welsh names are matched by the names themselves).
_PREFIX = re.compile(r"^(the\s+)?((royal|london)\s+)?(city|county|borough)\s+of\s+", re.I)
_KINDS = r"(city|county|borough|district|metropolitan\s+borough|county\s+borough)"
_SUFFIX = re.compile(rf"\s+({_KINDS}\s+)?council$", re.I)


def _names_of(submission: Submission) -> tuple[str, ...]:
    """The council's names a quote must not carry: "City of Edinburgh Council", "Edinburgh"."""
    name = submission.council
    short = _SUFFIX.sub("", _PREFIX.sub("", name))
    return tuple(n for n in {name, short} if len(n) >= 3)


def anonymise(text: str, names: Iterable[str]) -> str:
    """``text`` with every whole-word occurrence of ``names`` replaced by “[the council]”."""
    for name in sorted(names, key=len, reverse=True):
        pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
        text = pattern.sub(_("[the council]"), text)
    return text


def selection_text(filters: Filters) -> str:
    """The selection in words: "Period: 2026/27; Nation: Wales; final assessments of councils"."""
    chosen = [
        (_("Period"), [filters.period] if filters.period else []),
        (_("Nation"), sorted(local_place(n) for n in filters.nations)),
        (_("Region"), sorted(local_place(r) for r in filters.regions)),
        (_("Authority type"), sorted(local_place(t) for t in filters.authority_types)),
    ]
    parts = [
        # TRANSLATORS: one filter of the selection, e.g. "Nation: Wales, Scotland".
        _("{filter}: {values}").format(filter=name, values=", ".join(values))
        for name, values in chosen
        if values
    ]
    if filters.include_drafts and filters.include_other_organisations:
        parts.append(_("final assessments and drafts, of councils and other organisations"))
    elif filters.include_drafts:
        parts.append(_("final assessments and drafts of councils"))
    elif filters.include_other_organisations:
        parts.append(_("final assessments of councils and other organisations"))
    else:
        parts.append(_("final assessments of councils"))
    return "; ".join(parts)
