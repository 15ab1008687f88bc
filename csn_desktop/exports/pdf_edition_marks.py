"""Where a bilingual report's next edition starts, and how each edition is named and linked."""

from __future__ import annotations

from reportlab.platypus import Flowable

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
