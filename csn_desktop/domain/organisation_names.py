"""Councils' names: whether a name written in a file is a council's, and which name to show."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Words that say what kind of body a council is, not which one: "Cardiff", "Cardiff Council"
# and "City of Cardiff Council" are one council. Welsh ones too ("Cyngor Caerdydd", "Dinas a
# Sir Abertawe"). Word order is ignored as well: the register writes "Bristol, City of".
_GENERIC = frozenset(
    {
        "the",
        "of",
        "and",
        "council",
        "city",
        "county",
        "borough",
        "metropolitan",
        "district",
        "royal",
        "corporation",
        "authority",
        "cyngor",
        "dinas",
        "sir",
        "sirol",
        "bwrdeistref",
        "a",
        "ac",
        "y",
        "yr",
    }
)
# "London Borough of Barnet" is Barnet, but "Greater London" and "City of London" keep London.
_PHRASES = (("london borough of", ""), ("&", " and "))  # not translated: names as written
_NOT_WORD = re.compile(r"[^\w]+")


def name_words(text: str) -> tuple[str, ...]:
    """The words that tell one council from another, sorted: case, accents, spacing and
    punctuation ignored, "&" read as "and", the words for kinds of council dropped.

    A name made only of such words (such as "City of London" without "London") keeps them all,
    so that no name ever becomes empty and matches everything.
    """
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).casefold()
    for phrase, replacement in _PHRASES:
        plain = plain.replace(phrase, replacement)
    # An apostrophe joins ("King's Lynn" is "kings lynn"); other punctuation separates.
    plain = plain.replace("'", "").replace("\u2019", "")
    words = [w for w in _NOT_WORD.split(plain.replace("_", " ")) if w]
    distinctive = [w for w in words if w not in _GENERIC]
    return tuple(sorted(distinctive or words))


def is_name_of(written: str, names: Iterable[str]) -> bool:
    """Whether ``written`` is one of ``names`` (the council's short, official, other names)."""
    wanted = name_words(written)
    return any(name_words(name) == wanted for name in names if name.strip())


def local_name(name: str, name_cy: str | None, language: str) -> str:
    """A council's name as shown in ``language``: its Welsh name in Welsh where it has one.

    ``language`` is a code such as ``cy``, ``cy_GB`` or ``en``; any other language shows ``name``.
    """
    welsh = language.replace("-", "_").split("_")[0].casefold() == "cy"
    return name_cy.strip() if welsh and name_cy and name_cy.strip() else name
