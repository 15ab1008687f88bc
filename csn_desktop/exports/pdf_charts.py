"""The summary's chart: per theme, the share of its standards in use and needed, drawn by hand."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from csn_desktop.domain.report_summary import ThemeShare
from csn_desktop.exports.pdf_text import SANS, SANS_BOLD
from csn_desktop.i18n import _, format_number

# Both at least 3:1 against white and against each other (tested), so neither hides.
IN_USE_COLOUR = "#0B2A4A"  # not translated: a colour
NEEDED_COLOUR = "#D06A00"  # not translated: a colour
AXIS = colors.HexColor("#5A6570")
GRID_LINE = colors.HexColor("#D5DADF")
LABEL_WIDTH = 150.0
VALUE_ROOM = 78.0  # room right of the longest bar for its value label
FONT_SIZE = 7.5
LEADING = 9.0
BAR = 7.5
LEGEND_HEIGHT = 18.0
AXIS_HEIGHT = 30.0


def share_chart(themes: list[ThemeShare], width: float) -> Drawing:
    """Two bars per theme (in use, needed) as shares of its standards, labelled with values."""
    rows = [(t, simpleSplit(t.label, SANS, FONT_SIZE, LABEL_WIDTH - 8)) for t in themes]
    heights = [max(2 * BAR + 8, len(lines) * LEADING + 6) for _t, lines in rows]
    plot_height = sum(heights)
    height = LEGEND_HEIGHT + plot_height + AXIS_HEIGHT
    drawing = Drawing(width, height)
    left = LABEL_WIDTH
    span = width - LABEL_WIDTH - VALUE_ROOM
    bottom = AXIS_HEIGHT
    _legend(drawing, left, height - 10)
    for tick in range(0, 101, 25):
        x = left + span * tick / 100
        drawing.add(
            Line(x, bottom, x, bottom + plot_height, strokeColor=GRID_LINE, strokeWidth=0.5)
        )
        drawing.add(
            String(
                x,
                bottom - 10,
                _("{percent}%").format(percent=format_number(tick)),
                fontName=SANS,
                fontSize=FONT_SIZE,
                fillColor=AXIS,
                textAnchor="middle",
            )
        )
    drawing.add(Line(left, bottom, left, bottom + plot_height, strokeColor=AXIS, strokeWidth=0.7))
    drawing.add(
        String(
            left + span / 2,
            4,
            _("Share of the theme's standards"),
            fontName=SANS_BOLD,
            fontSize=FONT_SIZE,
            fillColor=AXIS,
            textAnchor="middle",
        )
    )
    top = bottom + plot_height
    for (theme, lines), row_height in zip(rows, heights, strict=True):
        middle = top - row_height / 2
        first = middle + (len(lines) - 1) * LEADING / 2 - FONT_SIZE / 3
        for index, line in enumerate(lines):
            drawing.add(
                String(
                    left - 6,
                    first - index * LEADING,
                    line,
                    fontName=SANS,
                    fontSize=FONT_SIZE,
                    textAnchor="end",
                )
            )
        for offset, count, colour in (
            (1, theme.in_use, IN_USE_COLOUR),
            (-1, theme.needed, NEEDED_COLOUR),
        ):
            y = middle + (0.5 if offset > 0 else -BAR - 0.5)
            length = span * theme.share(count)
            drawing.add(
                Rect(left, y, length, BAR, fillColor=colors.HexColor(colour), strokeColor=None)
            )
            drawing.add(
                String(
                    left + length + 3,
                    y + 1.8,
                    _value(count, theme.standards),
                    fontName=SANS,
                    fontSize=FONT_SIZE - 0.5,
                )
            )
        top -= row_height
    return drawing


def _value(count: int, total: int) -> str:
    percent = round(100 * count / total) if total else 0
    # TRANSLATORS: a bar's value label, e.g. "40% (4 of 10)".
    return _("{percent}% ({count} of {total})").format(
        percent=format_number(percent), count=format_number(count), total=format_number(total)
    )


def _legend(drawing: Drawing, x: float, y: float) -> None:
    for colour, words in (
        (IN_USE_COLOUR, _("In use, at least in part")),
        (NEEDED_COLOUR, _("Needed or essential")),
    ):
        drawing.add(Rect(x, y - 1, 9, 7, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(String(x + 13, y, words, fontName=SANS, fontSize=FONT_SIZE))
        x += 26 + stringWidth(words, SANS, FONT_SIZE)
