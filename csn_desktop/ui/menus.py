"""The menu bar and its actions, with standard shortcuts; other features add their entries here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from csn_desktop.ui.language_menu import LanguageMenu


@dataclass
class Menus:
    """The menus and the actions the window connects.

    The File menu holds the assessment's files: ``export`` and ``export_template`` are wired
    to ui.exporter, which is loaded on first use to keep start-up fast.
    """

    file: QMenu
    edit: QMenu
    assessment: QMenu
    help: QMenu
    new: QAction
    copy_forward: QAction
    open: QAction
    home: QAction
    export: QAction
    export_template: QAction
    quit: QAction
    find: QAction
    next_section: QAction
    previous_section: QAction
    review: QAction
    finalise: QAction
    reopen: QAction
    about: QAction
    settings: QMenu
    language: LanguageMenu


def _action(
    menu: QMenu, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
) -> QAction:
    action = QAction(text, menu)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    menu.addAction(action)
    return action


def build_menus(window: QMainWindow) -> Menus:
    bar = window.menuBar()
    file = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    new = _action(
        file, QCoreApplication.translate("Menus", "&New assessment…"), QKeySequence.StandardKey.New
    )
    copy_forward = _action(
        file, QCoreApplication.translate("Menus", "&Continue from a previous period…")
    )
    open_ = _action(
        file,
        QCoreApplication.translate("Menus", "&Open selected assessment"),
        QKeySequence.StandardKey.Open,
    )
    home = _action(
        file, QCoreApplication.translate("Menus", "&Home (all assessments)"), "Ctrl+Shift+H"
    )
    file.addSeparator()
    export = _action(file, QCoreApplication.translate("Menus", "&Export…"), "Ctrl+E")
    export.setStatusTip(
        QCoreApplication.translate(
            "Menus", "Export the open assessment as a PDF report or an Excel submission."
        )
    )
    export_template = _action(
        file, QCoreApplication.translate("Menus", "Export blank Excel &template…")
    )
    export_template.setStatusTip(
        QCoreApplication.translate(
            "Menus",
            "Save the blank Excel workbook for a council that will answer in Excel, "
            "without the app.",
        )
    )
    file.addSeparator()
    quit_ = _action(
        file, QCoreApplication.translate("Menus", "&Quit"), QKeySequence.StandardKey.Quit
    )
    quit_.setMenuRole(QAction.MenuRole.QuitRole)
    edit = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    find = _action(
        edit, QCoreApplication.translate("Menus", "&Find standard"), QKeySequence.StandardKey.Find
    )
    assessment = bar.addMenu(QCoreApplication.translate("Menus", "&Assessment"))
    next_section = _action(
        assessment, QCoreApplication.translate("Menus", "&Next section"), "Ctrl+PgDown"
    )
    previous_section = _action(
        assessment, QCoreApplication.translate("Menus", "&Previous section"), "Ctrl+PgUp"
    )
    review = _action(assessment, QCoreApplication.translate("Menus", "&Review"), "Ctrl+R")
    assessment.addSeparator()
    finalise = _action(assessment, QCoreApplication.translate("Menus", "&Finalise…"))
    reopen = _action(assessment, QCoreApplication.translate("Menus", "Re&open…"))
    settings = bar.addMenu(QCoreApplication.translate("Menus", "Settin&gs"))
    language = LanguageMenu(settings)
    help_ = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    about = _action(help_, QCoreApplication.translate("Menus", "&About csn-desktop"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    return Menus(
        file, edit, assessment, help_, new, copy_forward, open_, home, export, export_template,
        quit_, find,
        next_section, previous_section, review, finalise, reopen, about, settings, language,
    )  # fmt: skip
