"""The window's texts in another language: a Welsh catalogue compiled, installed, then removed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from csn_desktop.ui import translation
from csn_desktop.ui.home_page import HomePage
from csn_desktop.ui.menus import build_menus
from csn_desktop.ui.network import network_rows
from csn_desktop.ui.network.figure_table import FigureTableModel

WELSH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Safle</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def welsh_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A compiled Welsh catalogue where install_language looks for the window's catalogues."""
    source = tmp_path / "csn_desktop_cy.ts"
    source.write_text(WELSH_TS, encoding="utf-8")
    (tmp_path / "qt").mkdir()
    compiled = tmp_path / "qt" / "csn_desktop_cy.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True)
    monkeypatch.setattr(translation, "translations_dir", lambda: tmp_path)
    return compiled


def test_the_window_speaks_welsh_then_english(qtbot: QtBot, welsh_catalogue: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication) and welsh_catalogue.is_file()
    try:
        translation.install_language(app, "cy")
        home = HomePage()
        qtbot.addWidget(home)
        window = QMainWindow()
        qtbot.addWidget(window)
        assert home.open_button.text() == "&Agor"
        assert build_menus(window).file.title() == "&Ffeil"
        assert home.new_button.text() == "&New assessment…"  # not in the catalogue: as written
        # Column headers are marked where defined and translated where shown.
        demand = FigureTableModel(network_rows.DEMAND_COLUMNS)
        assert demand.headerData(0, Qt.Orientation.Horizontal) == "Safle"
    finally:
        translation.install_language(app, "en_GB")
    english = HomePage()
    qtbot.addWidget(english)
    assert english.open_button.text() == "&Open"
    assert build_menus(QMainWindow(english)).file.title() == "&File"


def test_english_plural_forms_agree_with_the_count(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's %n texts are written in the plural; the English catalogue gives the singular."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    (tmp_path / "qt").mkdir()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    source = Path(translation.__file__).parents[2] / "resources/translations/qt/csn_desktop_en.ts"
    compiled = tmp_path / "qt" / "csn_desktop_en.qm"
    subprocess.run([str(lrelease), str(source), "-qm", str(compiled)], check=True)
    monkeypatch.setattr(translation, "translations_dir", lambda: tmp_path)
    text = "%n required answers are missing."
    try:
        for language in ("en_GB", "fr"):  # under any language without its own catalogue
            translation.install_language(app, language)
            one = QCoreApplication.translate("ReviewPage", text, "", 1)
            two = QCoreApplication.translate("ReviewPage", text, "", 2)
            assert one == "1 required answer is missing."
            assert two == "2 required answers are missing."
    finally:
        translation.install_language(app, "en_GB")
