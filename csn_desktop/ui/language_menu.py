"""Settings → Language / Iaith: follow the system, English or Cymraeg, remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from csn_desktop.ui.translation import LANGUAGE_KEY

# Bilingual and never translated: whoever cannot read the language shown still finds it.
MENU_TITLE = "&Language / Iaith"  # not translated: bilingual on purpose
# The choices besides "follow the system", each named in its own language.
LANGUAGES = (
    ("en_GB", "English"),  # not translated: a language's own name
    ("cy_GB", "Cymraeg"),  # not translated: a language's own name
)
FOLLOW_SYSTEM = ""  # the stored choice "follow the system": no value under LANGUAGE_KEY


def stored_choice(settings: QSettings) -> str:
    """The language chosen in the menu (``cy_GB``), or FOLLOW_SYSTEM."""
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) else FOLLOW_SYSTEM


def store_choice(settings: QSettings, choice: str) -> None:
    if choice == FOLLOW_SYSTEM:
        settings.remove(LANGUAGE_KEY)
    else:
        settings.setValue(LANGUAGE_KEY, choice)


class LanguageMenu(QObject):
    """The submenu of exclusive choices; ``chosen`` gives the choice the user picked."""

    chosen = Signal(str)

    def __init__(self, parent_menu: QMenu) -> None:
        super().__init__(parent_menu)
        self.menu = parent_menu.addMenu(MENU_TITLE)
        self.menu.setObjectName("language")  # not translated: an object name
        group = QActionGroup(self)
        group.setExclusive(True)
        follow = QCoreApplication.translate("LanguageMenu", "&Follow the system")
        self.actions: dict[str, QAction] = {}
        for choice, text in ((FOLLOW_SYSTEM, follow), *LANGUAGES):
            action = QAction(text, self.menu)
            action.setCheckable(True)
            action.setData(choice)
            group.addAction(action)
            self.menu.addAction(action)
            action.triggered.connect(lambda _checked=False, c=choice: self.chosen.emit(c))
            self.actions[choice] = action
        self.menu.insertSeparator(self.actions[LANGUAGES[0][0]])

    def show_choice(self, choice: str) -> None:
        """Tick ``choice`` (an unknown stored value ticks nothing)."""
        action = self.actions.get(choice)
        if action is not None:
            action.setChecked(True)
