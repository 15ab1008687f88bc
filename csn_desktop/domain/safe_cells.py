"""Which withheld cells stay safe, kept up to date as cells are withheld one by one."""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Iterable, Mapping
from fractions import Fraction
from math import lcm
from typing import Generic, TypeVar

C = TypeVar("C", bound=Hashable)
K = TypeVar("K", bound=Hashable)

# A prime for the quick search: the same answer as exact arithmetic unless it divides a minor
# of the relations' matrix; ``proved_safe`` checks every safe cell exactly.
PRIME = 2**61 - 1


class SafeCells(Generic[C]):
    """The kernel of the relations' matrix restricted to the withheld cells, grown cell by cell.

    A withheld cell is safe (cannot be worked out) exactly when some vector of that kernel is
    non-zero at it: its unit vector then is not in the row space. Withholding one more cell
    adds one column; reducing it against the columns so far either extends the column space
    or yields one more kernel vector, so nothing is ever eliminated twice.
    """

    def __init__(self, columns: Mapping[C, Mapping[int, int]]) -> None:
        self._columns = columns  # cell → {relation: coefficient}
        self._basis: dict[int, tuple[dict[int, int], dict[C, int]]] = {}
        self.kernel: list[dict[C, int]] = []
        self.safe: set[C] = set()
        self.cells: list[C] = []

    def add(self, cell: C) -> None:
        """Withhold ``cell`` too."""
        self.cells.append(cell)
        vector = {n: k % PRIME for n, k in self._columns.get(cell, {}).items() if k % PRIME}
        combination: dict[C, int] = {cell: 1}
        queue = list(vector)
        heapq.heapify(queue)
        while queue:
            row = heapq.heappop(queue)
            factor = vector.get(row)
            if not factor:
                continue
            if row not in self._basis:
                inverse = pow(factor, -1, PRIME)
                vector = {n: v * inverse % PRIME for n, v in vector.items()}
                combination = {c: v * inverse % PRIME for c, v in combination.items()}
                self._basis[row] = (vector, combination)
                return
            other, made_of = self._basis[row]
            for n in _subtract(vector, other, factor):
                heapq.heappush(queue, n)
            _subtract(combination, made_of, factor)
        self.kernel.append(combination)
        self.safe.update(combination)

    def proved_safe(self) -> set[C]:
        """The safe cells proved with exact arithmetic: a rational kernel vector non-zero there."""
        proved: set[C] = set()
        for vector in self.kernel:
            if vector.keys() <= proved:
                continue
            exact = _rational(vector)
            if exact is not None and self._in_kernel(exact):
                proved.update(exact)
        return proved

    def _in_kernel(self, vector: Mapping[C, int]) -> bool:
        sums: dict[int, int] = {}
        for cell, value in vector.items():
            for n, k in self._columns.get(cell, {}).items():
                sums[n] = sums.get(n, 0) + k * value
        return not any(sums.values())


def _subtract(target: dict[K, int], other: Mapping[K, int], factor: int) -> list[K]:
    """``target`` −= ``factor`` × ``other`` modulo ``PRIME``; the keys it gained."""
    gained: list[K] = []
    for key, value in other.items():
        before = target.get(key)
        total = ((before or 0) - factor * value) % PRIME
        if total:
            target[key] = total
            if before is None:
                gained.append(key)
        elif before is not None:
            del target[key]
    return gained


def _rational(vector: Mapping[C, int]) -> dict[C, int] | None:
    """The integer vector whose ratios ``vector`` holds modulo ``PRIME``, if small enough."""
    fractions: dict[C, Fraction] = {}
    for cell, value in vector.items():
        fraction = _reconstruct(value)
        if fraction is None:
            return None
        fractions[cell] = fraction
    scale = lcm(*(f.denominator for f in fractions.values()))
    return {cell: int(f * scale) for cell, f in fractions.items()}


def _reconstruct(value: int) -> Fraction | None:
    """The fraction n/d ≡ ``value`` (mod ``PRIME``) with |n|, d below √(PRIME/2), if any."""
    bound = 2**30
    r0, r1, t0, t1 = PRIME, value, 0, 1
    while r1 >= bound:
        q = r0 // r1
        r0, r1, t0, t1 = r1, r0 - q * r1, t1, t0 - q * t1
    if t1 == 0 or abs(t1) >= bound:
        return None
    return Fraction(r1, t1)


def columns_of(relations: Iterable[tuple[int, Mapping[C, int]]]) -> dict[C, dict[int, int]]:
    """Each cell's column: the coefficient of every numbered relation it is in."""
    columns: dict[C, dict[int, int]] = {}
    for n, coefficients in relations:
        for cell, k in coefficients.items():
            columns.setdefault(cell, {})[n] = k
    return columns
