"""The date editor: dd/mm/yyyy typed with keys, or a day picked from the calendar by keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from csn_desktop.ui.date_editor import DateEditor
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog
from csn_desktop.ui.question_field import QuestionField
from tests.ui.test_ui_main_window import field, show_section_of


@pytest.fixture
def window(make_window: Any, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    request = NewAssessment("2026/27", "W06000015", None, None)
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))
    window: MainWindow = make_window()
    window.menus.new.trigger()
    return window


def question_field(window: MainWindow, question_id: str) -> QuestionField:
    """The field of a top-level question, its section shown."""
    show_section_of(window, question_id)
    return field(window, question_id)


def date_editor(window: MainWindow, qtbot: QtBot) -> DateEditor:
    editor = question_field(window, "approved_on").editor
    assert isinstance(editor, DateEditor)
    editor.edit.setFocus()
    qtbot.waitUntil(editor.edit.hasFocus)
    return editor


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("01/12/2026", "01/12/2026"),
        ("1/12/2026", "01/12/2026"),
        ("01.12.2026", "01/12/2026"),
        ("1 December 2026", "01/12/2026"),
        ("2026-12-01", "01/12/2026"),
    ],
)
def test_a_date_typed_the_uk_way_is_stored_iso_and_shown_dd_mm_yyyy(
    window: MainWindow, qtbot: QtBot, typed: str, shown: str
) -> None:
    editor = date_editor(window, qtbot)
    qtbot.keyClicks(editor.edit, typed)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert window.state is not None
    assert window.state.value("approved_on") == "2026-12-01"
    assert editor.edit.text() == shown
    assert not question_field(window, "approved_on").problem.isVisible()


def test_a_date_that_does_not_exist_is_kept_and_explained(window: MainWindow, qtbot: QtBot) -> None:
    editor = date_editor(window, qtbot)
    qtbot.keyClicks(editor.edit, "31/02/2026")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Tab)
    assert window.state is not None
    assert window.state.value("approved_on") == "31/02/2026"
    assert editor.edit.text() == "31/02/2026"
    problem = question_field(window, "approved_on").problem
    assert problem.isVisible() and problem.text() == "⚠ This date does not exist."


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the pop-up, offscreen
def test_the_calendar_is_opened_moved_and_chosen_from_by_keyboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = date_editor(window, qtbot)
    qtbot.keyClicks(editor.edit, "01/12/2026")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = editor.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.calendar.selectedDate() == QDate(2026, 12, 1)
    assert popup.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    qtbot.waitUntil(lambda: popup.isAncestorOf(QApplication.focusWidget()))
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Return):  # 2nd, then a week on
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert window.state is not None
    assert window.state.value("approved_on") == "2026-12-09"
    assert editor.edit.text() == "09/12/2026"
    qtbot.waitUntil(editor.edit.hasFocus)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the pop-up, offscreen
def test_escape_closes_the_calendar_and_changes_nothing(window: MainWindow, qtbot: QtBot) -> None:
    editor = date_editor(window, qtbot)
    qtbot.keyClick(editor.edit, Qt.Key.Key_F4)
    popup = editor.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.waitUntil(lambda: popup.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert window.state is not None
    assert window.state.value("approved_on") is None
    assert editor.edit.text() == ""


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # the pop-up, offscreen
def test_the_calendar_button_is_reached_by_tab_and_opens_with_space(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = date_editor(window, qtbot)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(editor.pick.hasFocus)
    qtbot.keyClick(editor.pick, Qt.Key.Key_Space)
    assert editor.popup is not None
    qtbot.waitUntil(editor.popup.isVisible)
    assert editor.pick.accessibleName() == "Choose Date approved from a calendar"
