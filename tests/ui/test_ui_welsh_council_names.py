"""In Welsh, councils are shown by their Welsh names: New assessment and the home list."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from csn_desktop.actions.directory import organisation_choices
from csn_desktop.actions.home import HomeRow
from csn_desktop.domain.counts import Progress
from csn_desktop.ui.home_model import AssessmentListModel
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog
from tests.welsh_language import welsh

# The suggestions are a popup, which the offscreen platform cannot raise or let grab keys.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def test_new_assessment_offers_welsh_names_found_by_either_name(
    qtbot: QtBot, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = make_window()
    assert window.database is not None
    with welsh(tmp_path / "translations", monkeypatch):
        dialog = NewAssessmentDialog(organisation_choices(window.database), window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        line = dialog.organisation.lineEdit()
        assert line is not None
        line.setFocus()
        qtbot.keyClicks(line, "Cardiff")
        assert dialog.suggestions.stringList()[0].startswith("Caerdydd — ")
        assert dialog.suggestions.stringList()[0].endswith("(W06000015)")
        line.clear()
        qtbot.keyClicks(line, "Rhondda Cynon")
        assert dialog.suggestions.stringList()[0].startswith("Rhondda Cynon Taf — ")
        line.clear()
        qtbot.keyClicks(line, "anglesey")
        assert dialog.suggestions.stringList()[0].startswith("Ynys Môn — ")
        assert dialog.request().gss_code == "W06000001"


def test_the_home_list_shows_the_welsh_name_in_welsh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    moment = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    rows = [
        HomeRow(
            1, "Cardiff", "W06000015", "2026/27", "draft", None, Progress(1, 2), moment, "Caerdydd"
        ),
        HomeRow(2, "Leeds", "E08000035", "2026/27", "draft", None, Progress(1, 2), moment),
    ]
    model = AssessmentListModel(rows)

    def shown() -> list[str]:
        return [model.data(model.index(n, 0), Qt.ItemDataRole.DisplayRole) for n in range(2)]

    assert shown() == ["Cardiff (W06000015)", "Leeds (E08000035)"]
    with welsh(tmp_path / "translations", monkeypatch):
        assert shown() == ["Caerdydd (W06000015)", "Leeds (E08000035)"]


def test_the_window_title_names_the_council_in_welsh(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    request = NewAssessment("2026/27", "W06000011", None, None)
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))
    window: MainWindow = make_window()
    with welsh(tmp_path / "translations", monkeypatch):
        window.menus.new.trigger()
        assert window.state is not None
        assert window.windowTitle().startswith("Abertawe — 2026/27")
        opened = window.state.loaded.summary.id
    window.show_home()
    window.open_assessment(opened)
    assert window.windowTitle().startswith("Swansea — 2026/27")
