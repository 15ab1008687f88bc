"""A report in two languages in one PDF: the contents of each edition under its name."""

from __future__ import annotations

from typing import Any

from csn_desktop.exports.pdf_contents import Contents, mark_headings
from csn_desktop.exports.pdf_edition_marks import LanguageMark, edition_key, edition_name


def edition_contents(story: list[Any], editions: list[str]) -> None:
    """Fill every table of contents: the headings of one edition, or of each under its name."""
    parts: list[list[Any]] = [[]]
    for flowable in story:
        if isinstance(flowable, LanguageMark) and parts[-1]:
            parts.append([])
        parts[-1].append(flowable)
    entries: list[tuple[int, str, str]] = []
    taken = 0
    for language, part in zip(editions, parts, strict=False):
        found = mark_headings(part, first=taken + 1)
        taken += len(found)
        if len(editions) == 1:
            entries += found
            continue
        entries.append((0, edition_name(language), edition_key(language)))
        entries += [(level + 1, title, key) for level, title, key in found]
    for flowable in story:
        if isinstance(flowable, Contents):
            flowable.entries = entries
