"""The growing kernel: which withheld cells stay safe, proved exactly, as cells are added."""

from __future__ import annotations

import random

from csn_desktop.domain.safe_cells import SafeCells, columns_of
from tests.domain.test_domain_complements import audit, network


def test_cells_added_one_by_one_agree_with_the_dense_audit_at_every_step() -> None:
    rng = random.Random(3)
    for _ in range(25):
        values, relations = network(rng, standards=1, statuses=3)
        safe = SafeCells(columns_of(enumerate(r.coefficients() for r in relations)))
        order = list(values)
        rng.shuffle(order)
        for cell in order[: rng.randint(1, len(order) // 2)]:
            safe.add(cell)
            withheld = set(safe.cells)
            assert withheld - safe.safe == audit(withheld, relations)
        # Every safe cell is proved by an exact kernel vector.
        assert safe.proved_safe() == safe.safe


def test_a_cell_in_no_relation_is_safe_and_a_lone_difference_is_not() -> None:
    relations_cells = {0: {("n", "uk"): -1, ("n", "a"): 1, ("n", "b"): 1}}
    safe = SafeCells(columns_of(relations_cells.items()))
    safe.add(("n", "elsewhere"))
    safe.add(("n", "a"))
    assert safe.safe == {("n", "elsewhere")}  # uk and b are published: a = uk − b
    safe.add(("n", "b"))
    assert safe.safe == {("n", "elsewhere"), ("n", "a"), ("n", "b")}
    assert safe.proved_safe() == safe.safe
