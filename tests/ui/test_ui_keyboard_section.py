"""A whole section answered by keyboard alone: Tab, typing, Space, arrows and Enter."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.progress import requirements
from csn_desktop.ui.main_window import MainWindow
from tests.ui.conftest import TypeText
from tests.ui.test_ui_accessibility import accessible_name
from tests.ui.test_ui_keyboard_focus import focused, open_council


def tab_to(name: str, limit: int = 40) -> int:
    """Press Tab until the control named ``name`` has the focus; how many presses it took."""
    for pressed in range(limit):
        if accessible_name(focused()) == name:
            return pressed
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r}")


def test_about_your_council_by_keyboard_alone(
    make_window: Any,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    type_text: TypeText,
    library: QuestionnaireLibrary,
) -> None:
    window: MainWindow = open_council(make_window, monkeypatch, qtbot)
    keys = 0

    def press(key: Qt.Key) -> None:
        nonlocal keys
        QTest.keyClick(focused(), key)
        keys += 1

    def typed(text: str) -> None:
        nonlocal keys
        type_text(focused(), text)
        keys += len(text)

    press(Qt.Key.Key_Tab)
    assert accessible_name(focused()) == "Your name"
    typed("Siân Ŵyn ap Llŷr")
    press(Qt.Key.Key_Tab)
    typed("Swyddog Digidol")
    press(Qt.Key.Key_Tab)
    typed("sian.wyn@ynysmon.gov.uk")
    press(Qt.Key.Key_Tab)
    assert accessible_name(focused()).startswith("Chief executive")
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)
    assert accessible_name(focused()) == "Digital and IT"
    press(Qt.Key.Key_Space)
    keys += tab_to("We do not have one")  # past the other teams to the strategy's choices
    press(Qt.Key.Key_Down)  # "It is being developed", chosen as the focus moves
    press(Qt.Key.Key_Down)  # "Adopted but not yet funded"
    keys += tab_to("Who leads the strategy?")  # shown now that there is a strategy
    typed("Pennaeth Digidol, Cyngor Sir Ynys Môn")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Tab)
    assert accessible_name(focused()) == "Link to the published strategy"
    typed("https://www.ynysmon.llyw.cymru/strategaeth")
    press(Qt.Key.Key_Return)
    print(f"keys for the section: {keys}")

    assert window.database is not None and window.state is not None
    loaded = load_assessment(window.database, library, window.state.assessment_id)
    value = loaded.answers.get
    assert value("respondent_name", "") == "Siân Ŵyn ap Llŷr"
    assert value("respondent_role", "") == "Swyddog Digidol"
    assert value("respondent_email", "") == "sian.wyn@ynysmon.gov.uk"
    assert value("departments", "") == ["leadership_policy", "digital_it"]
    assert value("strategy_status", "") == "adopted"
    assert value("strategy_lead", "") == "Pennaeth Digidol, Cyngor Sir Ynys Môn"
    assert value("strategy_url", "") == "https://www.ynysmon.llyw.cymru/strategaeth"
    missing = [
        r.question_id
        for r in requirements(loaded.questionnaire, loaded.answers)
        if r.section_id == "about_council" and not r.answered
    ]
    assert missing == []
