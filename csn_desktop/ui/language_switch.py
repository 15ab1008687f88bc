"""Changing the window's language at run time: save what is typed, rebuild the window, reopen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from csn_desktop.ui.language_menu import store_choice, stored_choice
from csn_desktop.ui.translation import application_display_name, chosen_language, install_language

if TYPE_CHECKING:
    from csn_desktop.ui.main_window import MainWindow


def switch_language(window: MainWindow, choice: str) -> MainWindow | None:
    """Show the window in ``choice`` (a language, or "" to follow the system); the new window.

    Every page is built again, so every text is in the new language, rather than each widget
    retranslating itself: what is typed is saved first (text that cannot be saved is kept as a
    draft), and the same assessment is reopened at the same place. None when nothing changed
    (the same choice, an export still running, or the officer chose to keep editing).
    """
    from csn_desktop.ui.dialogs import MessageDialog
    from csn_desktop.ui.main_window import MainWindow

    settings = window.settings
    if choice == stored_choice(settings):
        return None
    if window.exporter is not None and window.exporter.is_running():
        window.menus.language.show_choice(stored_choice(settings))
        MessageDialog.ask(
            window,
            QCoreApplication.translate("LanguageSwitch", "The language cannot be changed yet"),
            QCoreApplication.translate(
                "LanguageSwitch", "Wait for the export to finish, then choose the language again."
            ),
        )
        return None
    if not window.may_close_assessment():
        window.menus.language.show_choice(stored_choice(settings))
        return None
    # Its own windows (network view, guide) first: each waits for the work it has under way.
    for child in window.findChildren(QWidget):
        if child.isWindow() and child.isVisible():
            child.close()
    open_id = window.state.assessment_id if window.state is not None else None
    window.close_assessment()  # every answer saved, the place remembered
    store_choice(settings, choice)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, chosen_language(settings))
    app.setApplicationDisplayName(application_display_name())
    settings.setValue("window/geometry", window.saveGeometry())
    successor = MainWindow(window.location, settings, window.library)
    if not successor.load():
        successor.deleteLater()
        return None  # it said why; the old window stays, on the home page
    # The lock on the database passes to the new window; the old one must not release it.
    successor.lock, window.lock = window.lock, None
    if window.isMaximized():
        successor.showMaximized()
    else:
        successor.show()
    # Closed after the new one is shown, so the application keeps running; deleted once back in
    # the event loop (this runs in one of its slots), with its application-wide event filters.
    window.close()
    window.deleteLater()
    successor.activateWindow()
    if open_id is not None:
        successor.open_assessment(open_id)  # shown, so the focus returns to the field left
    return successor
