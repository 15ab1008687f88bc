"""The peer benchmark's counts as cells, with every sum that ties them, disclosed all together."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from csn_desktop.domain.aggregation import NetworkPicture
from csn_desktop.domain.complements import Relation, protect
from csn_desktop.domain.disclosure import WITHHELD, Count, Reason, Withheld, rank, top
from csn_desktop.domain.known_ids import IN_DEMAND, IN_USE
from csn_desktop.domain.questionnaire import Questionnaire

# A cell: (measure, group key, ids…), e.g. ("use", "nation:Wales", "ISO 37120", "certified").
Cell = tuple[str, ...]

# Measures by how readily they are withheld as complements: detail first, totals last, so
# coarse figures ("in use", "needed") survive where a detailed distribution cannot.
_TIERS = {
    "use": 0,
    "need": 0,
    "demand": 0,
    "barrier": 0,
    "in_use": 1,
    "needed": 1,
    "theme_in_use": 2,
    "theme_needed": 2,
    "answering": 3,
    "need_answering": 3,
    "theme_answering": 4,
    "theme_need_answering": 4,
    "councils": 5,
}  # not translated: internal keys
# The UK's figures are the ones every council compares with: withheld last within a tier.
_UK = "uk:"  # not translated: a group key's kind


@dataclass(frozen=True, slots=True)
class GroupSource:
    """One comparable group: its key ("nation:Wales"), the submissions in it, their picture."""

    key: str
    members: frozenset[int]
    picture: NetworkPicture


@dataclass(frozen=True)
class BenchmarkCells:
    """Every count the file could publish, and the ones withheld (with why)."""

    values: Mapping[Cell, int]
    withheld: Mapping[Cell, Reason]
    relations: tuple[Relation[Cell], ...]
    listed_barriers: Mapping[str, tuple[str, ...]]  # group key → barriers in its top list

    def figure(self, cell: Cell) -> Count:
        return WITHHELD if cell in self.withheld else self.values.get(cell, 0)

    def share(self, part: Cell, whole: Cell) -> float | Withheld:
        """``part`` / ``whole`` when both are published and ``whole`` is not zero."""
        count, total = self.figure(part), self.figure(whole)
        if isinstance(count, Withheld) or isinstance(total, Withheld) or not total:
            return WITHHELD
        return count / total


def benchmark_cells(
    questionnaire: Questionnaire,
    groups: Sequence[GroupSource],
    *,
    minimum: int,
    top_barriers: int,
    barrier_label: Callable[[str], str],
) -> BenchmarkCells:
    """The cells of every group with at least one council, disclosed across groups.

    Primary: a group below ``minimum`` is withheld whole, any count from 1 to ``minimum``−1
    too. Relations: within a group, a standard's statuses add up to its councils answering,
    the "in use" statuses to its "in use" total (and so for need), a theme's standards to the
    theme's totals; across groups, every measure of a group equals the sum over any kind of
    group (nations, regions, types) whose members exactly make it up. Complements are then
    withheld until no withheld cell can be worked out (see ``complements.protect``).
    """
    present = [g for g in groups if g.members]
    values: dict[Cell, int] = {}
    relations: list[Relation[Cell]] = []
    for group in present:
        values.update(_group_values(questionnaire, group))
        relations += _group_relations(questionnaire, group.key)
    cells_of: dict[str, list[Cell]] = {}
    for cell in values:
        cells_of.setdefault(cell[1], []).append(cell)
    for parent, children in _partitions(present):
        for cell in cells_of[parent]:
            parts = tuple((cell[0], child, *cell[2:]) for child in children)
            relations.append(Relation(cell, parts))
    primary: dict[Cell, Reason] = {}
    for group in present:
        small_group = len(group.members) < minimum
        for cell in cells_of[group.key]:
            if small_group:
                primary[cell] = Reason.GROUP
            elif 0 < values[cell] < minimum:
                primary[cell] = Reason.SMALL
    listed: dict[str, tuple[str, ...]] = {}
    for group in present:
        barriers = [c for c in cells_of[group.key] if c[0] == "barrier"]
        ranked = rank(
            [c[2] for c in barriers], partial(_barrier, group.key, values, primary), barrier_label
        )
        listed[group.key] = tuple(r.item for r in top(ranked, top_barriers).entries)
        for cell in barriers:
            if cell[2] not in listed[group.key]:
                primary.setdefault(cell, Reason.UNLISTED)

    def preference(cell: Cell) -> tuple[object, ...]:
        value = values.get(cell, 0)
        return (_TIERS[cell[0]], cell[1].startswith(_UK), value == 0, value, cell)

    withheld = protect(relations, primary, preference)
    return BenchmarkCells(values, withheld, tuple(relations), listed)


def _barrier(
    key: str, values: Mapping[Cell, int], primary: Mapping[Cell, Reason], barrier: str
) -> Count:
    cell = ("barrier", key, barrier)
    return WITHHELD if cell in primary else values.get(cell, 0)


def _group_values(questionnaire: Questionnaire, group: GroupSource) -> dict[Cell, int]:
    key, picture = group.key, group.picture
    use_columns, need_columns = _columns(questionnaire)
    values: dict[Cell, int] = {("councils", key): len(group.members)}
    for theme, standards in questionnaire.standards_by_theme():
        totals = dict.fromkeys(("in_use", "answering", "needed", "need_answering"), 0)
        for standard in standards:
            code = standard.code
            figures = picture.standards.get(code)
            use = {c: figures.use_counts.get(c, 0) if figures else 0 for c in use_columns}
            need = {c: figures.need_counts.get(c, 0) if figures else 0 for c in need_columns}
            own = {
                "answering": sum(use.values()),
                "need_answering": sum(need.values()),
                "in_use": sum(n for c, n in use.items() if c in IN_USE),
                "needed": sum(n for c, n in need.items() if c in IN_DEMAND),
            }
            values.update({("use", key, code, c): n for c, n in use.items()})
            values.update({("need", key, code, c): n for c, n in need.items()})
            values.update({(measure, key, code): n for measure, n in own.items()})
            values["demand", key, code] = figures.demand if figures else 0
            for measure in totals:
                totals[measure] += own[measure]
        values.update({(f"theme_{m}", key, theme.id): n for m, n in totals.items()})
    for barrier in _barriers(questionnaire):
        values["barrier", key, barrier] = picture.councils_citing_barrier[barrier]
    return values


def _group_relations(questionnaire: Questionnaire, key: str) -> list[Relation[Cell]]:
    use_columns, need_columns = _columns(questionnaire)
    relations: list[Relation[Cell]] = []
    for theme, standards in questionnaire.standards_by_theme():
        codes = [s.code for s in standards]
        for code in codes:
            relations += [
                Relation(("answering", key, code), _parts("use", key, code, use_columns)),
                Relation(("need_answering", key, code), _parts("need", key, code, need_columns)),
                Relation(
                    ("in_use", key, code),
                    _parts("use", key, code, [c for c in use_columns if c in IN_USE]),
                ),
                Relation(
                    ("needed", key, code),
                    _parts("need", key, code, [c for c in need_columns if c in IN_DEMAND]),
                ),
            ]
        for measure in ("in_use", "answering", "needed", "need_answering"):
            parts = tuple((measure, key, code) for code in codes)
            relations.append(Relation((f"theme_{measure}", key, theme.id), parts))
    return relations


def _parts(measure: str, key: str, code: str, columns: Iterable[str]) -> tuple[Cell, ...]:
    return tuple((measure, key, code, c) for c in columns)


def _partitions(groups: Sequence[GroupSource]) -> list[tuple[str, tuple[str, ...]]]:
    """Every (group, groups of one kind whose members exactly make it up), found from members."""
    kinds: dict[str, list[GroupSource]] = {}
    for group in groups:
        kinds.setdefault(group.key.split(":", 1)[0], []).append(group)
    found: list[tuple[str, tuple[str, ...]]] = []
    for parent in groups:
        for members in kinds.values():
            children = [g for g in members if g.key != parent.key and g.members <= parent.members]
            covered = frozenset().union(*(g.members for g in children)) if children else frozenset()
            disjoint = sum(len(g.members) for g in children) == len(covered)
            if children and covered == parent.members and disjoint:
                found.append((parent.key, tuple(g.key for g in children)))
    return found


def _columns(questionnaire: Questionnaire) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from csn_desktop.domain.known_ids import NEED, USE_STATUS

    use = tuple(c.id for c in questionnaire.question(USE_STATUS).choices)
    need = tuple(c.id for c in questionnaire.question(NEED).choices)
    return use, need


def _barriers(questionnaire: Questionnaire) -> tuple[str, ...]:
    from csn_desktop.domain.known_ids import BARRIERS

    return tuple(c.id for c in questionnaire.question(BARRIERS).choices)
