"""An assessment reopens at the section and question where the officer left it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from csn_desktop.ui.main_window import MainWindow
from tests.ui.conftest import TypeText
from tests.ui.test_ui_accessibility import accessible_name
from tests.ui.test_ui_keyboard_focus import focused, open_council

CTRL = Qt.KeyboardModifier.ControlModifier


def reopened(make_window: Any, qtbot: QtBot) -> MainWindow:
    again: MainWindow = make_window()
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    again.reopen_last()
    assert again.assessment_page is not None
    return again


def test_reopens_at_the_question_left(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, type_text: TypeText
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_PageDown, CTRL)  # Strategy and governance
    QTest.keyClick(focused(), Qt.Key.Key_Tab)  # the procurement question's first choice
    QTest.keyClick(focused(), Qt.Key.Key_Tab)  # is someone responsible: yes
    assert "responsible" in focused().accessibleName()
    window.close()
    again = reopened(make_window, qtbot)
    page = again.assessment_page
    assert page is not None
    assert page.pages.currentIndex() == 1
    qtbot.waitUntil(lambda: "responsible" in focused().accessibleName())


def test_reopens_at_the_review_page_and_a_new_one_at_the_start(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    QTest.keyClick(focused(), Qt.Key.Key_R, CTRL)
    window.close()
    again = reopened(make_window, qtbot)
    page = again.assessment_page
    assert page is not None
    assert page.pages.currentWidget() is page.review
    assert page.review.list.hasFocus()
    assert page.review.list.currentIndex().row() == 0
    # Another council, never opened before: the first section, focus in the navigator.
    other = open_council(lambda: again, monkeypatch, qtbot, other="Friends of <Ynys Môn> & Co")
    other_page = other.assessment_page
    assert other_page is not None
    assert other_page.pages.currentIndex() == 0
    assert accessible_name(focused()) == "Sections"
