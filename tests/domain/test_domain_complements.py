"""Complementary suppression across groups: no withheld count can be worked out by sums."""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from fractions import Fraction

import pytest

from csn_desktop.domain.complements import Relation, derivable, protect
from csn_desktop.domain.disclosure import Reason
from csn_desktop.domain.safe_cells import SafeCells

Cell = tuple[str, ...]
MINIMUM = 5


def audit(withheld: Collection[Cell], relations: Sequence[Relation[Cell]]) -> set[Cell]:
    """The withheld cells determined by the relations, by dense exact Gaussian elimination.

    Independent of the code under test: a cell is determined when its unit vector lies in
    the row space of the relations' matrix restricted to the withheld cells.
    """
    columns = sorted(withheld)
    where = {cell: n for n, cell in enumerate(columns)}
    matrix: list[list[Fraction]] = []
    for relation in relations:
        row = [Fraction(0)] * len(columns)
        row_cells = [(relation.total, -1)] + [(p, 1) for p in relation.parts]
        for cell, k in row_cells:
            if cell in where:
                row[where[cell]] += k
        if any(row):
            matrix.append(row)
    rank = 0
    pivots: list[int] = []
    for column in range(len(columns)):
        found = next((r for r in range(rank, len(matrix)) if matrix[r][column]), None)
        if found is None:
            continue
        matrix[rank], matrix[found] = matrix[found], matrix[rank]
        lead = matrix[rank][column]
        matrix[rank] = [v / lead for v in matrix[rank]]
        pivot_row = matrix[rank]
        nonzero = [j for j, v in enumerate(pivot_row) if v]  # the rest leaves rows unchanged
        for r in range(len(matrix)):
            if r != rank and matrix[r][column]:
                factor, row = matrix[r][column], matrix[r]
                for j in nonzero:
                    row[j] -= factor * pivot_row[j]
        pivots.append(column)
        rank += 1
    return {
        columns[column] for r, column in enumerate(pivots) if sum(1 for v in matrix[r] if v) == 1
    }


def network(
    rng: random.Random, standards: int = 2, statuses: int = 4
) -> tuple[dict[Cell, int], list[Relation[Cell]]]:
    """Counts for the UK, nations, English regions and two types, with every sum between them.

    Councils are drawn one by one, so every relation holds exactly.
    """
    nations = {"England": ["North", "South", "London"], "Wales": [], "Scotland": []}
    types = ["unitary", "district"]
    values: dict[Cell, int] = {}
    for _ in range(rng.randint(15, 60)):
        nation = rng.choice(["England"] * 4 + ["Wales", "Scotland"])
        places = ["uk", nation, rng.choice(types)]
        if nations[nation]:
            places.append(rng.choice(nations[nation]))
        for s in range(standards):
            status = str(rng.randrange(statuses))
            for place in places:
                for cell in (("use", place, str(s), status), ("answering", place, str(s))):
                    values[cell] = values.get(cell, 0) + 1
    groups = ["uk", *nations, *nations["England"], *types]
    for group in groups:
        for s in range(standards):
            values.setdefault(("answering", group, str(s)), 0)
            for status in range(statuses):
                values.setdefault(("use", group, str(s), str(status)), 0)
    relations: list[Relation[Cell]] = []
    for measure in [("answering", str(s)) for s in range(standards)] + [
        ("use", str(s), str(c)) for s in range(standards) for c in range(statuses)
    ]:
        name, rest = measure[0], measure[1:]
        for parent, children in (
            ("uk", list(nations)),
            ("uk", types),
            ("England", nations["England"]),
        ):
            relations.append(
                Relation((name, parent, *rest), tuple((name, c, *rest) for c in children))
            )
    for group in groups:
        for s in range(standards):
            parts = tuple(("use", group, str(s), str(c)) for c in range(statuses))
            relations.append(Relation(("answering", group, str(s)), parts))
    return values, relations


def primary(values: Mapping[Cell, int]) -> dict[Cell, Reason]:
    return {cell: Reason.SMALL for cell, v in values.items() if 0 < v < MINIMUM}


def preference(values: Mapping[Cell, int]):  # type: ignore[no-untyped-def]
    def key(cell: Cell) -> tuple[object, ...]:
        value = values[cell]
        return (cell[0] == "answering", value == 0, value, cell)

    return key


def test_a_withheld_count_can_be_worked_out_across_groups_without_complements() -> None:
    values = {
        ("n", "uk"): 20,
        ("n", "England"): 12,
        ("n", "Scotland"): 5,
        ("n", "Wales"): 3,
    }
    relations = [Relation(("n", "uk"), (("n", "England"), ("n", "Scotland"), ("n", "Wales")))]
    withheld = primary(values)
    assert audit(withheld, relations) == {("n", "Wales")}
    assert derivable(withheld, relations) == {("n", "Wales")}
    protected = protect(relations, withheld, preference(values))
    # The smallest published count of the sum is the complement.
    assert protected == {("n", "Wales"): Reason.SMALL, ("n", "Scotland"): Reason.COMPLEMENT}
    assert audit(protected, relations) == set()


def test_on_random_networks_nothing_withheld_can_be_worked_out() -> None:
    rng = random.Random(15)
    leaks_without = 0
    for _ in range(60):
        values, relations = network(rng)
        first = primary(values)
        leaks_without += bool(audit(first, relations))
        protected = protect(relations, first, preference(values))
        assert audit(protected, relations) == set()
        assert derivable(protected, relations) == set()
        # Primary figures stay withheld for their own reason; complements are published counts.
        assert all(protected[cell] is reason for cell, reason in first.items())
        # Deterministic: the same input gives the same cells.
        assert protect(relations, first, preference(values)) == protected
    assert leaks_without > 10  # the audit finds the leak the complements close


def test_derivable_agrees_with_the_dense_audit() -> None:
    rng = random.Random(7)
    for _ in range(40):
        values, relations = network(rng, standards=1, statuses=3)
        cells = list(values)
        withheld = set(rng.sample(cells, rng.randint(1, len(cells) // 2)))
        assert derivable(withheld, relations) == audit(withheld, relations)


def test_when_the_exact_proof_fails_the_exact_search_still_closes_every_leak(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As if the prime had hidden every determined cell: the quick search finds everything
    # safe, and the exact proof refuses it all.
    def add(self: SafeCells[Cell], cell: Cell) -> None:
        self.cells.append(cell)
        self.safe.add(cell)

    monkeypatch.setattr(SafeCells, "add", add)
    monkeypatch.setattr(SafeCells, "proved_safe", lambda self: set())
    rng = random.Random(21)
    leaks_without = 0
    for _ in range(15):
        values, relations = network(rng)
        first = primary(values)
        leaks_without += bool(audit(first, relations))
        protected = protect(relations, first, preference(values))
        assert audit(protected, relations) == set()
        assert all(protected[cell] is reason for cell, reason in first.items())
    assert leaks_without > 3
