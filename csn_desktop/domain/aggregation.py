"""The picture across councils: adoption, demand, barriers, gaps and priorities."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.known_ids import (
    BARRIERS,
    GAP_DESCRIPTION_FIELD,
    GAP_IMPACT_FIELD,
    GAP_SHOULD_COVER_FIELD,
    GAP_THEME_FIELD,
    GAPS_GROUP,
    IN_USE,
    NEED,
    PRIORITY_QUESTIONS,
    QUOTE_CONSENT,
    USE_STATUS,
)
from csn_desktop.domain.standards_use import is_in_demand_but_unused
from csn_desktop.domain.status import Status

FINAL = Status.FINAL.value


@dataclass(frozen=True, slots=True)
class Submission:
    """One council's assessment as the network sees it."""

    assessment_id: int
    gss_code: str | None
    council: str
    nation: str
    region: str
    authority_type: str
    period: str
    status: str
    answers: Answers

    @property
    def is_council(self) -> bool:
        """A council has a GSS code; another organisation was typed in by its user."""
        return self.gss_code is not None


@dataclass(frozen=True, slots=True)
class Filters:
    """Which councils a figure is about: one period, optionally some places and types.

    An empty set means all. A figure is about councils (organisations with a GSS code) and their
    final assessments; drafts and other organisations are counted only when asked for.
    ``period`` None means the newest period that has a submission (see ``NetworkData.resolved``).
    """

    period: str | None = None
    nations: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    authority_types: frozenset[str] = frozenset()
    include_drafts: bool = False
    include_other_organisations: bool = False

    def admits_place(self, nation: str, region: str, authority_type: str) -> bool:
        return all(
            not wanted or value in wanted
            for wanted, value in (
                (self.nations, nation),
                (self.regions, region),
                (self.authority_types, authority_type),
            )
        )

    def admits(self, s: Submission) -> bool:
        return (
            (self.period is None or s.period == self.period)
            and (self.include_drafts or s.status == FINAL)
            and (self.include_other_organisations or s.is_council)
            and self.admits_place(s.nation, s.region, s.authority_type)
        )


@dataclass(frozen=True, slots=True)
class StandardFigures:
    """How the councils that answered for one standard use and need it."""

    code: str
    answered: int
    use_counts: dict[str, int]
    need_counts: dict[str, int]
    in_use: int
    demand: int  # needed or essential but not in use

    def share(self, use_status: str) -> float:
        return self.use_counts.get(use_status, 0) / self.answered if self.answered else 0.0


@dataclass(frozen=True, slots=True)
class DescribedGap:
    council: str
    consented: bool  # the council agreed to its gaps being quoted without its name
    theme: str | None
    description: str
    impact: str | None
    should_cover: str | None


@dataclass
class NetworkPicture:
    """Everything the network view shows for one selection of submissions."""

    councils: int
    standards: dict[str, StandardFigures]
    barriers: Counter[str] = field(default_factory=Counter)
    councils_citing_barrier: Counter[str] = field(default_factory=Counter)
    gaps: list[DescribedGap] = field(default_factory=list)
    priorities: dict[str, Counter[str]] = field(default_factory=dict)
    priority_answering: Counter[str] = field(default_factory=Counter)

    def ranked_demand(self) -> list[StandardFigures]:
        """Standards by how many councils need them but do not use them, most first."""
        rows = [f for f in self.standards.values() if f.demand]
        return sorted(rows, key=lambda f: (-f.demand, f.code))

    def ranked_barriers(self) -> list[tuple[str, int, int]]:
        """(barrier, mentions, councils citing it), most cited first."""
        return sorted(
            ((b, n, self.councils_citing_barrier[b]) for b, n in self.barriers.items()),
            key=lambda row: (-row[2], -row[1], row[0]),
        )


def select(submissions: Iterable[Submission], filters: Filters) -> list[Submission]:
    """One submission per organisation among those the filters admit: its final one if any.

    Each council counts once: were a draft and a final version of the same period both
    current (a local draft beside an imported submission), the final one, then the newest, wins.
    """
    chosen: dict[str, Submission] = {}
    for s in submissions:
        if not filters.admits(s):
            continue
        key = s.gss_code or f"name:{s.council}"  # not translated: an internal key
        held = chosen.get(key)
        if held is None or (s.status == FINAL, s.assessment_id) > (
            held.status == FINAL,
            held.assessment_id,
        ):
            chosen[key] = s
    return sorted(chosen.values(), key=lambda s: (s.council, s.assessment_id))


def aggregate(submissions: Sequence[Submission], standard_codes: Sequence[str]) -> NetworkPicture:
    """Count, over the given submissions, what the network view and its exports show."""
    use_counts: dict[str, Counter[str]] = {code: Counter() for code in standard_codes}
    need_counts: dict[str, Counter[str]] = {code: Counter() for code in standard_codes}
    answered: Counter[str] = Counter()
    in_use: Counter[str] = Counter()
    demand: Counter[str] = Counter()
    picture = NetworkPicture(len(submissions), {})
    picture.priorities = {q: Counter() for q in PRIORITY_QUESTIONS}
    for submission in submissions:
        cited: set[str] = set()
        gap_items: dict[str, dict[str, object]] = {}
        for key, value in submission.answers:
            question, code = key.question_id, key.item_key
            if question == USE_STATUS and code in use_counts and isinstance(value, str):
                use_counts[code][value] += 1
                answered[code] += 1
                in_use[code] += value in IN_USE
            elif question == NEED and code in need_counts and isinstance(value, str):
                need_counts[code][value] += 1
            elif question == BARRIERS and isinstance(value, list):
                picture.barriers.update(value)
                cited.update(value)
            elif question.startswith(GAPS_GROUP + ".") and code:
                gap_items.setdefault(code, {})[question.partition(".")[2]] = value
            elif question in picture.priorities and isinstance(value, list):
                picture.priorities[question].update(value)
                picture.priority_answering[question] += 1
        for code in standard_codes:
            use = submission.answers.get(USE_STATUS, code)
            need = submission.answers.get(NEED, code)
            demand[code] += is_in_demand_but_unused(use, need)
        picture.councils_citing_barrier.update(cited)
        consented = submission.answers.get(QUOTE_CONSENT) is True
        picture.gaps.extend(_described_gaps(submission.council, consented, gap_items))
    picture.standards = {
        code: StandardFigures(
            code,
            answered[code],
            dict(use_counts[code]),
            dict(need_counts[code]),
            in_use[code],
            demand[code],
        )
        for code in standard_codes
    }
    return picture


def _described_gaps(
    council: str, consented: bool, items: dict[str, dict[str, object]]
) -> list[DescribedGap]:
    def text(value: object) -> str | None:
        return value if isinstance(value, str) else None

    return [
        DescribedGap(
            council,
            consented,
            text(fields.get(GAP_THEME_FIELD)),
            text(fields.get(GAP_DESCRIPTION_FIELD)) or "",
            text(fields.get(GAP_IMPACT_FIELD)),
            text(fields.get(GAP_SHOULD_COVER_FIELD)),
        )
        for _, fields in sorted(items.items(), key=lambda kv: int(kv[0]) if kv[0].isdigit() else 0)
        if text(fields.get(GAP_DESCRIPTION_FIELD))
    ]
