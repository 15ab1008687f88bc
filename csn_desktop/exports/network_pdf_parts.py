"""Building blocks of the network PDF: bookmarked headings, figures in words, plain tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from csn_desktop.domain.disclosure import Count, Withheld
from csn_desktop.domain.network_figures import NetworkFigures, figure_text, withheld_text
from csn_desktop.exports.pdf_pages import ACCENT, MUTED
from csn_desktop.exports.pdf_styles import BODY, CELL, H1, H2, H3, HEAD_CELL
from csn_desktop.exports.pdf_text import SANS_ITALIC, markup
from csn_desktop.i18n import _, format_percent

GRID = colors.HexColor("#C8D0D8")
STRIPE = colors.HexColor("#F3F6F9")
RESTRICTED_RED = colors.HexColor("#B00020")
H4 = ParagraphStyle(
    "h4", parent=H3, fontSize=9.5, leading=12, spaceBefore=6, textColor=colors.black
)
PROSE = ParagraphStyle("prose", parent=BODY, spaceAfter=5)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=8.5, leading=11, textColor=MUTED)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=2)
CELL_WITHHELD = ParagraphStyle(
    "cell_withheld", parent=CELL, fontName=SANS_ITALIC, textColor=MUTED, alignment=2
)
NOTICE = ParagraphStyle(
    "notice",
    parent=BODY,
    backColor=colors.HexColor("#FFF4D6"),
    borderColor=colors.HexColor("#E0B000"),
    borderWidth=0.5,
    borderPadding=6,
    spaceBefore=4,
    spaceAfter=10,
)
RESTRICTED_NOTICE = ParagraphStyle(
    "restricted_notice",
    parent=NOTICE,
    backColor=colors.HexColor("#FDE7EA"),
    borderColor=RESTRICTED_RED,
    textColor=RESTRICTED_RED,
)
# Headings stay with what follows them; H1 is where a new section starts on a page anyway.
_LEVELS = {
    0: ParagraphStyle("section", parent=H1, keepWithNext=1, spaceBefore=12),
    1: ParagraphStyle("subsection", parent=H2, keepWithNext=1),
    2: ParagraphStyle("heading3", parent=H3, keepWithNext=1),
    3: ParagraphStyle("heading4", parent=H4, keepWithNext=1),
}


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that the document template also enters in the PDF's outline (bookmarks)."""

    def __init__(self, title: str, level: int, style: ParagraphStyle | None = None) -> None:
        super().__init__(markup(title), style or _LEVELS[level])
        self.outline_title = title
        self.outline_level = level


def heading(title: str, level: int = 0, style: ParagraphStyle | None = None) -> Heading:
    """A section (0), subsection (1) or smaller heading (2, 3), bookmarked at its level."""
    return Heading(title, level, style)


def paragraph(words: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(markup(words), style)


def percent(share: float | Withheld) -> str:
    """A share as a percentage, or the withheld mark."""
    return withheld_text() if isinstance(share, Withheld) else format_percent(share)


def audience_text(figures: NetworkFigures) -> str:
    """Who the document is for, as the cover and every footer say it."""
    if figures.restricted:
        # TRANSLATORS: the audience of a network report that names councils.
        return _("RESTRICTED — for network staff only")
    # TRANSLATORS: the audience of a network report that may be shared with anyone.
    return _("Publishable")


def cell(value: str | Count | float | Withheld, *, number: bool = False) -> Paragraph:
    """A table cell: text, a count, or the withheld mark (set apart in italics)."""
    if isinstance(value, Withheld):
        return Paragraph(markup(withheld_text()), CELL_WITHHELD)
    if isinstance(value, int):
        return Paragraph(markup(figure_text(value)), CELL_RIGHT)
    if isinstance(value, float):
        return Paragraph(markup(percent(value)), CELL_RIGHT)
    return Paragraph(markup(value), CELL_RIGHT if number else CELL)


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[Any]], widths_mm: Sequence[float]
) -> Table:
    """A table with a coloured header row repeated on every page and striped rows.

    Rows hold flowables (see ``cell``); long free text never goes in a table.
    """
    data: list[list[Any]] = [[Paragraph(markup(h), HEAD_CELL) for h in header]]
    data += [list(row) for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(data), 2)]
    table.setStyle(TableStyle(style))
    return table
