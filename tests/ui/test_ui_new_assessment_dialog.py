"""New assessment: finding the council by any of its names, typed key by key."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from csn_desktop.actions.directory import organisation_choices
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessmentDialog
from tests.ui.conftest import TypeText

# The suggestions are a popup, which the offscreen platform cannot raise or let grab keys.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def dialog(qtbot: QtBot, make_window: Any) -> NewAssessmentDialog:
    window: MainWindow = make_window()
    assert window.database is not None
    opened = NewAssessmentDialog(organisation_choices(window.database), window)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def council_line(dialog: NewAssessmentDialog) -> QLineEdit:
    line = dialog.organisation.lineEdit()
    assert line is not None
    line.setFocus()
    return line


def suggestions(dialog: NewAssessmentDialog) -> list[str]:
    return dialog.suggestions.stringList()


def choose_first(qtbot: QtBot, dialog: NewAssessmentDialog) -> None:
    completer = dialog.organisation.completer()
    assert completer is not None
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_caerdydd_finds_cardiff(qtbot: QtBot, dialog: NewAssessmentDialog) -> None:
    qtbot.keyClicks(council_line(dialog), "Caerdydd")
    assert suggestions(dialog)[0] == "Cardiff — principal council, Wales (W06000015)"
    choose_first(qtbot, dialog)
    assert dialog.organisation.currentText() == "Cardiff — principal council, Wales (W06000015)"
    assert dialog.request().gss_code == "W06000015"


def test_ynys_mon_with_or_without_its_accent(
    qtbot: QtBot, dialog: NewAssessmentDialog, type_text: TypeText
) -> None:
    line = council_line(dialog)
    qtbot.keyClicks(line, "ynys mon")
    assert suggestions(dialog)[0].startswith("Isle of Anglesey — ")
    line.clear()
    type_text(line, "Ynys Môn")
    assert line.text() == "Ynys Môn"
    assert suggestions(dialog)[0].startswith("Isle of Anglesey — ")
    # Typed in full and matching one council only: taken without choosing from the list.
    assert dialog.request().gss_code == "W06000001"


def test_rother_and_rotherham_are_told_apart(qtbot: QtBot, dialog: NewAssessmentDialog) -> None:
    qtbot.keyClicks(council_line(dialog), "rother")
    shown = suggestions(dialog)
    assert shown[:2] == [
        "Rother — district, East Sussex (E07000064)",
        "Rotherham — metropolitan borough, South Yorkshire (E08000018)",
    ]
    assert shown[-1] == dialog.other
    choose_first(qtbot, dialog)
    assert dialog.request().gss_code == "E07000064"


def test_an_official_name_and_a_code_find_the_council(
    qtbot: QtBot, dialog: NewAssessmentDialog
) -> None:
    line = council_line(dialog)
    qtbot.keyClicks(line, "City of Cardiff")
    assert suggestions(dialog)[0].endswith("(W06000015)")
    line.clear()
    qtbot.keyClicks(line, "e08000018")
    assert suggestions(dialog)[0].startswith("Rotherham — ")


def test_the_respondent_is_typed_and_returned(
    qtbot: QtBot, dialog: NewAssessmentDialog, type_text: TypeText
) -> None:
    qtbot.keyClicks(council_line(dialog), "Caerdydd")
    dialog.respondent.setFocus()
    type_text(dialog.respondent, "Siân Ŵyn")
    assert dialog.request().respondent == "Siân Ŵyn"
