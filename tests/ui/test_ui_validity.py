"""Invalid answers are marked at the question (colour and text) and in the navigator; links
typed with www. are saved with https:// and the officer is told."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from csn_desktop.ui.editors import TextEditor
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.question_field import problem_colour
from tests.ui.conftest import TypeText
from tests.ui.test_ui_date_editor import question_field, window
from tests.ui.test_ui_scaling_and_palette import dark_palette

__all__ = ["window"]  # the fixture, used by name


def navigator_text(window: MainWindow, section_id: str) -> str:
    page = window.assessment_page
    assert page is not None and window.state is not None
    row = [s.id for s in window.state.questionnaire.sections].index(section_id)
    return str(page.navigator_model.index(row, 0).data())


def typed_into(qtbot: QtBot, window: MainWindow, question_id: str, text: str) -> TextEditor:
    editor = question_field(window, question_id).editor
    assert isinstance(editor, TextEditor)
    editor.edit.setFocus()
    qtbot.waitUntil(editor.edit.hasFocus)
    qtbot.keyClick(editor.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.edit, text)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    return editor


def contrast(one: QColor, two: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    palette = qapp.palette()
    yield qapp
    qapp.setPalette(palette)


def test_an_invalid_email_is_marked_at_the_question_and_in_the_navigator(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert "⚠" not in navigator_text(window, "about_council")
    typed_into(qtbot, window, "respondent_email", "sian at ynysmon")
    field = question_field(window, "respondent_email")
    assert field.problem.isVisible()
    assert field.problem.text() == "⚠ Enter an e-mail address such as name@council.gov.uk."
    text = navigator_text(window, "about_council")
    assert "⚠ 1 to fix" in text and not text.startswith("✓")

    typed_into(qtbot, window, "respondent_email", "sian@ynysmon.gov.wales")
    assert not field.problem.isVisible()
    assert "⚠" not in navigator_text(window, "about_council")


def test_the_section_tick_needs_every_answer_valid(
    window: MainWindow, qtbot: QtBot, type_text: TypeText
) -> None:
    for question_id in ("approved_by_name", "approved_by_role"):
        editor = question_field(window, question_id).editor
        assert isinstance(editor, TextEditor)
        editor.edit.setFocus()
        qtbot.waitUntil(editor.edit.hasFocus)
        type_text(editor.edit, "Siân ap Ŵyn, Ynys Môn")
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert window.state is not None
    assert window.state.value("approved_by_name") == "Siân ap Ŵyn, Ynys Môn"
    date_edit = question_field(window, "approved_on").editor.focus_target()
    date_edit.setFocus()
    qtbot.waitUntil(date_edit.hasFocus)
    qtbot.keyClicks(date_edit, "31/02/2026")
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    # Three answers stored, but the date does not exist: 2 of 3 given, one to fix, no tick.
    assert navigator_text(window, "sign_off") == "Sign-off  2/3  ⚠ 1 to fix"
    qtbot.keyClick(date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date_edit, "28/02/2026")
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    assert navigator_text(window, "sign_off") == "✓ Sign-off  3/3"


def test_four_themes_where_three_are_allowed_is_to_fix(window: MainWindow, qtbot: QtBot) -> None:
    field = question_field(window, "top_themes")
    boxes = field.editor.boxes  # type: ignore[attr-defined]
    for _choice, box in boxes[:4]:
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert field.problem.text() == "⚠ Choose at most 3."
    assert "⚠ 1 to fix" in navigator_text(window, "national_priorities")
    assert not navigator_text(window, "national_priorities").startswith("✓")


def test_problem_text_is_red_and_readable_in_light_and_dark_palettes(
    window: MainWindow, qtbot: QtBot, app_palette: QApplication
) -> None:
    typed_into(qtbot, window, "respondent_email", "not an address")
    field = question_field(window, "respondent_email")
    for palette in (QPalette(), dark_palette()):
        app_palette.setPalette(palette)
        qtbot.waitUntil(
            lambda p=palette: (
                field.problem.palette().color(QPalette.ColorRole.WindowText) == problem_colour(p)
            )
        )
        shown = field.problem.palette().color(QPalette.ColorRole.WindowText)
        assert shown.hslHue() == 0 and shown.hslSaturation() > 150  # red
        window_colour = palette.color(QPalette.ColorRole.Window)
        assert contrast(shown, window_colour) >= 4.5, (shown.name(), window_colour.name())


def test_a_www_link_is_saved_with_https_and_the_officer_is_told(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.state is not None
    window.state.save("strategy_status", "", "adopted")  # shows the strategy's web address
    editor = typed_into(qtbot, window, "strategy_url", "www.caerdydd.gov.uk/strategaeth")
    assert window.state.value("strategy_url") == "https://www.caerdydd.gov.uk/strategaeth"
    field = question_field(window, "strategy_url")
    assert field.note.isVisible()
    assert field.note.text() == "Saved as https://www.caerdydd.gov.uk/strategaeth"
    assert not field.problem.isVisible()
    assert editor.edit.text() == "www.caerdydd.gov.uk/strategaeth"  # not changed under the keys

    typed_into(qtbot, window, "strategy_url", "intranet/strategy")
    assert not field.note.isVisible()
    assert field.problem.text() == "⚠ Enter a web address starting with https:// or http://."
