"""The benchmark file passes the network outputs' disclosure test: small groups reveal nothing."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from csn_desktop.actions.peer_benchmark import benchmark_source, write_benchmark_file
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.complements import Relation
from csn_desktop.domain.disclosure import WITHHELD
from csn_desktop.domain.peer_benchmark import DisclosedGroups, disclosed_groups
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.storage.database import Database
from tests.actions.test_actions_network_disclosure import (
    ENGLISH,
    SCOTTISH,
    WELSH,
    WRITTEN_AT,
    network,
    send,
)
from tests.domain.test_domain_complements import Cell, audit
from tests.imports.conftest import council_names

__all__ = ["network"]  # the fixture, shared with the network outputs' test


def groups(database: Database, library: QuestionnaireLibrary, path: Path) -> dict[str, object]:
    written = write_benchmark_file(database, library, path, produced_at=WRITTEN_AT)
    document = json.loads(written.path.read_text(encoding="utf-8"))
    return {f"{g['kind']}:{g['name']}": g for g in document["groups"]}


def test_a_council_in_groups_below_the_minimum_changes_only_the_groups_above_it(
    tmp_path: Path,
    network: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    before = groups(network, library, tmp_path / "before.json")
    assert "nation:Wales" not in before and "nation:Scotland" not in before
    # Wales and Scotland together are below the minimum, so England alone would give them
    # away (the UK less England): all three are published only together.
    assert "nation:England" not in before and "nation:Other nations" in before
    assert "uk:United Kingdom" in before
    send(tmp_path, network, library, questionnaire, WELSH[1], seed=99, later=3)
    after = groups(network, library, tmp_path / "after.json")
    assert set(after) == set(before)
    # Only groups holding the changed council may differ, and none of them is below the minimum.
    changed = {name for name in before if after[name] != before[name]}
    holding = {"uk:United Kingdom", "nation:Other nations", "region:Other regions"}
    assert changed <= holding | {n for n in before if n.startswith("authority_type")}


def test_nothing_withheld_can_be_worked_out_from_the_published_figures(
    network: Database, library: QuestionnaireLibrary
) -> None:
    source = benchmark_source(network, library, period=None, include_drafts=False, minimum=5)
    disclosed = disclosed_groups(source, minimum=5)
    assert_nothing_derivable(disclosed)


def assert_nothing_derivable(disclosed: DisclosedGroups) -> None:
    """The exact audit: no withheld cell is determined by the published ones and the sums."""
    cells = disclosed.cells
    # Every relation holds on the true counts (so the model is sound)…
    for relation in cells.relations:
        total = cells.values[relation.total]
        assert total == sum(cells.values[p] for p in relation.parts), relation
    # …and it has the sums a reader knows: nations to the UK, types to the UK.
    keys = {g.source.key for g in disclosed.groups if g.source.members}
    nations = tuple(sorted(k for k in keys if k.startswith("nation:")))
    types = tuple(sorted(k for k in keys if k.startswith("authority_type:")))
    sums = {(r.total, tuple(sorted(p[1] for p in r.parts))) for r in cells.relations}
    assert (("councils", "uk:United Kingdom"), nations) in sums
    assert (("councils", "uk:United Kingdom"), types) in sums
    withheld = list(cells.withheld)
    for component in components(withheld, cells.relations):
        inside = [r for r in cells.relations if set(r.cells) & component]
        assert audit(component, inside) == set()
    # What the dense audit proves about the model, the file shows: a cell published in one is
    # published in the other (checked through the group's figures).
    for group in disclosed.groups:
        assert cells.figure(("councils", group.source.key)) in (
            len(group.source.members),
            WITHHELD,
        )


def components(withheld: list[Cell], relations: Sequence[Relation[Cell]]) -> list[set[Cell]]:
    """The withheld cells linked by relations through withheld cells."""
    hidden = set(withheld)
    parent = {cell: cell for cell in hidden}

    def find(cell: Cell) -> Cell:
        while parent[cell] != cell:
            cell = parent[cell]
        return cell

    for relation in relations:
        inside = [c for c in relation.cells if c in hidden]
        for cell in inside[1:]:
            a, b = find(inside[0]), find(cell)
            if a != b:
                parent[b] = a
    grouped: dict[Cell, set[Cell]] = {}
    for cell in hidden:
        grouped.setdefault(find(cell), set()).add(cell)
    return list(grouped.values())


def test_the_same_change_shows_in_a_group_large_enough(
    tmp_path: Path,
    network: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    before = groups(network, library, tmp_path / "before.json")
    send(tmp_path, network, library, questionnaire, ENGLISH[0], seed=99, later=3)
    after = groups(network, library, tmp_path / "after.json")
    assert after["uk:United Kingdom"] != before["uk:United Kingdom"]


def test_the_benchmark_names_no_council(
    tmp_path: Path, network: Database, library: QuestionnaireLibrary
) -> None:
    path = write_benchmark_file(network, library, tmp_path / "all.json").path
    text = path.read_text(encoding="utf-8")
    names = council_names()
    for code in WELSH + ENGLISH + SCOTTISH:
        assert code not in text
        assert names[code] not in text, names[code]
