"""No two things on one screen answer the same Alt+letter, and no two entries of one menu."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from csn_desktop.actions.directory import organisation_choices
from csn_desktop.ui.export_dialog import ExportDialog
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog

# "&&" is a literal ampersand; "&x" makes x the mnemonic.
MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def screen_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter the window answers now: its menus and the shown widgets' labels."""
    found: dict[str, list[str]] = defaultdict(list)
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    for action in bar.actions() if bar is not None else []:
        letter = mnemonic(action.text())
        if letter and action.isVisible():
            found[letter].append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton | QLabel):
            # A label's letter moves to its buddy; without one it does nothing.
            has_letter = not isinstance(widget, QLabel) or widget.buddy() is not None
            texts = [widget.text()] if has_letter else []
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                found[letter].append(f"{type(widget).__name__} {text}")
    return found


def clashes(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: where for letter, where in found.items() if len(where) > 1}


def menu_clashes(window: MainWindow) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for menu in window.menuBar().findChildren(QMenu) + window.findChildren(QMenu):
        found: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                found[letter].append(action.text())
        result.update({f"{menu.title()} {k}": v for k, v in clashes(found).items()})
    return result


def test_the_letter_finder_reads_qt_mnemonics() -> None:
    assert mnemonic("&File") == "f"
    assert mnemonic("Fi&nalise") == "n"
    assert mnemonic("Fish && &Chips") == "c"
    assert mnemonic("No mnemonic") is None
    assert clashes({"f": ["menu &File", "QPushButton &Finalise"], "e": ["menu &Edit"]}) == {
        "f": ["menu &File", "QPushButton &Finalise"]
    }


def test_no_screen_or_menu_has_two_of_one_letter(
    make_window: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = make_window()
    assert clashes(screen_mnemonics(window)) == {}, "home"
    assert menu_clashes(window) == {}
    request = NewAssessment("2026/27", "W06000015", None, None)
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))
    window.menus.new.trigger()
    page = window.assessment_page
    assert page is not None
    for row in range(page.navigator_model.rowCount()):
        page.show_section(row)
        name = page.navigator_model.index(row, 0).data()
        assert clashes(screen_mnemonics(window)) == {}, name
    assert menu_clashes(window) == {}


def test_no_dialog_has_two_of_one_letter(make_window: Any, qtbot: QtBot) -> None:
    window: MainWindow = make_window()
    assert window.database is not None
    dialogs: list[QWidget] = [
        NewAssessmentDialog(organisation_choices(window.database), window),
        ExportDialog(window, "Ynys Môn — 2026/27"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert clashes(screen_mnemonics(dialog)) == {}, type(dialog).__name__
