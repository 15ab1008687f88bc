"""In Welsh, no page, dialog or menu of the window still shows a text in its English source."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.definition.translations import localised, text_places
from csn_desktop.ui import dialogs, keep_dialogs
from csn_desktop.ui.export_dialog import ExportDialog
from csn_desktop.ui.language_menu import LANGUAGES, MENU_TITLE
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog
from csn_desktop.ui.settings_staff import STAFF_ENV
from csn_desktop.ui.translation import install_language
from tests.ui.test_ui_language_switch import open_window, successor, switching

__all__ = ["switching"]  # the fixture, used by name

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
WELSH_TS = FOLDER / "qt" / "csn_desktop_cy.ts"
# Proper names, codes and the bilingual language menu: the same in both languages.
ALLOWED = {"csn-desktop", MENU_TITLE.replace("&", ""), *(name for _c, name in LANGUAGES)}
# The dialogs' own ask(), kept before the window tests' fixtures replace them with scripts.
REAL_ASK = {
    (owner, "ask"): owner.__dict__["ask"]
    for owner in (
        dialogs.ConfirmDialog,
        dialogs.MessageDialog,
        dialogs.ReopenDialog,
        keep_dialogs.UnsavedDialog,
        keep_dialogs.DuplicateDialog,
    )
}
# Actions not to trigger: leaving, and the choices that rebuild or reshape the window.
SKIPPED = re.compile(r"quit|language|staff", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\\\{\w*\\\}|%L?\d|%n")
_TAG = re.compile(r"<[^>]+>")
_MNEMONIC = re.compile(r"&(?=[^&\s])")


def normal(text: str) -> str:
    """The words a person reads: no markup, no mnemonic ampersands, single spaces."""
    text = _TAG.sub(" ", text.replace("&&", "\0"))
    text = html.unescape(_MNEMONIC.sub("", text)).replace("\0", "&")
    return " ".join(text.split())


class EnglishSources:
    """The English source of every text the Welsh catalogues translate differently (or not at
    all): a text shown that is one of them, filled in or not, is still English."""

    def __init__(self, pairs: Iterable[tuple[str, str | None]]) -> None:
        self.exact: set[str] = set()
        patterns: list[str] = []
        for english, welsh in pairs:
            source = normal(english)
            if welsh is not None and normal(welsh) == source:
                continue  # the same in Welsh: a name, a code, a format
            escaped = re.escape(source)
            if _PLACEHOLDER.search(escaped) is None:
                self.exact.add(source)
            elif len(re.findall(r"[A-Za-z]", _PLACEHOLDER.sub("", escaped))) >= 4:
                patterns.append(_PLACEHOLDER.sub(".+?", escaped))
        self.filled = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
        self._known: dict[str, bool] = {}

    def is_english(self, text: str) -> bool:
        known = self._known.get(text)
        if known is None:
            known = self._known[text] = self._is_english(normal(text))
        return known

    def _is_english(self, shown: str) -> bool:
        if shown in ALLOWED or len(re.findall(r"[A-Za-z]", shown)) < 2:
            return False
        if shown in self.exact:
            return True
        return self.filled is not None and self.filled.fullmatch(shown) is not None


def qt_pairs(template: Path, welsh: Path) -> Iterator[tuple[str, str | None]]:
    translated: dict[tuple[str, str], str] = {}
    for context in ET.parse(welsh).getroot().iter("context"):
        for message in context.iter("message"):
            found = message.find("translation")
            if found is not None and not found.get("type"):
                forms = [f.text or "" for f in found.findall("numerusform")] or [found.text or ""]
                key = (context.findtext("name") or "", message.findtext("source") or "")
                translated[key] = forms[0]
    for context in ET.parse(template).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source:
                yield source, translated.get((context.findtext("name") or "", source)) or None


def gettext_pairs(template: Path, welsh: Path) -> Iterator[tuple[str, str | None]]:
    from babel.messages.pofile import read_po

    with welsh.open("rb") as stream:
        catalogue = read_po(stream)
    with template.open("rb") as stream:
        for message in read_po(stream):
            if not message.id:
                continue
            ids = list(message.id) if isinstance(message.id, tuple | list) else [message.id]
            found = catalogue.get(ids[0], context=message.context)
            strings = found.string if found is not None and not found.fuzzy else ""
            forms = list(strings) if isinstance(strings, tuple | list) else [strings]
            for english in ids:
                yield english, forms[0] or None


def questionnaire_pairs(library: QuestionnaireLibrary) -> Iterator[tuple[str, str | None]]:
    for questionnaire in library.questionnaires:
        welsh = dict(text_places(localised(questionnaire, "cy")))
        for place, english in text_places(questionnaire):
            shown = welsh.get(place)
            yield english, None if shown == english else shown


def model_texts(model: QAbstractItemModel | None, limit: int = 300) -> Iterator[str]:
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    top = QModelIndex()
    # A list model keeps columnCount private: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for section in range(columns):
        for role in roles:
            yield str(model.headerData(section, Qt.Orientation.Horizontal, role) or "")
    for row in range(min(model.rowCount(top), limit)):
        for column in range(columns):
            for role in roles:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    yield value


def action_texts(action: QAction) -> Iterator[str]:
    yield from (action.text(), action.toolTip(), action.statusTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()
        for inner in menu.actions():
            yield from action_texts(inner)


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Every text a person can see or hear from ``widget`` (not what they typed)."""
    yield from (widget.toolTip(), widget.statusTip(), widget.whatsThis())
    yield from (widget.accessibleName(), widget.accessibleDescription())
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
        # The licences (Help → About) stay as their authors wrote them.
        if widget.isReadOnly() and getattr(widget.window(), "notices", None) is not widget:
            yield from widget.toPlainText().splitlines()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield from (widget.tabText(i), widget.tabToolTip(i))
    if isinstance(widget, QAbstractItemView):
        yield from model_texts(widget.model())
    if isinstance(widget, QMenu):
        yield widget.title()
    for action in widget.actions():
        yield from action_texts(action)


def still_english(root: QWidget, english: EnglishSources, where: str) -> set[str]:
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        for text in widget_texts(widget):
            for line in text.splitlines() or [text]:
                if english.is_english(line):
                    found.add(f"{where} / {type(widget).__name__}: {normal(line)}")
    return found


class DialogWalker(QObject):
    """While it runs, every modal dialog that opens is walked, then closed without acting."""

    def __init__(self, english: EnglishSources) -> None:
        super().__init__()
        self.english = english
        self.found: set[str] = set()
        self.walked: list[str] = []
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        shown = QApplication.activeModalWidget()
        if shown is None:
            return
        name = type(shown).__name__
        self.walked.append(name)
        self.found |= still_english(shown, self.english, f"dialog {name}")
        if isinstance(shown, QDialog):
            shown.reject()
        else:
            shown.close()


def menu_actions(window: MainWindow) -> Iterator[QAction]:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            for action in menu.actions():
                if not action.isSeparator() and action.menu() is None:
                    yield action


@pytest.fixture
def welsh_catalogues() -> Iterator[None]:
    if not WELSH_TS.is_file():
        pytest.skip("the window's Welsh catalogue (qt/csn_desktop_cy.ts) is not written yet")
    script = ROOT / "scripts" / "translations.py"
    subprocess.run([sys.executable, str(script), "compile"], check=True)
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en_GB")


def test_every_page_dialog_and_menu_speaks_welsh(
    welsh_catalogues: None,
    switching: None,
    db_path: Path,
    settings_path: Path,
    library: QuestionnaireLibrary,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = EnglishSources(
        [
            *qt_pairs(FOLDER / "qt" / "csn_desktop.ts", WELSH_TS),
            *qt_pairs(FOLDER / "qt" / "qtbase_cy.ts", FOLDER / "qt" / "qtbase_cy.ts"),
            *gettext_pairs(
                FOLDER / "csn_desktop.pot", FOLDER / "cy" / "LC_MESSAGES" / "csn_desktop.po"
            ),
            *questionnaire_pairs(library),
        ]
    )
    monkeypatch.setenv(STAFF_ENV, "1")  # the Network menu too
    request = NewAssessment("2026/27", "W06000001", None, "Siân")
    with monkeypatch.context() as scripted:
        scripted.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = open_window(qtbot, db_path, settings, library)
        window.menus.new.trigger()
    window.menus.language.actions["cy_GB"].trigger()
    welsh = successor(window)
    assert welsh.menus.file.title() != "&File", "the window did not change language"
    for (owner, name), real in REAL_ASK.items():
        monkeypatch.setattr(owner, name, real)
    found: set[str] = set()
    page = welsh.assessment_page
    assert page is not None
    found |= still_english(welsh, english, "window")  # its menus and every page, as built
    page.show_start()
    found |= still_english(page.pages.currentWidget(), english, "start page")
    for row in range(page.navigator_model.rowCount()):
        page.show_section(row)  # every section, the matrix and, last, the review: as shown
        name = page.navigator_model.index(row, 0).data()
        found |= still_english(page.pages.currentWidget(), english, f"page {name}")
    walker = DialogWalker(english)
    assert welsh.state is not None
    ExportDialog.ask(welsh, welsh.state.title)
    dialogs.ConfirmDialog.ask(welsh, welsh.state.title, welsh.state.title, "Cadw")
    for action in list(menu_actions(welsh)):
        if action.isEnabled() and not SKIPPED.search(action.text() + action.objectName()):
            action.trigger()
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    walker.timer.stop()
    found |= walker.found
    for top in QApplication.topLevelWidgets():
        if top.isVisible() and top is not welsh:
            found |= still_english(top, english, f"window {type(top).__name__}")
    welsh.show_home()
    found |= still_english(welsh, english, "home")
    assert walker.walked, "no dialog was opened from the menus"
    assert not found, "Still in English:\n" + "\n".join(sorted(found))
