"""Filters that take several values: the button's states and the counts they give."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from csn_desktop.ui.network.multi_select import ALL, MultiSelect
from tests.ui.network.conftest import OpenWindow


def test_the_button_shows_all_one_or_how_many(qtbot: QtBot) -> None:
    button = MultiSelect("Region", "regions")
    qtbot.addWidget(button)
    button.set_values(["London", "Wales", "Scotland"])
    assert button.accessibleName() == "Region" and button.text() == ALL
    assert button.chosen() == frozenset() and button.all_action.isChecked()
    with qtbot.wait_signal(button.changed):
        button.value_actions["Wales"].trigger()
    assert button.text() == "Wales" and not button.all_action.isChecked()
    button.value_actions["London"].trigger()
    assert button.text() == "2 regions"
    assert button.chosen() == {"London", "Wales"}
    assert "London, Wales" in button.accessibleDescription()
    button.set_values(["London", "Scotland"])  # Wales is no longer offered
    assert button.chosen() == {"London"}
    with qtbot.wait_signal(button.changed):
        button.all_action.trigger()
    assert button.chosen() == frozenset() and button.text() == ALL


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_space_ticks_an_entry_and_leaves_the_menu_open(qtbot: QtBot) -> None:
    button = MultiSelect("Nation", "nations")
    qtbot.addWidget(button)
    button.set_values(["England", "Wales"])
    button.show()
    menu = button.choices
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.wait_exposed(menu)
    menu.setActiveAction(button.value_actions["Wales"])
    event = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(menu, event)
    assert button.chosen() == {"Wales"}
    assert menu.isVisible()
    menu.close()


def test_two_regions_count_both(open_window: OpenWindow) -> None:
    window = open_window()
    data = window.data
    assert data is not None
    period = window.current_filters().period

    def counted(regions: set[str], *, drafts: bool = False) -> int:
        return sum(
            s.period == period and s.region in regions and (drafts or s.status == "final")
            for s in data.submissions
        )

    assert counted({s.region for s in data.submissions}) == window.councils_model.rowCount()
    by_region = {r: counted({r}, drafts=True) for r in data.choices()["region"]}
    first, second = sorted(by_region, key=lambda r: -by_region[r])[:2]
    window.filter_bar.drafts.setChecked(True)
    region = window.filter_bar.places["region"]
    region.value_actions[first].trigger()
    assert window.councils_model.rowCount() == by_region[first]
    region.value_actions[second].trigger()
    assert window.current_filters().regions == {first, second}
    both = by_region[first] + by_region[second]
    assert window.councils_model.rowCount() == both
    assert f"Counted: {both} councils." in window.header.councils.text()
    window.filter_bar.drafts.setChecked(False)
    assert window.councils_model.rowCount() == counted({first, second})
    window.clear_filters()
    assert region.text() == ALL and not window.filter_bar.drafts.isChecked()
    assert window.councils_model.rowCount() == counted(set(by_region))


def test_every_filter_and_tab_has_its_own_access_key(open_window: OpenWindow) -> None:
    window = open_window()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        texts = [window.tabs.tabText(n) for n in range(window.tabs.count())]
        texts += [
            label.text()
            for label in window.findChildren(QLabel)
            if label.buddy() is not None and label.isVisibleTo(window)
        ]
        texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
        keys = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
        assert len(keys) >= 14
        assert sorted(keys) == sorted(set(keys)), texts
