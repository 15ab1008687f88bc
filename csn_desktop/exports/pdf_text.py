"""Fonts for the report and user text made safe for reportlab: escaped, with fallback fonts."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from csn_desktop.domain.values import clean_text
from csn_desktop.paths import fonts_dir

SANS = "CSN-Sans"
SANS_BOLD = "CSN-Sans-Bold"
SANS_ITALIC = "CSN-Sans-Italic"
# Fonts for letters Noto Sans lacks, tried in this order (each has one weight).
FALLBACKS = (
    ("CSN-Hebrew", "NotoSansHebrew-Regular.ttf"),
    ("CSN-Arabic", "NotoSansArabic-Regular.ttf"),
    ("CSN-Symbols", "NotoSansSymbols2-Regular.ttf"),
    ("CSN-Symbols-1", "NotoSansSymbols-Regular.ttf"),
    ("CSN-Cherokee", "NotoSansCherokee-Regular.ttf"),
)
# Printed, in Noto Sans, for a character no bundled font has (Chinese, Japanese, Korean, most
# emoji): visibly something is missing there, where reportlab alone would print nothing.
REPLACEMENT = "\ufffd"
_INVISIBLE = frozenset({"Cf", "Mn", "Me"})  # not translated: Unicode categories (format, marks)
_SPACE = "Zs"  # not translated: the Unicode category of spaces

# Hebrew and Arabic letters (with their marks and presentation forms).
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL_RUN = re.compile(f"[{_RTL}](?:[{_RTL}\\s]*[{_RTL}])?")

_lock = threading.Lock()
_coverage: list[tuple[str, frozenset[int]]] = []
# The characters the export under way could not print; None when nobody is listening.
_missing: ContextVar[set[str] | None] = ContextVar("missing_glyphs", default=None)


@contextmanager
def noting_missing() -> Iterator[set[str]]:
    """Collect, while the block runs (in this thread), every character printed as REPLACEMENT.

    Blocks nest: an inner one (a writer's own) adds to the set of the outer one (its caller's).
    """
    outer = _missing.get()
    if outer is not None:
        yield outer
        return
    found: set[str] = set()
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def describe_missing(characters: set[str] | frozenset[str]) -> str:
    """The characters, each with its code point, as a warning lists them: "中 (U+4E2D), …"."""
    return ", ".join(f"{c} (U+{ord(c):04X})" for c in sorted(characters))


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process (safe from any thread)."""
    with _lock:
        if _coverage:
            return
        folder = fonts_dir()
        faces = {
            SANS: "NotoSans-Regular.ttf",
            SANS_BOLD: "NotoSans-Bold.ttf",
            SANS_ITALIC: "NotoSans-Italic.ttf",
        }
        fonts = {name: TTFont(name, str(folder / file)) for name, file in faces.items()}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD)
        # A table sets each cell's font before drawing it, even a cell holding a paragraph:
        # reportlab's default would put Helvetica, not embedded, into every report.
        CellStyle.fontname = SANS
        # So does a chart, when it restores the state it started from after each label.
        STATE_DEFAULTS["fontName"] = SANS
        coverage = [(SANS, frozenset(fonts[SANS].face.charToGlyph))]
        for name, file in FALLBACKS:
            font = TTFont(name, str(folder / file))
            pdfmetrics.registerFont(font)
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
            coverage.append((name, frozenset(font.face.charToGlyph)))
        _coverage.extend(coverage)


def markup(text: str) -> str:
    """Paragraph markup that prints ``text`` literally, one line of it.

    Characters reportlab's mini-language gives meaning to (&, <, >) are escaped, so tags or
    entities typed in an answer print as typed; letters Noto Sans lacks (Hebrew, Arabic,
    Cherokee, symbols, some emoji) are set in a bundled fallback font that has them, and a
    letter no bundled font has prints as REPLACEMENT, noted for ``noting_missing``.
    """
    register_fonts()
    text = visual_order(clean_text(text).replace("\t", "    "))
    main = _coverage[0][1]
    points = {ord(c) for c in text}
    if points <= main or not text:
        return escape(text)
    runs: list[tuple[str, str]] = []
    for char in text:
        font = _font_for(ord(char))
        if font is None:
            char = _unprintable(char)
            font = SANS
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return "".join(
        escape(chunk) if font == SANS else f'<font face="{font}">{escape(chunk)}</font>'
        for font, chunk in runs
    )


def visual_order(text: str) -> str:
    """Right-to-left runs reversed, so that reportlab (which sets text left to right) shows
    Hebrew and Arabic words in reading order. Arabic letters are not joined (no shaping)."""
    return _RTL_RUN.sub(lambda match: match[0][::-1], text)


def _font_for(point: int) -> str | None:
    for name, covered in _coverage:
        if point in covered:
            return name
    return None  # no bundled font has it (such as 😀 or Chinese)


def _unprintable(char: str) -> str:
    """What prints instead of a character no bundled font has; noted for the export's warning.

    Invisible characters (a joiner or emoji variation selector, category Cf or Mn) print as
    nothing, and unknown spaces as a space: neither loses anything a reader would see.
    """
    category = unicodedata.category(char)
    if category in _INVISIBLE:
        return ""
    if category == _SPACE:
        return " "
    found = _missing.get()
    if found is not None:
        found.add(char)
    return REPLACEMENT


def single_font(text: str) -> str:
    """Text for one font (Noto Sans) drawn straight on the page: what it lacks, replaced."""
    register_fonts()
    main = _coverage[0][1]
    if all(ord(c) in main for c in text):
        return text
    return "".join(c if ord(c) in main else _unprintable(c) for c in text)


def lines_of(text: str) -> list[str]:
    """A long answer's lines, so each becomes its own paragraph and flows across pages."""
    return clean_text(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")


def fit(text: str, font: str, size: float, width: float) -> str:
    """Text shortened with an ellipsis to fit ``width`` points (for one-line headers)."""
    text = single_font(text)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    text = text[:300]
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
