"""Periods typed 2026-27, 2026-2027 or 2026/2027 in the dialogs are shown and kept as 2026/27."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from csn_desktop.actions.directory import organisation_choices
from csn_desktop.ui.copy_forward_dialog import CopyForwardDialog
from csn_desktop.ui.new_assessment_dialog import NewAssessmentDialog
from tests.ui.conftest import TypeText


@pytest.mark.parametrize("typed", ["2026-27", "2026-2027", "2026/2027", "2026 – 27"])
def test_new_assessment_period_typed_another_way(
    qtbot: QtBot, make_window: Any, type_text: TypeText, typed: str
) -> None:
    window = make_window()
    dialog = NewAssessmentDialog(organisation_choices(window.database), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.organisation.setCurrentText("Cardiff")
    dialog.period.setFocus()
    qtbot.waitUntil(dialog.period.hasFocus)
    qtbot.keyClick(dialog.period, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.period, typed)  # one key event per character: "–" is not ASCII
    qtbot.keyClick(dialog.period, Qt.Key.Key_Tab)
    assert dialog.period.text() == "2026/27"
    assert dialog.request().period == "2026/27"


def test_continue_period_typed_another_way(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    dialog = CopyForwardDialog([], None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.period.setFocus()
    qtbot.waitUntil(dialog.period.hasFocus)
    qtbot.keyClick(dialog.period, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.period, "2027-2028")
    qtbot.keyClick(dialog.period, Qt.Key.Key_Tab)
    assert dialog.period.text() == "2027/28"


def test_a_period_that_is_not_a_year_is_left_as_typed(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    dialog = CopyForwardDialog([], None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.period.setFocus()
    qtbot.waitUntil(dialog.period.hasFocus)
    qtbot.keyClick(dialog.period, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.period, "2026-28")
    qtbot.keyClick(dialog.period, Qt.Key.Key_Tab)
    assert dialog.period.text() == "2026-28"
