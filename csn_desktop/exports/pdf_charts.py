"""The summary's charts: use status and need by theme, as stacked bars drawn by reportlab."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.questionnaire import Question, Questionnaire
from csn_desktop.exports.pdf_text import SANS

# From "not aware" (pale) to "certified" (strong): the further along, the darker.
USE_COLOURS = ["#D9D9D9", "#F4B183", "#FFD966", "#9DC3E6", "#2E75B6", "#1F4E79"]
NEED_COLOURS = ["#E7E6E6", "#C5E0B4", "#70AD47", "#375623"]
LABEL_WIDTH = 175
LEGEND_X = 40


@dataclass(frozen=True)
class ThemeCounts:
    """How many answered standards of each theme have each choice of one matrix field."""

    field: Question
    themes: list[tuple[str, str]]  # (theme id, label), in definition order
    counts: dict[str, Counter[str]]  # theme id -> choice id -> count

    def total(self) -> int:
        return sum(sum(c.values()) for c in self.counts.values())


def count_by_theme(questionnaire: Questionnaire, answers: Answers, field: Question) -> ThemeCounts:
    """Count a matrix field's answers per theme (only answers the submission carries)."""
    counts: dict[str, Counter[str]] = {t.id: Counter() for t in questionnaire.themes}
    for standard in questionnaire.standards:
        value = answers.get(field.id, standard.code)
        if isinstance(value, str) and field.choice(value) is not None:
            counts.setdefault(standard.theme, Counter())[value] += 1
    themes = [(t.id, t.label) for t in questionnaire.themes]
    return ThemeCounts(field, themes, counts)


def theme_chart(data: ThemeCounts, palette: list[str], width: float, height: float) -> Drawing:
    """A horizontal stacked bar per theme, one colour per choice, with a legend underneath."""
    choices = data.field.choices
    legend_rows = (len(choices) + 2) // 3
    legend_height = 12 * legend_rows + 6
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = legend_height + 14
    chart.width = width - LABEL_WIDTH - 10
    chart.height = height - chart.y - 4
    chart.data = [
        [data.counts.get(theme_id, Counter())[choice.id] for theme_id, _ in data.themes]
        for choice in choices
    ]
    chart.categoryAxis.categoryNames = [_short(label) for _, label in data.themes]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = colors.HexColor("#A0A8B0")
    chart.valueAxis.valueMin = 0
    most = max((sum(c.values()) for c in data.counts.values()), default=0)
    chart.valueAxis.valueMax = max(most, 4)
    chart.valueAxis.valueStep = _step(max(most, 4))
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = colors.HexColor("#A0A8B0")
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5E8EB")
    chart.barSpacing = 0
    chart.groupSpacing = 3
    chart.bars.strokeColor = colors.white
    chart.bars.strokeWidth = 0.3
    for index, colour in enumerate(palette[: len(choices)]):
        chart.bars[index].fillColor = colors.HexColor(colour)
    drawing.add(chart)
    legend = Legend()
    legend.x = LEGEND_X
    legend.y = legend_height
    legend.fontName = SANS
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = legend_rows
    legend.dx = 7
    legend.dy = 7
    legend.deltax = (width - LEGEND_X) / 3
    legend.deltay = 11
    legend.strokeWidth = 0
    legend.colorNamePairs = [
        (colors.HexColor(colour), choice.label)
        for colour, choice in zip(palette, choices, strict=False)
    ]
    drawing.add(legend)
    return drawing


def _short(label: str) -> str:
    return label if len(label) <= 42 else label[:41].rstrip() + "…"


def _step(most: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100):
        if most / step <= 8:
            return step
    return 200
