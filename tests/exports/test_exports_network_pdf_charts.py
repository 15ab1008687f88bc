"""The network PDF's charts: readable colours, share labels, withheld themes drawn as withheld."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Drawing, String

from csn_desktop.domain.known_ids import NEED, USE_STATUS
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.network_pdf_charts import NEED_PALETTE, USE_PALETTE, share_chart
from tests.exports.network_councils import council, figures_of


def contrast_with_white(colour: str) -> float:
    """The WCAG contrast ratio of ``#RRGGBB`` against white."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


@pytest.mark.parametrize(
    ("palette", "question_id"), [(USE_PALETTE, USE_STATUS), (NEED_PALETTE, NEED)]
)
def test_every_choice_has_its_own_colour_of_at_least_3_to_1_against_white(
    questionnaire: Questionnaire, palette: tuple[str, ...], question_id: str
) -> None:
    assert len(palette) == len(questionnaire.question(question_id).choices)
    assert len(set(palette)) == len(palette)
    assert all(contrast_with_white(colour) >= 3 for colour in palette)


def strings(drawing: Drawing) -> list[str]:
    return [shape.text for shape in drawing.contents if isinstance(shape, String)]


def test_shares_are_labelled_in_percent_on_an_axis_of_shares(
    questionnaire: Questionnaire,
) -> None:
    figures = figures_of(questionnaire, [council(n, questionnaire) for n in range(1, 31)])
    drawing = share_chart(figures, figures.use, questionnaire.question(USE_STATUS), USE_PALETTE)

    texts = strings(drawing)
    assert "Share of councils answering (%)" in texts
    assert {"0", "20", "40", "60", "80", "100"} <= set(texts)
    # Every council answers half its standards "fully used", half "not aware".
    assert texts.count("50%") == 2 * len(questionnaire.themes)
    assert "withheld" in texts  # in the legend only
    assert texts.count("withheld") == 1


def test_a_theme_with_no_published_figure_is_drawn_as_withheld(
    questionnaire: Questionnaire,
) -> None:
    figures = figures_of(questionnaire, [council(n, questionnaire) for n in range(1, 4)])
    drawing = share_chart(figures, figures.need, questionnaire.question(NEED), NEED_PALETTE)

    texts = strings(drawing)
    assert texts.count("withheld") == len(questionnaire.themes) + 1  # and the legend
    assert not [text for text in texts if text.endswith("%") and text[:-1].isdigit()]
