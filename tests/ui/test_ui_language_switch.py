"""Settings → Language / Iaith: the window changes language at run time and loses nothing typed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment
from csn_desktop.actions.demo import fill_demo
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.paths import assessments_dir
from csn_desktop.ui import translation
from csn_desktop.ui.editors import LongTextEditor
from csn_desktop.ui.language_menu import MENU_TITLE
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.network.hook import open_network_window
from csn_desktop.ui.settings_staff import STAFF_ENV
from csn_desktop.ui.translation import LANGUAGE_KEY
from tests.ui.conftest import TypeText
from tests.ui.network.conftest import wait_loaded
from tests.ui.test_ui_main_window import field, new_request, show_section_of

__all__ = ["new_request"]  # the fixture, used by name

TYPED = "Mae'r cyngor yn defnyddio ŵ ŷ"
LABEL_EN = "Is there anything else you would like to tell the network?"
LABEL_CY = "Oes unrhyw beth arall yr hoffech ei ddweud wrth y rhwydwaith?"

WINDOW_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
</context>
</TS>
"""

QUESTIONNAIRE_PO = f"""msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: cy\\n"

msgctxt "question/network_other/label"
msgid "{LABEL_EN}"
msgstr "{LABEL_CY}"

msgctxt "theme/data-interoperability"
msgid "Data and interoperability"
msgstr "Data a rhyngweithredu"
"""


@pytest.fixture
def welsh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[QuestionnaireLibrary]:
    """A compiled Welsh window catalogue, and the questionnaires with one label in Welsh."""
    (tmp_path / "qt").mkdir()
    source = tmp_path / "csn_desktop_cy.ts"
    source.write_text(WINDOW_TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    compiled = tmp_path / "qt" / "csn_desktop_cy.qm"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    monkeypatch.setattr(translation, "translations_dir", lambda: tmp_path)
    folder = tmp_path / "assessments"
    shutil.copytree(assessments_dir(), folder)
    for definition in folder.glob("*.yaml"):
        po = definition.with_name(f"{definition.stem}.cy.po")
        po.write_text(QUESTIONNAIRE_PO, encoding="utf-8")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield QuestionnaireLibrary.load(folder)
    translation.install_language(app, "en_GB")


@pytest.fixture
def switching() -> Iterator[None]:
    """Windows a switch replaces are deleted by it, so they are not given to qtbot (which would
    close them again); whichever window is left is closed here."""
    yield
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()


def open_window(qtbot: QtBot, db_path: Path, settings: QSettings, library: Any) -> MainWindow:
    """A window on ``db_path``, shown and active (use with the ``switching`` fixture)."""
    window = MainWindow(db_path, settings, library)
    assert window.load()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def successor(old: MainWindow) -> MainWindow:
    """The window that replaced ``old`` (deleted from the next turn of the event loop)."""
    found = successor_or_none(old)
    assert found is not None, "the new window replaces the old one"
    return found


def successor_or_none(old: MainWindow) -> MainWindow | None:
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w is not old and w.isVisible()
    ]
    assert len(shown) <= 1
    return shown[0] if shown else None


def test_switching_keeps_what_is_typed_and_shows_the_other_language(
    qtbot: QtBot,
    switching: None,
    welsh: QuestionnaireLibrary,
    db_path: Path,
    settings_path: Path,
    new_request: None,
    type_text: TypeText,
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = open_window(qtbot, db_path, settings, welsh)
    window.menus.new.trigger()
    show_section_of(window, "network_other")
    editor = field(window, "network_other").editor
    assert isinstance(editor, LongTextEditor)
    editor.edit.setFocus()
    assert editor.edit.hasFocus()
    type_text(editor.edit, TYPED)  # and the field is not left before the switch
    assert field(window, "network_other").label.text().startswith(f"<b>{LABEL_EN}")
    menu = window.menus.language.menu
    assert menu.title() == MENU_TITLE == "&Language / Iaith"
    assert window.menus.language.actions[""].isChecked()  # follows the system by default

    window.menus.language.actions["cy_GB"].trigger()

    cymraeg = successor(window)
    assert settings.value(LANGUAGE_KEY) == "cy_GB"
    assert cymraeg.menus.language.actions["cy_GB"].isChecked()
    assert cymraeg.menus.file.title() == "&Ffeil"
    calendar = QCalendarWidget()  # as the date editor makes it, after the switch
    qtbot.addWidget(calendar)
    assert calendar.locale().monthName(1) == "Ionawr"
    assert cymraeg.menus.language.menu.title() == "&Language / Iaith"  # never translated
    reopened = field(cymraeg, "network_other")
    assert reopened.label.text().startswith(f"<b>{LABEL_CY}")
    assert isinstance(reopened.editor, LongTextEditor)
    assert reopened.editor.edit.toPlainText() == TYPED
    # Reopened where it was left: the same field has the focus.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is cymraeg)
    assert reopened.editor.edit.hasFocus()
    assert cymraeg.state is not None
    stored = load_assessment(cymraeg.state.database, welsh, cymraeg.state.assessment_id)
    assert stored.answers.get("network_other", "") == TYPED
    # The answers are ids: the Welsh questionnaire is the same questionnaire.
    assert cymraeg.state.questionnaire.source_sha256 == stored.questionnaire.source_sha256
    assert cymraeg.state.questionnaire.language == "cy"

    cymraeg.menus.language.actions["en_GB"].trigger()

    english = successor(cymraeg)
    assert settings.value(LANGUAGE_KEY) == "en_GB"
    assert english.menus.file.title() == "&File"
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().monthName(1) == "January"
    again = field(english, "network_other")
    assert again.label.text().startswith(f"<b>{LABEL_EN}")
    assert isinstance(again.editor, LongTextEditor)
    assert again.editor.edit.toPlainText() == TYPED


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the view is brought forward
def test_the_network_view_shows_the_questionnaire_in_welsh(
    qtbot: QtBot,
    switching: None,
    welsh: QuestionnaireLibrary,
    db_path: Path,
    settings_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(STAFF_ENV, "1")
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = open_window(qtbot, db_path, settings, welsh)
    window.menus.language.actions["cy_GB"].trigger()
    cymraeg = successor(window)
    assert cymraeg.database is not None
    fill_demo(cymraeg.database, welsh.latest(), councils=12, seed=2)
    network = open_network_window(cymraeg)
    assert network is not None
    wait_loaded(qtbot, network)
    assert network.questionnaire.theme_label("data-interoperability") == "Data a rhyngweithredu"
    # The figures' tables name the themes in Welsh too (the standards keep their titles).
    model = network.demand_model
    shown = {
        str(model.data(model.index(row, column)))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }
    assert "Data a rhyngweithredu" in shown
    assert "Data and interoperability" not in shown
    network.close()


def test_following_the_system_forgets_the_choice(
    qtbot: QtBot,
    switching: None,
    welsh: QuestionnaireLibrary,
    db_path: Path,
    settings_path: Path,
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = open_window(qtbot, db_path, settings, welsh)
    window.menus.language.actions["cy_GB"].trigger()
    cymraeg = successor(window)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the old window is deleted
    cymraeg.menus.language.actions[""].trigger()
    system = successor(cymraeg)
    assert settings.value(LANGUAGE_KEY) is None
    assert system.menus.language.actions[""].isChecked()
    assert system.menus.file.title() == "&File"
    # The same choice again changes nothing: no new window.
    system.menus.language.actions[""].trigger()
    assert successor(cymraeg) is system


def test_qt_own_buttons_and_menus_speak_welsh(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt has no Welsh: the app's qtbase_cy catalogue names its standard buttons and menus."""
    (tmp_path / "qt").mkdir()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    source = Path(translation.__file__).parents[2] / "resources/translations/qt/qtbase_cy.ts"
    compiled = tmp_path / "qt" / "qtbase_cy.qm"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    monkeypatch.setattr(translation, "translations_dir", lambda: tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        translation.install_language(app, "cy_GB")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Yes
            | QDialogButtonBox.StandardButton.No
        )
        qtbot.addWidget(buttons)
        texts = {b.text().replace("&", "") for b in buttons.buttons()}
        assert texts == {"Iawn", "Canslo", "Ie", "Na"}
        edit = QLineEdit()
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        words = [a.text().replace("&", "").split("\t")[0] for a in menu.actions() if a.text()]
        assert {"Dadwneud", "Ailwneud", "Torri", "Copïo", "Gludo", "Dileu"} <= set(words)
        assert QKeySequence("Ctrl+Space").toString(QKeySequence.SequenceFormat.NativeText) == (
            "Ctrl+Bylchwr"
        )
    finally:
        translation.install_language(app, "en_GB")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(english)
    assert english.buttons()[0].text() == "Cancel"


class _Busy:
    def is_running(self) -> bool:
        return True

    def shutdown(self) -> None:
        pass


def test_no_switch_while_an_export_is_written(
    qtbot: QtBot,
    switching: None,
    welsh: QuestionnaireLibrary,
    db_path: Path,
    settings_path: Path,
    answered: Any,
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = open_window(qtbot, db_path, settings, welsh)
    window.exporter = _Busy()  # type: ignore[assignment]
    window.menus.language.actions["cy_GB"].trigger()
    assert successor_or_none(window) is None
    assert answered.messages == ["Wait for the export to finish, then choose the language again."]
    assert window.menus.language.actions[""].isChecked()  # the choice in force, ticked again
    assert settings.value(LANGUAGE_KEY) is None
    assert window.menus.file.title() == "&File"
    window.exporter = None
