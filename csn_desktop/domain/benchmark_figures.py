"""A peer benchmark as read back: its description and each comparable group's published figures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from csn_desktop.domain.disclosure import WITHHELD, Count
from csn_desktop.domain.network_figures import Share


@dataclass(frozen=True, slots=True)
class Distribution:
    """Councils per choice (use status or level of need) for one standard, and their shares."""

    counts: Mapping[str, Count]
    shares: Mapping[str, Share]


@dataclass(frozen=True, slots=True)
class Demand:
    """Councils needing a standard but not using it, their share and the standard's demand rank."""

    councils: Count
    share: Share
    rank: Count


@dataclass(frozen=True, slots=True)
class Coarse:
    """Councils with any "in use" status (or needing it), and their share: published where the
    detailed distribution may not be (withheld in a benchmark of format version 1)."""

    councils: Count
    share: Share


COARSE_WITHHELD = Coarse(WITHHELD, WITHHELD)


@dataclass(frozen=True, slots=True)
class StandardPeers:
    """One standard in one group: councils answering, use, need and demand."""

    answering: Count
    use: Distribution
    need: Distribution
    demand: Demand
    in_use: Coarse = COARSE_WITHHELD
    needed: Coarse = COARSE_WITHHELD


@dataclass(frozen=True, slots=True)
class ThemePeers:
    """One theme in one group: shares of each use status and level of need, pooled."""

    use: Mapping[str, Share]
    need: Mapping[str, Share]
    in_use: Share = WITHHELD  # pooled over every answer, with any "in use" status
    needed: Share = WITHHELD


@dataclass(frozen=True, slots=True)
class BarrierPeers:
    """One of a group's most-cited barriers."""

    barrier: str
    councils: Count
    share: Share
    rank: Count


@dataclass(frozen=True, slots=True)
class BenchmarkGroup:
    """A group a council can be compared with: the UK, a nation, a region or an authority type."""

    kind: str
    name: str
    councils: Count
    existing: int
    response_rate: Share
    standards: Mapping[str, StandardPeers]
    themes: Mapping[str, ThemePeers]
    barriers: tuple[BarrierPeers, ...]


@dataclass(frozen=True, slots=True)
class Benchmark:
    """A whole benchmark file, checked: what it is about and every group's figures."""

    format_version: int
    app_version: str
    questionnaire_id: str
    questionnaire_version: int
    answered_versions: tuple[int, ...]
    period: str
    produced_at: datetime
    minimum_group: int
    include_drafts: bool
    use_statuses: tuple[str, ...]
    need_levels: tuple[str, ...]
    themes: Mapping[str, tuple[str, ...]]
    groups: tuple[BenchmarkGroup, ...]
    checksum: str

    def group(self, kind: str, name: str) -> BenchmarkGroup | None:
        return next((g for g in self.groups if g.kind == kind and g.name == name), None)

    @property
    def uk_councils(self) -> Count | None:
        """The councils behind the UK group (None when the file has no UK group)."""
        uk = self.group("uk", "United Kingdom")  # not translated: file-format values
        return None if uk is None else uk.councils
