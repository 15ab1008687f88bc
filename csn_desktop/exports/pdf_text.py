"""Fonts for the report and user text made safe for reportlab: escaped, with fallback fonts."""

from __future__ import annotations

import re
import threading
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
)

# Hebrew and Arabic letters (with their marks and presentation forms).
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL_RUN = re.compile(f"[{_RTL}](?:[{_RTL}\\s]*[{_RTL}])?")

_lock = threading.Lock()
_coverage: list[tuple[str, frozenset[int]]] = []


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
    symbols, some emoji) are set in a bundled fallback font that has them.
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


def _font_for(point: int) -> str:
    for name, covered in _coverage:
        if point in covered:
            return name
    # No bundled font has it (such as 😀 or Chinese): Noto Sans prints its "missing" box.
    return SANS


def lines_of(text: str) -> list[str]:
    """A long answer's lines, so each becomes its own paragraph and flows across pages."""
    return clean_text(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")


def fit(text: str, font: str, size: float, width: float) -> str:
    """Text shortened with an ellipsis to fit ``width`` points (for one-line headers)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    text = text[:300]
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
