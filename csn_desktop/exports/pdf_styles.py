"""Paragraph styles of the report and helpers that turn user text into flowables."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from csn_desktop.exports.pdf_pages import ACCENT, MUTED
from csn_desktop.exports.pdf_text import SANS, SANS_BOLD, SANS_ITALIC, lines_of, markup

GRID = colors.HexColor("#C8D0D8")
STRIPE = colors.HexColor("#F3F6F9")
BODY = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13, splitLongWords=1)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10.5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8, leading=10)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName=SANS_BOLD)
HEAD_CELL = ParagraphStyle("head_cell", parent=CELL, fontName=SANS_BOLD, textColor=colors.white)
MISSING = ParagraphStyle("missing", parent=BODY, fontName=SANS_ITALIC, textColor=MUTED)
QUESTION = ParagraphStyle(
    "question",
    parent=BODY,
    fontName=SANS_BOLD,
    fontSize=9,
    spaceBefore=7,
    spaceAfter=1,
    keepWithNext=1,
)
H1 = ParagraphStyle(
    "h1",
    parent=BODY,
    fontName=SANS_BOLD,
    fontSize=17,
    leading=21,
    spaceAfter=8,
    textColor=ACCENT,
    keepWithNext=1,
)
H2 = ParagraphStyle(
    "h2", parent=H1, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4, textColor=ACCENT
)
H3 = ParagraphStyle("h3", parent=H2, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3)
TITLE = ParagraphStyle("title", parent=H1, fontSize=22, leading=27, spaceAfter=4)
COVER_NAME = ParagraphStyle(
    "cover_name", parent=H1, fontSize=19, leading=24, textColor=colors.black, spaceAfter=8
)
MISSING_CELL = ParagraphStyle("missing_cell", parent=CELL, fontName=SANS_ITALIC, textColor=MUTED)
LINK_SCHEMES = ("http://", "https://", "mailto:")  # not translated: URL schemes
FIGURE = ParagraphStyle(
    "figure", parent=BODY, fontName=SANS_BOLD, fontSize=20, leading=24, textColor=ACCENT
)


def text(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """One paragraph of user or questionnaire text, printed literally (never as markup)."""
    return Paragraph(markup(value), style)


def grid(rows: list[list[Any]], widths: list[float], extra: list[Any] | None = None) -> Table:
    """A table with a coloured head row (repeated on every page) and striped rows."""
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *(extra or []),
            ]
        )
    )
    return table


def link(url: str, style: ParagraphStyle = CELL) -> Paragraph:
    """A web address printed literally and, when it is a web or mail address, clickable."""
    shown = markup(url)
    if not url.strip().lower().startswith(LINK_SCHEMES) or any(c in url for c in '<>"\n'):
        return Paragraph(shown, style)
    target = escape(url.strip(), {'"': "&quot;"})
    return Paragraph(f'<a href="{target}" color="#0B57A4"><u>{shown}</u></a>', style)


def long_text(value: str, style: ParagraphStyle = BODY) -> list[Any]:
    """User text of any length: a paragraph per line, so it flows across pages."""
    flowables: list[Any] = []
    for line in lines_of(value):
        if line.strip():
            flowables.append(Paragraph(markup(line), style))
        elif flowables:
            flowables.append(Spacer(1, style.leading / 2))
    return flowables
