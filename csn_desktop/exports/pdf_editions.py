"""A report in two languages in one PDF: where each edition starts, its bookmark and contents."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from csn_desktop.exports.pdf_contents import Contents, mark_headings

# Each language named in itself, so a reader of either finds their edition.
EDITION_NAMES = {"cy": "Cymraeg", "en": "English"}  # not translated: names of languages


def edition_key(language: str) -> str:
    """The link name of an edition's first page."""
    return f"edition-{language}"  # not translated: an internal link name


def edition_name(language: str) -> str:
    return EDITION_NAMES.get(language.split("_")[0].split("-")[0], language)


class LanguageMark(Flowable):  # type: ignore[misc]
    """Takes no room: the pages after the next page break are in ``language``."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw: the template reads the mark once it is placed."""


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
