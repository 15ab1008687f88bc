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
    # What ``aggregate`` counts, taken from ``answers`` once (see ``tally_of``); None: taken
    # when aggregated.
    tally: Tally | None = field(default=None, compare=False, repr=False)

    @property
    def is_council(self) -> bool:
        """A council has a GSS code; another organisation was typed in by its user."""
        return self.gss_code is not None


@dataclass(frozen=True, slots=True)
class Tally:
    """One submission's answers reduced to what ``aggregate`` counts.

    Counting these flat tuples, rather than walking the answers each time, keeps a filter
    change over hundreds of councils quick.
    """

    use: tuple[tuple[str, str], ...]  # (standard code, use status)
    need: tuple[tuple[str, str], ...]  # (standard code, level of need)
    demand: frozenset[str]  # codes needed or essential but not in use
    barriers: tuple[str, ...]  # every barrier cited, once per standard citing it
    priorities: tuple[tuple[str, tuple[str, ...]], ...]  # (question id, choices)
    gaps: tuple[DescribedGap, ...]


def tally_of(council: str, answers: Answers) -> Tally:
    """What ``aggregate`` counts of one council's answers."""
    use: dict[str, str] = {}
    need: dict[str, str] = {}
    barriers: list[str] = []
    priorities: list[tuple[str, tuple[str, ...]]] = []
    gap_items: dict[str, dict[str, object]] = {}
    gap_prefix = GAPS_GROUP + "."
    for key, value in answers.values.items():
        question, code = key.question_id, key.item_key
        if question == USE_STATUS:
            if isinstance(value, str):
                use[code] = value
        elif question == NEED:
            if isinstance(value, str):
                need[code] = value
        elif question == BARRIERS and isinstance(value, list):
            barriers.extend(str(v) for v in value)
        elif question.startswith(gap_prefix) and code:
            gap_items.setdefault(code, {})[question.partition(".")[2]] = value
        elif question in PRIORITY_QUESTIONS and isinstance(value, list):
            priorities.append((question, tuple(str(v) for v in value)))
    demand = frozenset(
        code for code, level in need.items() if is_in_demand_but_unused(use.get(code), level)
    )
    consented = answers.get(QUOTE_CONSENT) is True
    return Tally(
        tuple(use.items()),
        tuple(need.items()),
        demand,
        tuple(barriers),
        tuple(priorities),
        tuple(_described_gaps(council, consented, gap_items)),
    )


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
    wanted = set(standard_codes)
    uses: Counter[tuple[str, str]] = Counter()
    needs: Counter[tuple[str, str]] = Counter()
    demand: Counter[str] = Counter()
    picture = NetworkPicture(len(submissions), {})
    picture.priorities = {q: Counter() for q in PRIORITY_QUESTIONS}
    for submission in submissions:
        tally = submission.tally or tally_of(submission.council, submission.answers)
        uses.update(tally.use)
        needs.update(tally.need)
        demand.update(tally.demand)
        picture.barriers.update(tally.barriers)
        picture.councils_citing_barrier.update(set(tally.barriers))
        for question, chosen in tally.priorities:
            picture.priorities[question].update(chosen)
            picture.priority_answering[question] += 1
        picture.gaps.extend(tally.gaps)
    use_counts: dict[str, dict[str, int]] = {code: {} for code in standard_codes}
    need_counts: dict[str, dict[str, int]] = {code: {} for code in standard_codes}
    answered: Counter[str] = Counter()
    in_use: Counter[str] = Counter()
    for (code, value), n in uses.items():
        if code in wanted:
            use_counts[code][value] = n
            answered[code] += n
            in_use[code] += n if value in IN_USE else 0
    for (code, value), n in needs.items():
        if code in wanted:
            need_counts[code][value] = n
    picture.standards = {
        code: StandardFigures(
            code,
            answered[code],
            use_counts[code],
            need_counts[code],
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
