"""How a council compares with its peers: its own shares beside each peer group's, by theme."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.benchmark_figures import (
    Benchmark,
    BenchmarkGroup,
    StandardPeers,
    ThemePeers,
)
from csn_desktop.domain.disclosure import WITHHELD, Withheld
from csn_desktop.domain.known_ids import IN_DEMAND, IN_USE, NEED, USE_STATUS
from csn_desktop.domain.network_figures import Share
from csn_desktop.domain.place_names import local_place
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.i18n import _, format_number, format_percent

# The groups a council is set beside, in this order (a region is left to the network's outputs).
COMPARED_KINDS = ("uk", "nation", "authority_type")  # not translated: benchmark file keys
# The group the matrix shows beside each standard, the first one the benchmark publishes.
MATRIX_KINDS = ("authority_type", "nation", "uk")  # not translated: benchmark file keys


@dataclass(frozen=True, slots=True)
class ThemeRow:
    """One theme: the council's share of its answered standards in use, and each group's."""

    theme_id: str
    label: str
    answered: int
    in_use: int
    peers: tuple[Share, ...]

    @property
    def yours(self) -> float | None:
        return self.in_use / self.answered if self.answered else None


@dataclass(frozen=True, slots=True)
class Comparison:
    """The council beside its peer groups, and the benchmark it comes from."""

    description: str
    period: str
    produced: date
    minimum: int
    groups: tuple[BenchmarkGroup, ...]
    themes: tuple[ThemeRow, ...]


def compared_groups(groups: tuple[BenchmarkGroup, ...]) -> tuple[BenchmarkGroup, ...]:
    """The UK, the nation and the authority type among a council's published groups."""
    return tuple(g for kind in COMPARED_KINDS for g in groups if g.kind == kind)


def matrix_group(groups: tuple[BenchmarkGroup, ...]) -> BenchmarkGroup | None:
    """The group the matrix compares with: the authority type, else the nation, else the UK."""
    return next((g for kind in MATRIX_KINDS for g in groups if g.kind == kind), None)


def compare(
    questionnaire: Questionnaire,
    answers: Answers,
    benchmark: Benchmark,
    groups: tuple[BenchmarkGroup, ...],
    description: str,
) -> Comparison:
    """The council's share of standards in use per theme beside its compared groups' shares.

    A group's theme share is pooled over its councils' answers, so the council's own share is
    taken over the standards it answered, the same basis.
    """
    chosen = compared_groups(groups)
    rows: list[ThemeRow] = []
    for theme, standards in questionnaire.standards_by_theme():
        if not standards:
            continue
        statuses = [answers.get(USE_STATUS, s.code) for s in standards]
        answered = [s for s in statuses if s is not None]
        peers = tuple(
            theme_share(g.themes[theme.id]) if theme.id in g.themes else WITHHELD for g in chosen
        )
        rows.append(
            ThemeRow(
                theme_id=theme.id,
                label=theme.label,
                answered=len(answered),
                in_use=sum(s in IN_USE for s in answered),
                peers=peers,
            )
        )
    return Comparison(
        description=description,
        period=benchmark.period,
        produced=benchmark.produced_at.date(),
        minimum=benchmark.minimum_group,
        groups=chosen,
        themes=tuple(rows),
    )


def pooled_share(shares: Mapping[str, Share], wanted: Collection[str]) -> Share:
    """The share of the ``wanted`` choices together; withheld when any of them is."""
    total = 0.0
    for choice in wanted:
        share = shares.get(choice, 0.0)
        if isinstance(share, Withheld):
            return WITHHELD
        total += share
    return total


def theme_share(peers: ThemePeers) -> Share:
    """A group's share of a theme's answers "in use": over all of them when published, else
    pooled over the standards whose detailed figures are; withheld only when both are."""
    if not isinstance(peers.in_use, Withheld):
        return peers.in_use
    return pooled_share(peers.use, IN_USE)


def standard_shares(peers: StandardPeers) -> tuple[Share, Share]:
    """A standard's share of a group's councils that use it, and that need it: from the
    detailed distribution, else from the coarse "in use" / "needed" figures."""
    return (
        _either(pooled_share(peers.use.shares, IN_USE), peers.in_use.share),
        _either(pooled_share(peers.need.shares, IN_DEMAND), peers.needed.share),
    )


def _either(detailed: Share, coarse: Share) -> Share:
    return coarse if isinstance(detailed, Withheld) else detailed


def needs(answers: Answers, code: str) -> bool:
    return answers.get(NEED, code) in IN_DEMAND


def share_text(share: Share | None, minimum: int) -> str:
    """A share for people: "62%", or why it is not shown, never a made-up number."""
    if share is None:
        # TRANSLATORS: in place of the council's own share of a theme it has not answered.
        return _("not answered")
    if isinstance(share, Withheld):
        return withheld_words(minimum)
    return format_percent(share)


def withheld_words(minimum: int) -> str:
    # TRANSLATORS: in place of a peer figure about too few councils to publish.
    return _("withheld (fewer than {minimum} councils)").format(minimum=format_number(minimum))


def group_label(group: BenchmarkGroup) -> str:
    """A group's name and what it is: "United Kingdom", "Wales (nation)" and so on."""
    if group.kind == "uk":
        return _("United Kingdom")
    name = local_place(group.name)
    if group.kind == "nation":
        return _("{name} (nation)").format(name=name)
    if group.kind == "region":
        return _("{name} (region)").format(name=name)
    return _("{name} (authority type)").format(name=name)
