"""The peer benchmark's content: every comparable group's published figures, as plain data."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from csn_desktop.domain.aggregation import Filters, Submission, aggregate
from csn_desktop.domain.aggregation import select as select_submissions
from csn_desktop.domain.benchmark_cells import BenchmarkCells, Cell, GroupSource, benchmark_cells
from csn_desktop.domain.disclosure import WITHHELD, Count, Withheld, break_down, rank
from csn_desktop.domain.known_ids import BARRIERS
from csn_desktop.domain.network_figures import CouncilPlace, Share
from csn_desktop.domain.questionnaire import Questionnaire

FORMAT_ID = "csn-peer-benchmark"  # not translated: the file format's id
FORMAT_VERSION = 2
# Version 1 had no coarse figures ("in_use", "needed") and no control across groups.
READABLE_VERSIONS = frozenset({1, 2})
# What the file writes in place of a withheld figure: a word, never a number.
WITHHELD_MARK = "withheld"  # not translated: a file-format value
# The groups a council can be compared with, in the order the file lists them.
UK = "uk"  # not translated: a file-format key
GROUP_KINDS = (UK, "nation", "region", "authority_type")  # not translated: file-format keys
# The stable names of the groups small nations, regions or types are merged into.
OTHER = {
    "nation": "Other nations",  # not translated: a stable name in the file
    "region": "Other regions",  # not translated: a stable name in the file
    "authority_type": "Other authority types",  # not translated: a stable name in the file
}  # not translated: file-format values
# How many of the most-cited barriers each group lists (ties at the cut are kept).
TOP_BARRIERS = 5
SHARE_DIGITS = 4

Json = dict[str, object]


@dataclass(frozen=True, slots=True)
class BenchmarkSource:
    """What the benchmark is built from: one period's current submissions and every council."""

    questionnaire: Questionnaire
    period: str
    submissions: Sequence[Submission]
    existing: Sequence[CouncilPlace]
    answered_versions: tuple[int, ...]
    include_drafts: bool = False


@dataclass(frozen=True, slots=True)
class SourcedGroup:
    """A group of the benchmark: its kind and stable name, councils in it and that exist."""

    kind: str
    name: str
    source: GroupSource
    existing: int


@dataclass(frozen=True, slots=True)
class DisclosedGroups:
    """Every group with its counts, disclosed together across groups."""

    groups: tuple[SourcedGroup, ...]
    cells: BenchmarkCells


def disclosed_groups(source: BenchmarkSource, *, minimum: int) -> DisclosedGroups:
    """The groups of ``source`` (small ones merged) and their cells, disclosed across groups."""
    questionnaire = source.questionnaire
    codes = [s.code for s in questionnaire.standards]
    groups: list[SourcedGroup] = []
    for kind, name, filters in _group_filters(source, minimum):
        selected = select_submissions(source.submissions, filters)
        members = frozenset(s.assessment_id for s in selected)
        existing = sum(
            filters.admits_place(p.nation, p.region, p.authority_type) for p in source.existing
        )
        group = GroupSource(f"{kind}:{name}", members, aggregate(selected, codes))
        groups.append(SourcedGroup(kind, name, group, existing))
    cells = benchmark_cells(
        questionnaire,
        [g.source for g in groups],
        minimum=minimum,
        top_barriers=TOP_BARRIERS,
        barrier_label=questionnaire.question(BARRIERS).choice_label,
    )
    return DisclosedGroups(tuple(groups), cells)


def benchmark_content(
    source: BenchmarkSource, *, minimum: int, app_version: str, produced_at: datetime
) -> Json:
    """The file's content without its checksum: a group for the UK and each place and type.

    Every count of every group is disclosed together (``benchmark_cells``): withheld when it
    is about too few councils, and withheld as a complement when the sums between groups
    (nations to the UK, regions to England…) or within one (statuses to a standard's total,
    standards to a theme's) would let it be worked out. Withheld figures are written as
    ``WITHHELD_MARK``; a group with fewer councils than ``minimum`` is left out whole.
    Councils are counted, never named; no free text is carried.
    """
    questionnaire = source.questionnaire
    disclosed = disclosed_groups(source, minimum=minimum)
    groups = [
        _group(questionnaire, disclosed.cells, g.kind, g.name, g.source.key, g.existing)
        for g in disclosed.groups
        if len(g.source.members) >= minimum
    ]
    return {
        "format": FORMAT_ID,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "questionnaire": {
            "id": questionnaire.id,
            "version": questionnaire.version,
            "answered_versions": list(source.answered_versions),
        },
        "period": source.period,
        "produced_at": produced_at.isoformat(timespec="seconds"),
        "minimum_group": minimum,
        "include_drafts": source.include_drafts,
        "use_statuses": list(_columns(questionnaire, "use")),
        "need_levels": list(_columns(questionnaire, "need")),
        "themes": {
            theme.id: [s.code for s in standards]
            for theme, standards in questionnaire.standards_by_theme()
        },
        "groups": groups,
    }


def canonical_bytes(content: Json) -> bytes:
    """The content as the checksum sees it: sorted keys, no spaces, UTF-8."""
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def checksum(content: Json) -> str:
    """The SHA-256 of the canonical content, in hex."""
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def _columns(questionnaire: Questionnaire, which: str) -> tuple[str, ...]:
    from csn_desktop.domain.known_ids import NEED, USE_STATUS

    question = questionnaire.question(USE_STATUS if which == "use" else NEED)
    return tuple(c.id for c in question.choices)


def _group_filters(source: BenchmarkSource, minimum: int) -> Iterable[tuple[str, str, Filters]]:
    """The UK, then every nation, region and authority type a council or a submission has.

    Groups with from 1 to ``minimum``−1 councils are merged into one "other" group of their
    kind (see ``disclosure.break_down``), so the groups of a kind still add up to the UK with
    nothing left over that would be one small group's figures.
    """
    base = Filters(period=source.period, include_drafts=source.include_drafts)
    yield UK, "United Kingdom", base  # not translated: the group's stable name in the file
    places = [(p.nation, p.region, p.authority_type) for p in source.existing]
    places += [(s.nation, s.region, s.authority_type) for s in source.submissions]
    for index, kind in enumerate(GROUP_KINDS[1:]):
        names = sorted({place[index] for place in places if place[index]})
        sizes = {
            name: len(select_submissions(source.submissions, _place(base, kind, {name})))
            for name in names
        }
        for group in break_down(sizes, OTHER[kind], minimum).groups:
            yield kind, group.label, _place(base, kind, set(group.members))


def _place(base: Filters, kind: str, names: set[str]) -> Filters:
    chosen = frozenset(names)
    if kind == "nation":
        return replace(base, nations=chosen)
    if kind == "region":
        return replace(base, regions=chosen)
    return replace(base, authority_types=chosen)


def _group(
    questionnaire: Questionnaire,
    cells: BenchmarkCells,
    kind: str,
    name: str,
    key: str,
    existing: int,
) -> Json:
    use_columns, need_columns = _columns(questionnaire, "use"), _columns(questionnaire, "need")
    codes = [s.code for s in questionnaire.standards]
    demand = {
        r.item: r
        for r in rank(codes, lambda code: cells.figure(("demand", key, code)), lambda c: c)
    }
    standards: Json = {}
    for code in codes:
        answering = ("answering", key, code)
        need_answering = ("need_answering", key, code)
        standards[code] = {
            "answering": _figure(cells.figure(answering)),
            "use": _distribution(cells, "use", key, code, use_columns, answering),
            "need": _distribution(cells, "need", key, code, need_columns, need_answering),
            "demand": {
                "councils": _figure(demand[code].figure),
                "share": _share(cells.share(("demand", key, code), answering)),
                "rank": _figure(demand[code].rank),
            },
            "in_use": _coarse(cells, ("in_use", key, code), answering),
            "needed": _coarse(cells, ("needed", key, code), need_answering),
        }
    themes: Json = {}
    for theme, members in questionnaire.standards_by_theme():
        rows = [s.code for s in members]
        themes[theme.id] = {
            "use": _pooled(cells, "use", key, rows, use_columns, "answering"),
            "need": _pooled(cells, "need", key, rows, need_columns, "need_answering"),
            "in_use": _share(
                cells.share(("theme_in_use", key, theme.id), ("theme_answering", key, theme.id))
            ),
            "needed": _share(
                cells.share(
                    ("theme_needed", key, theme.id), ("theme_need_answering", key, theme.id)
                )
            ),
        }
    councils = ("councils", key)
    listed = cells.listed_barriers[key]
    ranked = rank(
        listed, lambda b: cells.figure(("barrier", key, b)), lambda b: f"{listed.index(b):04d}"
    )
    barriers = [
        {
            "barrier": r.item,
            "councils": _figure(r.figure),
            "share": _share(cells.share(("barrier", key, r.item), councils)),
            "rank": _figure(r.rank),
        }
        for r in ranked
    ]
    total = cells.figure(councils)
    rate: Share = WITHHELD if isinstance(total, Withheld) or not existing else total / existing
    return {
        "kind": kind,
        "name": name,
        "councils": _figure(total),
        "existing": existing,
        "response_rate": _share(rate),
        "standards": standards,
        "themes": themes,
        "barriers": barriers,
    }


def _distribution(
    cells: BenchmarkCells,
    measure: str,
    key: str,
    code: str,
    columns: tuple[str, ...],
    total: Cell,
) -> Json:
    return {
        "counts": {c: _figure(cells.figure((measure, key, code, c))) for c in columns},
        "shares": {c: _share(cells.share((measure, key, code, c), total)) for c in columns},
    }


def _coarse(cells: BenchmarkCells, cell: Cell, total: Cell) -> Json:
    return {"councils": _figure(cells.figure(cell)), "share": _share(cells.share(cell, total))}


def _pooled(
    cells: BenchmarkCells,
    measure: str,
    key: str,
    rows: list[str],
    columns: tuple[str, ...],
    total: str,
) -> Json:
    """Shares of each column pooled over the theme's standards whose figures are all published."""
    whole = [
        code
        for code in rows
        if not isinstance(cells.figure((total, key, code)), Withheld)
        and not any(isinstance(cells.figure((measure, key, code, c)), Withheld) for c in columns)
    ]
    answers = sum(_published(cells.figure((total, key, code))) for code in whole)
    return {
        c: _share(
            sum(_published(cells.figure((measure, key, code, c))) for code in whole) / answers
            if answers
            else WITHHELD
        )
        for c in columns
    }


def _published(value: Count) -> int:
    return 0 if isinstance(value, Withheld) else value


def _figure(value: int | float | Withheld) -> int | str:
    return WITHHELD_MARK if isinstance(value, Withheld) else int(value)


def _share(value: Share) -> float | str:
    return WITHHELD_MARK if isinstance(value, Withheld) else round(value, SHARE_DIGITS)
