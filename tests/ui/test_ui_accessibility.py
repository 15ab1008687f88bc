"""Every focusable widget has an accessible name; the dark palette and no fixed colours."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from csn_desktop.ui import new_assessment_dialog
from csn_desktop.ui.main_window import focusable_widgets
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()}"
        for w in focusable_widgets(root)
        if not accessible_name(w).strip()
    ]


def test_every_focusable_widget_has_a_name(
    make_window: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    assert unnamed(window) == []
    request = NewAssessment("2026/27", "E08000035", None, None)
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))
    window.menus.new.trigger()
    page = window.assessment_page
    assert page is not None
    for row in range(page.navigator_model.rowCount()):
        page.show_section(row)
        current = page.pages.currentWidget()
        assert unnamed(current) == [], page.navigator_model.index(row, 0).data()
    assert unnamed(window) == []


def test_new_assessment_dialog(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    from csn_desktop.actions.directory import organisation_choices

    dialog = NewAssessmentDialog(organisation_choices(window.database), window)
    qtbot.addWidget(dialog)
    assert unnamed(dialog) == []
    cardiff = "Cardiff — principal council, Wales (W06000015)"
    assert cardiff in [dialog.organisation.itemText(i) for i in range(dialog.organisation.count())]
    dialog.organisation.setCurrentText(cardiff)
    dialog.period.setText("2026/28")
    dialog.accept()
    assert "2026/27" in dialog.problem.text()
    dialog.period.setText("2027/28")
    assert dialog.request() == NewAssessment("2027/28", "W06000015", None, None)
    dialog.organisation.setCurrentText(new_assessment_dialog.OTHER)
    assert dialog.other_name.isEnabled()
    dialog.other_name.setText("Smart Cymru")
    assert dialog.request().other_organisation == "Smart Cymru"
