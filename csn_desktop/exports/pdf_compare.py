"""The report's "How you compare" section: the council beside its peer groups, by theme."""

from __future__ import annotations

import textwrap
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from csn_desktop.domain.comparison import Comparison, group_label, share_text
from csn_desktop.domain.disclosure import Withheld
from csn_desktop.domain.network_figures import Share
from csn_desktop.exports.pdf_pages import ACCENT, BODY_WIDTH
from csn_desktop.exports.pdf_styles import BODY, CELL, CELL_BOLD, H1, H3, HEAD_CELL, SMALL, text
from csn_desktop.exports.pdf_text import SANS
from csn_desktop.i18n import _, format_number, format_percent

# The council first, then the UK, its nation and its authority type: each at least 4.5:1 on
# white, and told apart by the legend's order as well as by colour.
SERIES_COLOURS = ("#C00000", "#1F4E79", "#7030A0", "#548235")
LABEL_WIDTH = 150
LABEL_CHARACTERS = 34  # of a theme's name at 7 points, per line left of the bars
LABEL_ROOM = 34  # right of the bars, so that a full bar's value label is never cut
BAR = 5.5
GRID = colors.HexColor("#C8D0D8")
AXIS = colors.HexColor("#6B7580")


def compare_section(comparison: Comparison | None) -> list[Any]:
    """The section's flowables; none when no peer benchmark is loaded."""
    if comparison is None:
        return []
    flow: list[Any] = [
        CondPageBreak(80 * mm),
        text(_("How you compare"), H1),
        text(
            _(
                "For each theme, the share of the standards you answered that you use at least "
                "in part, beside the same share among the councils of the UK, of your nation and "
                "of your authority type. Peer figures about too few councils are withheld."
            ),
            BODY,
        ),
        Spacer(1, 2 * mm),
        text(
            _("Peer benchmark: {benchmark}.").format(benchmark=comparison.description),
            SMALL,
        ),
        Spacer(1, 3 * mm),
    ]
    if not comparison.themes:
        return flow
    title = text(_("Standards in use, by theme: you and your peers"), H3)
    flow.append(KeepTogether([title, share_chart(comparison, BODY_WIDTH)]))
    flow += [Spacer(1, 4 * mm), _table(comparison)]
    return flow


def share_chart(comparison: Comparison, width: float) -> Drawing:
    """Horizontal bars per theme, one per series, each labelled with its share or "withheld"."""
    names = [_("Your council"), *(group_label(g) for g in comparison.groups)]
    series: list[list[Share | None]] = [[row.yours for row in comparison.themes]]
    series += [[row.peers[n] for row in comparison.themes] for n in range(len(comparison.groups))]
    legend_rows = (len(names) + 1) // 2
    legend_height = 12 * legend_rows + 4
    axis_title = 14
    plot = len(comparison.themes) * (len(names) * BAR + 8)
    height = plot + legend_height + axis_title + 22
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = legend_height + axis_title + 14
    chart.width = width - LABEL_WIDTH - LABEL_ROOM
    chart.height = plot
    # reportlab draws a group's first series at the bottom: reversed, the council comes on top.
    order = list(reversed(range(len(series))))
    chart.data = [[_bar(v) for v in series[n]] for n in order]
    chart.categoryAxis.categoryNames = [_wrapped(row.label) for row in comparison.themes]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.leading = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = AXIS
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 1
    chart.valueAxis.valueStep = 0.25
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = format_percent
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5E8EB")
    chart.barWidth = BAR
    chart.barSpacing = 0
    chart.groupSpacing = 8
    chart.bars.strokeColor = None
    chart.bars.strokeWidth = 0
    for index, n in enumerate(order):
        chart.bars[index].fillColor = colors.HexColor(SERIES_COLOURS[n])
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[_label(v) for v in series[n]] for n in order]
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(
        String(
            chart.x + chart.width / 2,
            legend_height + 4,
            _("Share of answered standards used at least in part"),
            fontName=SANS,
            fontSize=7,
            textAnchor="middle",
        )
    )
    legend = Legend()
    legend.x = LABEL_WIDTH
    legend.y = legend_height - 2
    legend.fontName = SANS
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = legend_rows
    legend.dx = 7
    legend.dy = 7
    legend.deltax = (width - LABEL_WIDTH) / 2
    legend.deltay = 12
    legend.strokeWidth = 0
    legend.colorNamePairs = [
        (colors.HexColor(colour), name) for colour, name in zip(SERIES_COLOURS, names, strict=False)
    ]
    drawing.add(legend)
    return drawing


def _table(comparison: Comparison) -> Table:
    heads = [_("Theme"), _("Your council"), *(group_label(g) for g in comparison.groups)]
    rows: list[list[Any]] = [[text(h, HEAD_CELL) for h in heads]]
    for row in comparison.themes:
        yours = share_text(row.yours, comparison.minimum)
        if row.answered:
            yours = _("{share} ({in_use} of {answered})").format(
                share=yours,
                in_use=format_number(row.in_use),
                answered=format_number(row.answered),
            )
        cells = [text(row.label, CELL_BOLD), text(yours, CELL)]
        cells += [text(share_text(p, comparison.minimum), CELL) for p in row.peers]
        rows.append(cells)
    first = 52 * mm
    rest = (BODY_WIDTH - first) / (len(heads) - 1)
    table = Table(rows, colWidths=[first] + [rest] * (len(heads) - 1), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _bar(value: Share | None) -> float:
    return 0.0 if value is None or isinstance(value, Withheld) else value


def _label(value: Share | None) -> str:
    if value is None:
        # TRANSLATORS: a chart's bar label: the council answered none of a theme's standards.
        return _("not answered")
    if isinstance(value, Withheld):
        # TRANSLATORS: a chart's bar label in place of a figure about too few councils.
        return _("withheld")
    return format_percent(value)


def _wrapped(label: str) -> str:
    """A theme's name on up to three lines that fit left of the bars, never cut short."""
    return "\n".join(textwrap.wrap(label, LABEL_CHARACTERS)) or label
