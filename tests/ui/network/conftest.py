"""A network window over a database filled with demo assessments, loaded and ready."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from csn_desktop.actions.demo import fill_demo
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.storage.database import Database
from csn_desktop.ui.network.network_window import NetworkWindow
from csn_desktop.ui.settings_staff import STAFF_ENV

DEMO_COUNCILS = 40
OpenWindow = Callable[[], NetworkWindow]


def wait_loaded(qtbot: QtBot, window: NetworkWindow) -> None:
    """Wait for the load the window started (it fills the tables on the GUI thread)."""
    if window.loader is not None and window.loader.is_running():
        with qtbot.wait_signal(window.loaded, timeout=30_000):
            pass


@pytest.fixture(autouse=True)
def staff_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Network menu is shown only on a computer set up for network staff."""
    monkeypatch.setenv(STAFF_ENV, "1")


@pytest.fixture
def demo_database(app_database: Database, library: QuestionnaireLibrary) -> Database:
    fill_demo(app_database, library.latest(), councils=DEMO_COUNCILS, seed=2)
    return app_database


@pytest.fixture
def open_window(qtbot: QtBot, demo_database: Database, library: QuestionnaireLibrary) -> OpenWindow:
    def open_() -> NetworkWindow:
        window = NetworkWindow(demo_database, library)
        qtbot.addWidget(window)
        wait_loaded(qtbot, window)
        assert window.data is not None
        return window

    return open_
