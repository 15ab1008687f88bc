"""Complementary suppression across linear relations: no withheld count can be worked out."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Generic, TypeVar

from csn_desktop.domain.disclosure import Reason
from csn_desktop.domain.safe_cells import SafeCells, columns_of

C = TypeVar("C", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Relation(Generic[C]):
    """A relation a reader knows holds between published cells: ``total`` = Σ ``parts``."""

    total: C
    parts: tuple[C, ...]

    @property
    def cells(self) -> tuple[C, ...]:
        return (self.total, *self.parts)

    def coefficients(self) -> dict[C, int]:
        row: dict[C, int] = {self.total: -1}
        for part in self.parts:
            row[part] = row.get(part, 0) + 1
        return {cell: k for cell, k in row.items() if k}


def derivable(withheld: Collection[C], relations: Iterable[Relation[C]]) -> set[C]:
    """The withheld cells whose value the published ones and the relations determine exactly.

    A withheld cell is determined when its unit vector lies in the row space of the relations'
    matrix restricted to the withheld cells (published cells are known numbers on the right).
    Found by exact (Fraction) Gauss–Jordan elimination: a reduced row with a single entry.
    """
    index = {cell: n for n, cell in enumerate(withheld)}
    cells = list(index)
    rows = [
        {index[cell]: Fraction(k) for cell, k in r.coefficients().items() if cell in index}
        for r in relations
    ]
    return {cells[n] for n in _single_pivots(row for row in rows if row)}


def _single_pivots(rows: Iterable[dict[int, Fraction]]) -> set[int]:
    """The pivots of the rows' reduced row echelon form whose row has no other entry."""
    pivots: dict[int, dict[int, Fraction]] = {}
    holding: dict[int, set[int]] = {}  # column → pivots whose row has an entry in it
    for row in rows:
        for column in [c for c in row if c in pivots]:
            factor = row.get(column)
            if factor:
                _add(row, pivots[column], -factor)
        if not row:
            continue
        pivot = min(row)
        scale = row[pivot]
        if scale != 1:
            row = {column: value / scale for column, value in row.items()}
        for other in list(holding.get(pivot, ())):
            target = pivots[other]
            factor = target.get(pivot)
            if factor:
                before = set(target)
                _add(target, row, -factor)
                for column in before - set(target):
                    holding[column].discard(other)
                for column in set(target) - before:
                    holding.setdefault(column, set()).add(other)
        pivots[pivot] = row
        for column in row:
            holding.setdefault(column, set()).add(pivot)
    return {pivot for pivot, row in pivots.items() if len(row) == 1}


def _add(row: dict[int, Fraction], other: Mapping[int, Fraction], factor: Fraction) -> None:
    for cell, value in other.items():
        total = row.get(cell, Fraction(0)) + factor * value
        if total:
            row[cell] = total
        else:
            row.pop(cell, None)


def protect(
    relations: Sequence[Relation[C]],
    primary: Mapping[C, Reason],
    preference: Callable[[C], tuple[object, ...]],
) -> dict[C, Reason]:
    """``primary`` and the complements that keep every withheld cell from being worked out.

    Whenever a withheld cell can be determined, one published cell of a relation through it
    is withheld as well: the first by ``preference`` (the caller's order, typically detailed
    before coarse figures, non-zero before zero, then the smallest). Deterministic; repeated
    until nothing withheld is determined. The search runs modulo a prime (the same answer as
    exact arithmetic unless the prime divides a minor of the relations' matrix); the result
    is then proved with exact arithmetic, and searched exactly if the proof fails.
    """
    withheld = dict(primary)
    lines = [r.cells for r in relations]
    on: dict[C, list[int]] = {}  # cell → the relations through it (once per occurrence)
    for n, cells in enumerate(lines):
        for cell in cells:
            on.setdefault(cell, []).append(n)
    count = [sum(cell in withheld for cell in cells) for cells in lines]
    ones = [n for n, k in enumerate(count) if k == 1]

    def withhold(cell: C) -> None:
        withheld[cell] = Reason.COMPLEMENT
        for n in on.get(cell, ()):
            count[n] += 1
            if count[n] == 1:
                ones.append(n)

    touching = {cell: [relations[n] for n in ns] for cell, ns in on.items()}
    kernel: SafeCells[C] = SafeCells(columns_of(enumerate(r.coefficients() for r in relations)))
    # The quick search modulo a prime, growing one elimination as cells are withheld.
    while True:
        # Lines with one withheld cell are the common case, and cheap to find.
        _protect_singletons(lines, ones, count, withheld, withhold, preference)
        for cell in list(withheld)[len(kernel.cells) :]:
            kernel.add(cell)
        found = {cell for cell in withheld if cell not in kernel.safe}
        if not found:
            break
        _choose(found, touching, withheld, withhold, preference)
    if withheld.keys() <= kernel.proved_safe():
        return withheld
    # The prime hid something (unlikely): go on with exact elimination, system by system.
    # Restricted to the withheld cells, the relations fall apart into small independent
    # systems (published cells are known numbers). Withholding more never makes a safe cell
    # determined, so a system found safe stays safe while it is unchanged.
    safe: set[frozenset[C]] = set()
    while True:
        _protect_singletons(lines, ones, count, withheld, withhold, preference)
        found = set()
        for system, own in _withheld_systems(withheld, lines, on):
            if system not in safe:
                determined = derivable(system, [relations[n] for n in own])
                if determined:
                    found |= determined
                else:
                    safe.add(system)
        if not found:
            return withheld
        _choose(found, touching, withheld, withhold, preference)


def _choose(
    found: set[C],
    touching: Mapping[C, list[Relation[C]]],
    withheld: Mapping[C, Reason],
    withhold: Callable[[C], None],
    preference: Callable[[C], tuple[object, ...]],
) -> None:
    """Withhold a complement for each determined cell not already covered this round."""
    chosen: set[C] = set()
    for cell in sorted(found, key=preference):
        if any(set(r.cells) & chosen for r in touching[cell]):
            continue  # protected by a complement chosen for another cell this round
        complement = _complement(cell, touching, withheld, preference)
        withhold(complement)
        chosen.add(complement)


def _withheld_systems(
    withheld: Mapping[C, Reason], lines: Sequence[tuple[C, ...]], on: Mapping[C, list[int]]
) -> list[tuple[frozenset[C], list[int]]]:
    """The withheld cells linked by relations through withheld cells, with those relations."""
    systems: list[tuple[frozenset[C], list[int]]] = []
    placed: set[C] = set()
    for start in withheld:
        if start in placed or start not in on:
            continue
        placed.add(start)
        members, frontier = [start], [start]
        own: set[int] = set()
        while frontier:
            for n in on[frontier.pop()]:
                if n in own:
                    continue
                own.add(n)
                for other in lines[n]:
                    if other in withheld and other not in placed:
                        placed.add(other)
                        members.append(other)
                        frontier.append(other)
        systems.append((frozenset(members), sorted(own)))
    return systems


def _protect_singletons(
    lines: Sequence[tuple[C, ...]],
    ones: list[int],
    count: Sequence[int],
    withheld: Mapping[C, Reason],
    withhold: Callable[[C], None],
    preference: Callable[[C], tuple[object, ...]],
) -> None:
    """Withhold a complement in every relation with exactly one withheld cell, until none.

    Pass after pass through the relations in order, as a plain scan would, but visiting only
    the relations ``ones`` names (those whose count of withheld cells has reached one).
    """
    while ones:
        current = sorted(set(ones))
        ones.clear()
        later: list[int] = []
        while current:
            n = heapq.heappop(current)
            if count[n] != 1:
                continue
            published = [cell for cell in lines[n] if cell not in withheld]
            withhold(min(published, key=preference))
            # Relations after this one are still in this pass; earlier ones wait for the next.
            for m in ones:
                if m > n:
                    heapq.heappush(current, m)
                else:
                    later.append(m)
            ones.clear()
        ones.extend(later)


def _complement(
    cell: C,
    touching: Mapping[C, list[Relation[C]]],
    withheld: Mapping[C, Reason],
    preference: Callable[[C], tuple[object, ...]],
) -> C:
    """The preferred published cell of the relations nearest ``cell`` (its own first)."""
    seen, frontier = {cell}, [cell]
    while frontier:
        relations = [r for c in frontier for r in touching.get(c, [])]
        published = {c for r in relations for c in r.cells if c not in withheld}
        if published:
            return min(published, key=preference)
        frontier = [c for r in relations for c in r.cells if c not in seen]
        seen.update(frontier)
    raise ValueError(f"nothing published is left to protect {cell!r}")
