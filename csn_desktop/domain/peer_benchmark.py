"""The peer benchmark's content: every comparable group's published figures, as plain data."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from csn_desktop.domain.aggregation import Filters, Submission
from csn_desktop.domain.aggregation import select as select_submissions
from csn_desktop.domain.disclosure import Count, DisclosedTable, Withheld, top
from csn_desktop.domain.network_figures import (
    CouncilPlace,
    NetworkFigures,
    Share,
    network_figures,
)
from csn_desktop.domain.questionnaire import Questionnaire

FORMAT_ID = "csn-peer-benchmark"  # not translated: the file format's id
FORMAT_VERSION = 1
# What the file writes in place of a withheld figure: a word, never a number.
WITHHELD_MARK = "withheld"  # not translated: a file-format value
# The groups a council can be compared with, in the order the file lists them.
UK = "uk"  # not translated: a file-format key
GROUP_KINDS = (UK, "nation", "region", "authority_type")  # not translated: file-format keys
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


def benchmark_content(
    source: BenchmarkSource, *, minimum: int, app_version: str, produced_at: datetime
) -> Json:
    """The file's content without its checksum: a group for the UK and each place and type.

    Every figure comes from ``network_figures`` for that group, publishable: withheld figures
    are written as ``WITHHELD_MARK``, and a group with fewer councils than ``minimum`` is left
    out whole. Councils are counted, never named; no free text is carried.
    """
    questionnaire = source.questionnaire
    groups: list[Json] = []
    for kind, name, filters in _group_filters(source):
        selected = select_submissions(source.submissions, filters)
        figures = network_figures(
            questionnaire, selected, filters, source.existing, minimum=minimum
        )
        if not figures.all_withheld:
            groups.append(_group(kind, name, figures))
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


def _group_filters(source: BenchmarkSource) -> Iterable[tuple[str, str, Filters]]:
    """The UK, then every nation, region and authority type a council or a submission has."""
    base = Filters(period=source.period, include_drafts=source.include_drafts)
    yield UK, "United Kingdom", base  # not translated: the group's stable name in the file
    places = [(p.nation, p.region, p.authority_type) for p in source.existing]
    places += [(s.nation, s.region, s.authority_type) for s in source.submissions]
    for index, kind in enumerate(GROUP_KINDS[1:]):
        for name in sorted({place[index] for place in places if place[index]}):
            chosen = frozenset({name})
            if kind == "nation":
                yield kind, name, replace(base, nations=chosen)
            elif kind == "region":
                yield kind, name, replace(base, regions=chosen)
            else:
                yield kind, name, replace(base, authority_types=chosen)


def _group(kind: str, name: str, figures: NetworkFigures) -> Json:
    questionnaire = figures.questionnaire
    demand = {r.item: r for r in figures.demand}
    standards: Json = {}
    for standard in questionnaire.standards:
        code = standard.code
        ranked = demand[code]
        standards[code] = {
            "answering": _figure(figures.use.councils(code)),
            "use": _distribution(figures.use, code),
            "need": _distribution(figures.need, code),
            "demand": {
                "councils": _figure(ranked.figure),
                "share": _share(figures.demand_share(code, _count(ranked.figure))),
                "rank": _figure(ranked.rank),
            },
        }
    use_themes = figures.theme_shares(figures.use)
    need_themes = figures.theme_shares(figures.need)
    themes: Json = {
        theme: {
            "use": {column: _share(v) for column, v in use_themes[theme].items()},
            "need": {column: _share(v) for column, v in need_themes[theme].items()},
        }
        for theme in use_themes
    }
    barriers = [
        {
            "barrier": r.item,
            "councils": _figure(r.figure),
            "share": _share(figures.citing_share(_count(r.figure))),
            "rank": _figure(r.rank),
        }
        for r in top(figures.barriers, TOP_BARRIERS).entries
    ]
    return {
        "kind": kind,
        "name": name,
        "councils": _figure(figures.councils),
        "existing": figures.existing,
        "response_rate": _share(figures.response_rate),
        "standards": standards,
        "themes": themes,
        "barriers": barriers,
    }


def _distribution(table: DisclosedTable, code: str) -> Json:
    columns = table.table.columns
    return {
        "counts": {c: _figure(table.count(code, c)) for c in columns},
        "shares": {c: _share(table.share(code, c)) for c in columns},
    }


def _count(value: int | float | Withheld) -> Count:
    return value if isinstance(value, Withheld) else int(value)


def _figure(value: int | float | Withheld) -> int | str:
    return WITHHELD_MARK if isinstance(value, Withheld) else int(value)


def _share(value: Share) -> float | str:
    return WITHHELD_MARK if isinstance(value, Withheld) else round(value, SHARE_DIGITS)
