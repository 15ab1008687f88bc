"""Council search: the councils whose names or GSS code match what was typed, best first."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")

# How well a name matches, best first; a name that does not match has no rank.
EXACT, PREFIX, WORD_PREFIX, CONTAINS, ALL_WORDS = range(5)


def fold(text: str) -> str:
    """Text as it is compared: case and accents ignored (Môn is mon), punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in letters).split())


def match_rank(query: str, name: str) -> int | None:
    """How well the folded ``query`` matches ``name``; None when it does not."""
    folded = fold(name)
    if not query or not folded:
        return None
    if folded == query:
        return EXACT
    if folded.startswith(query):
        return PREFIX
    if f" {query}" in f" {folded}":
        return WORD_PREFIX
    if query in folded:
        return CONTAINS
    words = folded.split()
    # "city cardiff" finds "City of Cardiff Council": each typed word begins a word of the name.
    if all(any(w.startswith(q) for w in words) for q in query.split()):
        return ALL_WORDS
    return None


def search_councils(
    query: str, councils: Sequence[T], names: Callable[[T], Iterable[str]]
) -> list[T]:
    """The councils with a name (or code, among ``names``) matching ``query``, best match first.

    Councils that match equally well keep their order in ``councils``; an empty query gives all.
    """
    wanted = fold(query)
    if not wanted:
        return list(councils)
    ranked: list[tuple[int, int, T]] = []
    for position, council in enumerate(councils):
        ranks = [r for r in (match_rank(wanted, n) for n in names(council)) if r is not None]
        if ranks:
            ranked.append((min(ranks), position, council))
    ranked.sort(key=lambda entry: entry[:2])
    return [council for _rank, _position, council in ranked]
