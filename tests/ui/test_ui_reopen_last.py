"""At start the window reopens the assessment that was open when it was last closed."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog


@pytest.fixture
def first(make_window: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[MainWindow, int]:
    window: MainWindow = make_window()
    for gss_code in ("W06000015", "E08000035"):
        request = NewAssessment("2026/27", gss_code, None, None)
        monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a, r=request: r))
        window.menus.new.trigger()
    assert window.state is not None
    first_id = window.state.assessment_id
    window.menus.home.trigger()
    window.open_assessment(first_id)  # Cardiff, opened last
    return window, first_id


def test_the_open_assessment_is_reopened(
    first: tuple[MainWindow, int], make_window: Any, qtbot: QtBot
) -> None:
    window, assessment_id = first
    window.close()
    again: MainWindow = make_window()
    assert again.state is None
    again.reopen_last()
    assert again.state is not None
    assert again.state.assessment_id == assessment_id
    assert again.stack.currentWidget() is again.assessment_page
    assert again.menus.export.isEnabled()


def test_closed_from_home_it_is_only_selected(
    first: tuple[MainWindow, int], make_window: Any, qtbot: QtBot
) -> None:
    window, assessment_id = first
    window.menus.home.trigger()
    window.close()
    again: MainWindow = make_window()
    again.reopen_last()
    assert again.state is None
    assert again.home.current_id() == assessment_id
