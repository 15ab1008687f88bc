"""Question ids across the versions of a questionnaire: renames (`replaces:`) followed in chains."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from csn_desktop.domain.questionnaire import Questionnaire


@dataclass(frozen=True)
class Renames:
    """Maps a question id of one version to its id in a later version of the same questionnaire.

    Each version's ``renamed`` says which ids of earlier versions its questions replace; a chain
    (``a`` in v1, ``b`` in v2, ``c`` in v3) is followed step by step, so an answer stored under
    any older id reaches the newest one. An id no version renames maps to itself: whether the
    target version has that question is for the caller to check.
    """

    # (version, old id → id in that version), in increasing version order.
    steps: tuple[tuple[int, Mapping[str, str]], ...]
    _cache: dict[tuple[int, int], Mapping[str, str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, versions: Iterable[Questionnaire]) -> Renames:
        """The renames between these versions (all of one questionnaire id)."""
        ordered = sorted(versions, key=lambda q: q.version)
        if len({q.id for q in ordered}) > 1:
            raise ValueError("renames are followed within one questionnaire id only")
        return cls(tuple((q.version, q.renamed) for q in ordered))

    def question_id(self, question_id: str, *, source: int, target: int) -> str:
        """The id in version ``target`` of question ``question_id`` of version ``source``."""
        return self.between(source, target).get(question_id, question_id)

    def between(self, source: int, target: int) -> Mapping[str, str]:
        """Every id of version ``source`` (or earlier) that has another id in ``target``.

        Ids not in the mapping are unchanged. Nothing is renamed backwards (``target`` ≤
        ``source``): an older version does not know the newer ids.
        """
        known = self._cache.get((source, target))
        if known is not None:
            return known
        chain = [renamed for version, renamed in self.steps if source < version <= target]
        mapping: dict[str, str] = {}
        for old in {old for renamed in chain for old in renamed}:
            current = old
            for renamed in chain:
                current = renamed.get(current, current)
            if current != old:
                mapping[old] = current
        self._cache[(source, target)] = mapping
        return mapping
