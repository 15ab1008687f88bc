"""Changing the window's language at run time: save what is typed, rebuild the window, reopen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from csn_desktop.ui.language_menu import store_choice
from csn_desktop.ui.translation import application_display_name, chosen_language, install_language


def refuse_while_exporting(parent: QWidget) -> None:
    """Say why the language does not change now: a file is still being written."""
    from csn_desktop.ui.dialogs import MessageDialog

    MessageDialog.ask(
        parent,
        QCoreApplication.translate("LanguageSwitch", "The language cannot be changed yet"),
        QCoreApplication.translate(
            "LanguageSwitch", "Wait for the export to finish, then choose the language again."
        ),
    )


def close_own_windows(parent: QWidget) -> None:
    """Close the windows a window opened (network view, guide): each waits for its work."""
    for child in parent.findChildren(QWidget):
        if child.isWindow() and child.isVisible():
            child.close()


def change_language(settings: QSettings, choice: str) -> None:
    """Remember ``choice`` (a language, or "" to follow the system) and translate into it.

    The window is then built again by its own class (MainWindow.switch_language), so every
    text is in the new language, rather than each widget retranslating itself.
    """
    store_choice(settings, choice)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, chosen_language(settings))
    app.setApplicationDisplayName(application_display_name())
