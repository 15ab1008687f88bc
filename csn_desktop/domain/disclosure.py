"""Disclosure control: which counts, rankings and breakdowns about councils may be published."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import Final, Generic, TypeVar

T = TypeVar("T")

# Figures about fewer councils than this are withheld from anything published.
DEFAULT_MINIMUM_GROUP = 5


class Withheld(Enum):
    """The marker that stands in for a figure that must not be published."""

    WITHHELD = "withheld"


WITHHELD: Final = Withheld.WITHHELD

Count = int | Withheld
Figure = int | float | Withheld


class Reason(Enum):
    """Why a figure is withheld: the first three are primary, then secondary, then unlisted."""

    SELECTION = "selection"  # the whole selection has fewer councils than the minimum
    GROUP = "group"  # the row's group has fewer councils than the minimum
    SMALL = "small"  # the count itself is between 1 and the minimum less one
    COMPLEMENT = "complement"  # withheld so another withheld count cannot be recomputed
    UNLISTED = "unlisted"  # not published: outside a top list


Position = tuple[int, int]


@dataclass(frozen=True)
class CountTable:
    """Counts of councils in rows × columns, with the councils behind each row and the selection.

    ``exclusive`` says each council behind a row is counted in exactly one column of it (a
    single-choice answer such as a use status), so the row total *is* the row's councils.
    ``column_totals`` says whether the totals of each column are published: a council counted in
    several rows (one per standard) makes a column total meaningless, and an unpublished total
    gives a reader no equation to recompute a withheld count from.
    """

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: Mapping[tuple[str, str], int]
    councils: Mapping[str, int]
    selection: int
    exclusive: bool = False
    column_totals: bool = True

    def __post_init__(self) -> None:
        for (row, column), value in self.counts.items():
            if row not in self.rows or column not in self.columns:
                raise ValueError(f"count for unknown cell {row!r} × {column!r}")
            if not 0 <= value <= self.councils.get(row, 0):
                raise ValueError(f"count {value} for {row!r} × {column!r} exceeds its councils")
        for row in self.rows:
            councils = self.councils.get(row, 0)
            if not 0 <= councils <= self.selection:
                raise ValueError(f"{councils} councils behind {row!r} exceed the selection")
            if self.exclusive and councils != sum(self.count(row, c) for c in self.columns):
                raise ValueError(f"the counts of {row!r} do not add up to its councils")

    def count(self, row: str, column: str) -> int:
        return self.counts.get((row, column), 0)

    def grid(self) -> list[list[int]]:
        """The counts with a total column and a total row appended (the grand total last)."""
        body = [[self.count(r, c) for c in self.columns] for r in self.rows]
        with_totals = [[*line, sum(line)] for line in body]
        totals = [sum(col) for col in zip(*with_totals, strict=True)] if body else []
        return [*with_totals, totals or [0] * (len(self.columns) + 1)]


@dataclass(frozen=True)
class DisclosedTable:
    """A count table with every figure that could single a council out replaced by ``WITHHELD``."""

    table: CountTable
    minimum: int
    withheld: Mapping[Position, Reason] = field(default_factory=dict)

    @cached_property
    def _grid(self) -> list[list[int]]:
        return self.table.grid()

    def _figure(self, position: Position) -> Count:
        if position in self.withheld:
            return WITHHELD
        return self._grid[position[0]][position[1]]

    def _row(self, row: str) -> int:
        return self.table.rows.index(row)

    def _column(self, column: str) -> int:
        return self.table.columns.index(column)

    def count(self, row: str, column: str) -> Count:
        return self._figure((self._row(row), self._column(column)))

    def row_total(self, row: str) -> Count:
        return self._figure((self._row(row), len(self.table.columns)))

    def column_total(self, column: str) -> Count:
        if not self.table.column_totals:
            return WITHHELD
        return self._figure((len(self.table.rows), self._column(column)))

    def total(self) -> Count:
        if not self.table.column_totals:
            return WITHHELD
        return self._figure((len(self.table.rows), len(self.table.columns)))

    def selection(self) -> Count:
        """The councils in the selection, withheld when there are fewer than the minimum."""
        return WITHHELD if self.table.selection < self.minimum else self.table.selection

    def councils(self, row: str) -> Count:
        """The councils behind ``row``: its total when exclusive, else withheld with its group."""
        if self.table.exclusive:
            return self.row_total(row)
        position = (self._row(row), len(self.table.columns))
        if self.withheld.get(position) in (Reason.SELECTION, Reason.GROUP):
            return WITHHELD
        return self.table.councils.get(row, 0)

    def share(self, row: str, column: str) -> float | Withheld:
        """The count as a share of the row's councils, from published figures only."""
        count, councils = self.count(row, column), self.councils(row)
        if isinstance(count, Withheld) or isinstance(councils, Withheld) or councils == 0:
            return WITHHELD
        return count / councils

    def reason(self, row: str, column: str) -> Reason | None:
        return self.withheld.get((self._row(row), self._column(column)))


def disclose(table: CountTable, minimum: int = DEFAULT_MINIMUM_GROUP) -> DisclosedTable:
    """Apply primary suppression, then secondary suppression until nothing can be recomputed.

    The table and its totals satisfy one linear equation per row and per column. A withheld
    count can be recomputed exactly when it is the only withheld figure of a line, or, more
    generally, when it is a bridge of the bipartite graph whose edges are the withheld
    positions (rows and columns as nodes). Both are removed by withholding complements, chosen
    without looking at the withheld counts: inner cells before totals, non-zero before zero,
    then the smallest.
    """
    if minimum < 1:
        raise ValueError(f"the minimum must be at least 1, not {minimum}")
    grid = table.grid()
    height, width = len(grid), len(grid[0])
    everything = [(i, j) for i in range(height) for j in range(width)]
    withheld: dict[Position, Reason] = {}
    if table.selection < minimum:
        return DisclosedTable(table, minimum, dict.fromkeys(everything, Reason.SELECTION))
    for i, row in enumerate(table.rows):
        if table.councils.get(row, 0) < minimum:
            withheld.update(dict.fromkeys(((i, j) for j in range(width)), Reason.GROUP))
    for i, j in everything:
        if (i, j) not in withheld and 0 < grid[i][j] < minimum:
            withheld[i, j] = Reason.SMALL
    if not table.column_totals:
        # Only the row equations are published, and rows share no unknowns: a line with two
        # withheld figures or more cannot be solved, so complements per row are enough.
        while _protect_singletons(grid, withheld, columns=False):
            pass
        return DisclosedTable(table, minimum, withheld)
    while _protect_singletons(grid, withheld) or _protect_bridge(grid, withheld):
        pass
    return DisclosedTable(table, minimum, withheld)


def _lines(height: int, width: int, columns: bool) -> list[tuple[list[Position], Position]]:
    """Each row (and column) of the grid with totals, and the position of its own total."""
    lines = [([(i, j) for j in range(width)], (i, width - 1)) for i in range(height)]
    if not columns:
        return lines[:-1]  # the totals row is not published
    lines += [([(i, j) for i in range(height)], (height - 1, j)) for j in range(width)]
    return lines


def _complement_key(grid: list[list[int]], position: Position) -> tuple[bool, bool, int, Position]:
    i, j = position
    margin = i == len(grid) - 1 or j == len(grid[0]) - 1
    return (margin, grid[i][j] == 0, grid[i][j], position)


def _protect_singletons(
    grid: list[list[int]], withheld: dict[Position, Reason], *, columns: bool = True
) -> bool:
    """Withhold a complement in every line with exactly one withheld figure; whether any was."""
    changed = False
    for line, total in _lines(len(grid), len(grid[0]), columns):
        if sum(p in withheld for p in line) != 1:
            continue
        candidates = [p for p in line if p not in withheld]
        # The line's own total goes last: withholding it protects only this line.
        inner = [p for p in candidates if p != total]
        chosen = min(inner or candidates, key=lambda p: _complement_key(grid, p))
        withheld[chosen] = Reason.COMPLEMENT
        changed = True
    return changed


def _protect_bridge(grid: list[list[int]], withheld: dict[Position, Reason]) -> bool:
    """Close a cycle through the first withheld position that could be recomputed exactly."""
    for bridge in sorted(withheld):
        others = [p for p in withheld if p != bridge]
        side_a = _reachable(("r", bridge[0]), others)
        if ("c", bridge[1]) in side_a:
            continue
        side_b = _reachable(("c", bridge[1]), others)
        candidates = [
            (i, j)
            for i in range(len(grid))
            for j in range(len(grid[0]))
            if (i, j) not in withheld
            and {("r", i), ("c", j)} & side_a
            and {("r", i), ("c", j)} & side_b
        ]
        withheld[min(candidates, key=lambda p: _complement_key(grid, p))] = Reason.COMPLEMENT
        return True
    return False


def _reachable(start: tuple[str, int], edges: Iterable[Position]) -> set[tuple[str, int]]:
    links: dict[tuple[str, int], set[tuple[str, int]]] = {}
    for i, j in edges:
        links.setdefault(("r", i), set()).add(("c", j))
        links.setdefault(("c", j), set()).add(("r", i))
    seen, todo = {start}, [start]
    while todo:
        for node in links.get(todo.pop(), set()) - seen:
            seen.add(node)
            todo.append(node)
    return seen


@dataclass(frozen=True, slots=True)
class Ranked(Generic[T]):
    """One item of a ranking: ``rank`` 1 is the largest; equal figures share a rank."""

    item: T
    figure: Figure
    rank: int | Withheld


def rank(
    items: Iterable[T], figure: Callable[[T], Figure], label: Callable[[T], str]
) -> list[Ranked[T]]:
    """Items by their figure, largest first ("1, 2, 2, 4"); withheld ones last, by label only.

    An item whose figure is withheld gets no rank, and its place says nothing about its size.
    """
    shown: list[tuple[T, int | float]] = []
    hidden: list[T] = []
    for item in items:
        value = figure(item)
        if isinstance(value, Withheld):
            hidden.append(item)
        else:
            shown.append((item, value))
    shown.sort(key=lambda pair: (-pair[1], label(pair[0])))
    ranked: list[Ranked[T]] = []
    for place, (item, value) in enumerate(shown, start=1):
        tied = ranked and ranked[-1].figure == value
        ranked.append(Ranked(item, value, ranked[-1].rank if tied else place))
    return ranked + [Ranked(item, WITHHELD, WITHHELD) for item in sorted(hidden, key=label)]


@dataclass(frozen=True, slots=True)
class TopList(Generic[T]):
    """The first ``n`` of a ranking, never splitting a tie; ``left_out`` counts a dropped tie."""

    entries: tuple[Ranked[T], ...]
    left_out: int = 0


def top(ranked: Sequence[Ranked[T]], n: int, *, extend_ties: bool = True) -> TopList[T]:
    """The top ``n`` ranked items with published figures, cut between ties.

    When a tie straddles the cut, ``extend_ties`` keeps all of it (the list grows past ``n``),
    otherwise all of it is left out (the list is shorter and says how many were left out).
    """
    shown = [r for r in ranked if not isinstance(r.rank, Withheld)]
    if len(shown) <= n:
        return TopList(tuple(shown))
    cut = shown[n].rank
    if shown[n - 1].rank != cut:
        return TopList(tuple(shown[:n]))
    start = next(k for k, r in enumerate(shown) if r.rank == cut)
    before = shown[:start]
    tie = [r for r in shown[start:] if r.rank == cut]
    return TopList(tuple(before + tie)) if extend_ties else TopList(tuple(before), len(tie))


@dataclass(frozen=True, slots=True)
class DisclosedGroup:
    """One group of a breakdown: a group as it is, or "other" holding several."""

    label: str
    members: tuple[str, ...]
    councils: Count


@dataclass(frozen=True)
class Breakdown:
    """Groups (nations, regions, authority types) with small ones merged into ``other``."""

    groups: tuple[DisclosedGroup, ...]
    withheld: bool = False

    def group_of(self, name: str) -> str | Withheld:
        """The label under which ``name``'s councils are counted, or ``WITHHELD``."""
        if self.withheld:
            return WITHHELD
        return next((g.label for g in self.groups if name in g.members), WITHHELD)


def break_down(
    councils: Mapping[str, int], other: str, minimum: int = DEFAULT_MINIMUM_GROUP
) -> Breakdown:
    """Merge groups below the minimum into ``other``; withhold everything below it in all.

    Groups of zero councils stay as they are (none of them identifies nobody). When the small
    groups together stay below the minimum, withholding "other" would not help while the
    selection's total is published (it is the total less the shown groups), so the smallest
    shown groups are folded in until "other" reaches the minimum.
    """
    if sum(councils.values()) < minimum:
        hidden = tuple(DisclosedGroup(name, (name,), WITHHELD) for name in councils)
        return Breakdown(hidden, withheld=True)
    small = [name for name, n in councils.items() if 0 < n < minimum]
    large = sorted((n, name) for name, n in councils.items() if n >= minimum)
    while small and sum(councils[name] for name in small) < minimum:
        small.append(large.pop(0)[1])
    groups = [DisclosedGroup(name, (name,), n) for name, n in councils.items() if name not in small]
    if small:
        merged = tuple(name for name in councils if name in small)
        groups.append(DisclosedGroup(other, merged, sum(councils[name] for name in merged)))
    return Breakdown(tuple(groups))
