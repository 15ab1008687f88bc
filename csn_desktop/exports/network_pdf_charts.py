"""The network PDF's pictures: stacked share bars by theme, and the standards × use heatmap."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Paragraph, Table, TableStyle

from csn_desktop.domain.disclosure import DisclosedTable, Withheld
from csn_desktop.domain.network_figures import NetworkFigures, Share, withheld_text
from csn_desktop.domain.questionnaire import Question
from csn_desktop.exports.network_pdf_parts import GRID, percent
from csn_desktop.exports.pdf_pages import ACCENT, BODY_WIDTH
from csn_desktop.exports.pdf_styles import CELL, CELL_BOLD, HEAD_CELL
from csn_desktop.exports.pdf_text import SANS, SANS_BOLD, SANS_ITALIC, markup, single_font
from csn_desktop.i18n import N_, _, format_number

# Every colour has a contrast of at least 3:1 against white (so white labels on it read too),
# and neighbours differ in hue as well as lightness.
USE_PALETTE = ("#6B6B6B", "#8E44AD", "#C05600", "#00897B", "#1F5FA8", "#0B2545")
NEED_PALETTE = ("#6B6B6B", "#B8860B", "#2E7D32", "#1B4D20")
WITHHELD_FILL = colors.HexColor("#EDEDED")
WITHHELD_INK = colors.HexColor("#8A8A8A")
TEXT = colors.HexColor("#222222")
LABEL_WIDTH = 150.0
LABEL_SIZE = 8.0
AXIS_TITLE = N_("Share of councils answering (%)")
HEAT_TOP = colors.HexColor("#1F4E79")
HEAT_HEAD = ParagraphStyle("heat_head", parent=HEAD_CELL, fontSize=7, leading=8.5)
HEAT_CELL = ParagraphStyle("heat_cell", parent=CELL, fontSize=7.5, leading=9, alignment=2)
HEAT_LIGHT = ParagraphStyle("heat_light", parent=HEAT_CELL, textColor=colors.white)
HEAT_WITHHELD = ParagraphStyle(
    "heat_withheld", parent=HEAT_CELL, fontName=SANS_ITALIC, fontSize=6.5, textColor=TEXT
)
HEAT_STANDARD = ParagraphStyle("heat_standard", parent=CELL, fontSize=7, leading=8.5)


def share_chart(
    figures: NetworkFigures, table: DisclosedTable, field: Question, palette: Sequence[str]
) -> Drawing:
    """A stacked bar of shares per theme, one colour per choice, value labels, axis and legend.

    A theme whose shares are all withheld is drawn as a grey hatched bar marked withheld.
    """
    shares = figures.theme_shares(table)
    themes = [(t.id, t.label) for t in figures.questionnaire.themes]
    choices = [(c.id, c.label) for c in field.choices]
    width = BODY_WIDTH
    bar_left = LABEL_WIDTH + 8
    bar_width = width - bar_left - 12
    rows = [simpleSplit(single_font(label), SANS, LABEL_SIZE, LABEL_WIDTH) for _, label in themes]
    heights = [max(16.0, 9.0 * len(lines) + 6) for lines in rows]
    legend, legend_height = _legend(choices, palette, width)
    axis_height = 30.0
    body = sum(heights)
    drawing = Drawing(width, body + axis_height + legend_height)
    top = drawing.height
    for tick in range(0, 101, 20):
        x = bar_left + bar_width * tick / 100
        drawing.add(Line(x, top, x, top - body, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_string(x, top - body - 10, format_number(tick), anchor="middle"))
    title = single_font(_(AXIS_TITLE))
    drawing.add(
        _string(bar_left + bar_width / 2, top - body - 22, title, anchor="middle", bold=True)
    )
    y = top
    for (theme, _label), lines, height in zip(themes, rows, heights, strict=True):
        y -= height
        for k, line in enumerate(lines):
            baseline = y + height / 2 + (len(lines) / 2 - k - 1) * 9.0 + 2.5
            drawing.add(_string(LABEL_WIDTH, baseline, line, anchor="end"))
        bar_y, bar_h = y + (height - 12) / 2, 12.0
        by_column = shares.get(theme, {})
        if any(isinstance(by_column.get(c), Withheld) for c, _ in choices) or not by_column:
            _withheld_bar(drawing, bar_left, bar_y, bar_width, bar_h)
            continue
        x = bar_left
        for (choice, _label2), colour in zip(choices, _cycle(palette, len(choices)), strict=True):
            share = by_column.get(choice, 0.0)
            if isinstance(share, Withheld) or share <= 0:
                continue
            w = bar_width * share
            drawing.add(
                Rect(
                    x,
                    bar_y,
                    w,
                    bar_h,
                    fillColor=colors.HexColor(colour),
                    strokeColor=colors.white,
                    strokeWidth=0.8,
                )
            )
            words = percent(share)
            if w >= _text_width(words, 7) + 4:
                label = _string(x + w / 2, bar_y + 4, words, anchor="middle", size=7)
                label.fillColor = colors.white
                drawing.add(label)
            x += w
    drawing.add(Line(bar_left, top - body, bar_left + bar_width, top - body, strokeColor=TEXT))
    for shape in legend:
        drawing.add(shape)
    return drawing


def _withheld_bar(drawing: Drawing, x: float, y: float, w: float, h: float) -> None:
    drawing.add(
        Rect(x, y, w, h, fillColor=WITHHELD_FILL, strokeColor=WITHHELD_INK, strokeWidth=0.5)
    )
    step = 6.0
    offset = -h
    while offset < w:
        # A 45° line from (x + offset, y) to (x + offset + h, y + h), clipped to the bar.
        start = max(0.0, -offset)
        end = min(h, w - offset)
        if end > start:
            drawing.add(
                Line(
                    x + offset + start,
                    y + start,
                    x + offset + end,
                    y + end,
                    strokeColor=WITHHELD_INK,
                    strokeWidth=0.5,
                )
            )
        offset += step
    words = withheld_text()
    pad = _text_width(words, 7.5, SANS_ITALIC) / 2 + 4
    drawing.add(
        Rect(x + w / 2 - pad, y + 1.5, 2 * pad, h - 3, fillColor=WITHHELD_FILL, strokeColor=None)
    )
    label = _string(x + w / 2, y + 4, words, anchor="middle", size=7.5)
    label.fontName = SANS_ITALIC
    drawing.add(label)


def _legend(
    choices: Sequence[tuple[str, str]], palette: Sequence[str], width: float
) -> tuple[list[Any], float]:
    """Swatches and labels laid out in rows under the axis, wrapping to the page width."""
    items: list[tuple[str, colors.Color, bool]] = [
        (label, colors.HexColor(colour), False)
        for (_id, label), colour in zip(choices, _cycle(palette, len(choices)), strict=True)
    ]
    items.append((withheld_text(), WITHHELD_FILL, True))
    placed: list[tuple[float, int, str, colors.Color, bool]] = []
    x, line = 0.0, 0
    for label, colour, hatched in items:
        text = single_font(label)
        span = 14 + _text_width(text, 7.5) + 14
        if x and x + span > width:
            x, line = 0.0, line + 1
        placed.append((x, line, text, colour, hatched))
        x += span
    height = 14.0 * (line + 1) + 4
    shapes: list[Any] = []
    for x, row, text, colour, hatched in placed:
        y = height - 14.0 * (row + 1)
        stroke = WITHHELD_INK if hatched else colour
        shapes.append(Rect(x, y, 10, 10, fillColor=colour, strokeColor=stroke, strokeWidth=0.5))
        if hatched:
            shapes.append(Line(x, y, x + 10, y + 10, strokeColor=WITHHELD_INK, strokeWidth=0.5))
        shapes.append(_string(x + 14, y + 2, text, size=7.5))
    return shapes, height


def _cycle(palette: Sequence[str], count: int) -> list[str]:
    return [palette[i % len(palette)] for i in range(count)]


def _text_width(text: str, size: float, font: str = SANS) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def _string(
    x: float,
    y: float,
    text: str,
    *,
    anchor: str = "start",
    size: float = LABEL_SIZE,
    bold: bool = False,
) -> String:
    return String(
        x,
        y,
        text,
        fontName=SANS_BOLD if bold else SANS,
        fontSize=size,
        fillColor=TEXT,
        textAnchor=anchor,
    )


def heatmap(figures: NetworkFigures, field: Question) -> Table:
    """Standards grouped by theme × use status: each cell the share of councils answering.

    Cells are shaded by share (darker is more) and say the share in words, so the colour is
    never the only carrier; withheld cells are grey and say so.
    """
    use = figures.use
    columns = [c.id for c in field.choices]
    header = [_("Standard"), *(c.label for c in field.choices), _("Councils answering")]
    data: list[list[Any]] = [[Paragraph(markup(h), HEAT_HEAD) for h in header]]
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("GRID", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for theme, standards in figures.questionnaire.standards_by_theme():
        if not standards:
            continue
        row = len(data)
        data.append([Paragraph(markup(theme.label), CELL_BOLD)] + [""] * (len(header) - 1))
        style += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#E3EAF2")),
        ]
        for standard in standards:
            row = len(data)
            name = _("{code} {title}").format(code=standard.code, title=standard.title)
            cells: list[Any] = [Paragraph(markup(name), HEAT_STANDARD)]
            for k, column in enumerate(columns, start=1):
                share = use.share(standard.code, column)
                cells.append(_heat_cell(share))
                style.append(("BACKGROUND", (k, row), (k, row), _heat_colour(share)))
            answering = use.councils(standard.code)
            cells.append(_heat_cell(answering))
            if isinstance(answering, Withheld):
                style.append(("BACKGROUND", (-1, row), (-1, row), WITHHELD_FILL))
            data.append(cells)
    first = 52 * mm
    last = 17 * mm
    middle = (BODY_WIDTH - first - last) / max(len(columns), 1)
    table = Table(data, colWidths=[first, *[middle] * len(columns), last], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def heat_legend() -> Table:
    """The shading's key: five steps from 0% to 100%, and the withheld mark."""
    steps = [(0.1, "0–20%"), (0.3, "20–40%"), (0.5, "40–60%"), (0.7, "60–80%"), (0.9, "80–100%")]
    cells: list[Any] = [Paragraph(markup(_("Share of councils answering:")), HEAT_STANDARD)]
    style: list[tuple[Any, ...]] = [
        ("GRID", (1, 0), (-1, 0), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for k, (share, words) in enumerate(steps, start=1):
        cells.append(Paragraph(markup(words), HEAT_LIGHT if share > 0.5 else HEAT_CELL))
        style.append(("BACKGROUND", (k, 0), (k, 0), _heat_colour(share)))
    cells.append(Paragraph(markup(withheld_text()), HEAT_WITHHELD))
    style.append(("BACKGROUND", (-1, 0), (-1, 0), WITHHELD_FILL))
    table = Table([cells], colWidths=[45 * mm] + [18 * mm] * 6, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _heat_cell(value: Share | int) -> Paragraph:
    if isinstance(value, Withheld):
        return Paragraph(markup(withheld_text()), HEAT_WITHHELD)
    if isinstance(value, int):
        return Paragraph(markup(format_number(value)), HEAT_CELL)
    return Paragraph(markup(percent(value)), HEAT_LIGHT if value > 0.5 else HEAT_CELL)


def _heat_colour(share: Share) -> colors.Color:
    """White at 0%, the accent at 100%; withheld cells grey."""
    if isinstance(share, Withheld):
        return WITHHELD_FILL
    return colors.linearlyInterpolatedColor(colors.white, HEAT_TOP, 0, 1, share)
