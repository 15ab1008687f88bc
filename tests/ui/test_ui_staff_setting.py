"""The Network menu is for network staff: hidden on an officer's computer unless set up."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings

from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.settings_staff import STAFF_ENV, STAFF_KEY


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_officers_never_see_the_network_menu(make_window: Any) -> None:
    window: MainWindow = make_window()
    assert "Net&work" not in menu_titles(window)
    assert not window.acceptDrops()


def test_the_staff_setting_shows_the_menu_and_is_remembered(
    make_window: Any, settings_path: Any
) -> None:
    window: MainWindow = make_window()
    [setting] = [
        a for a in window.menus.help.actions() if "network staff" in a.text().replace("&", "")
    ]
    assert setting.isCheckable() and not setting.isChecked()
    setting.trigger()
    assert menu_titles(window)[-2:] == ["Net&work", "&Help"]
    assert window.acceptDrops()
    window.close()
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert str(stored.value(STAFF_KEY)).lower() == "true"
    again: MainWindow = make_window()
    assert "Net&work" in menu_titles(again)
    [setting] = [
        a for a in again.menus.help.actions() if "network staff" in a.text().replace("&", "")
    ]
    setting.trigger()
    assert "Net&work" not in menu_titles(again)


def test_a_staff_install_sets_it_from_the_environment(
    make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(STAFF_ENV, "1")
    window: MainWindow = make_window()
    assert "Net&work" in menu_titles(window)
