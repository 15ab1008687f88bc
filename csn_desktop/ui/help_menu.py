"""Guidance in the menus: Help → How to complete an assessment (F1), Keyboard shortcuts, and
Assessment → About this questionnaire (the start page)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget

from csn_desktop.ui.menus import Menus

if TYPE_CHECKING:  # the assessment page is imported when an assessment is first opened
    from csn_desktop.ui.assessment_page import AssessmentPage


class GuidedWindow(Protocol):
    """What the guidance needs of the main window."""

    menus: Menus
    stack: QStackedWidget

    @property
    def assessment_page(self) -> AssessmentPage | None: ...


class Guidance(QObject):
    """The guidance actions of a main window; the dialogs are created when first asked for."""

    def __init__(self, window: QMainWindow, guided: GuidedWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guided = guided
        menus = guided.menus
        first_help = menus.help.actions()[0]
        self.guide = self._action(
            menus.help,
            first_help,
            QCoreApplication.translate("Guidance", "&How to complete an assessment"),
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )
        self.shortcuts = self._action(
            menus.help, first_help, QCoreApplication.translate("Guidance", "&Keyboard shortcuts")
        )
        menus.help.insertSeparator(first_help)
        first = menus.assessment.actions()[0]
        self.about_questionnaire = self._action(
            menus.assessment,
            first,
            QCoreApplication.translate("Guidance", "About this &questionnaire"),
        )
        menus.assessment.insertSeparator(first)
        self.guide.triggered.connect(self.show_guide)
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.about_questionnaire.triggered.connect(self.show_start_page)
        guided.stack.currentChanged.connect(self._update)
        self._update()

    def _action(
        self, menu: QMenu, before: QAction, text: str, keys: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, menu)
        if keys is not None:
            action.setShortcut(keys)
        menu.insertAction(before, action)
        return action

    def _update(self) -> None:
        self.about_questionnaire.setEnabled(self.guided.assessment_page is not None)

    def show_guide(self) -> None:
        from csn_desktop.ui.help_guide import HelpGuide

        guide = self.window.findChild(HelpGuide)
        if guide is None:
            guide = HelpGuide(self.window)
        guide.show()
        guide.activateWindow()

    def show_shortcuts(self) -> None:
        from csn_desktop.ui.help_shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.window.menuBar(), self.window)
        dialog.setObjectName("shortcuts")
        dialog.open()

    def show_start_page(self) -> None:
        page = self.guided.assessment_page
        if page is not None:
            page.show_start()
            page.start_page.setFocus()
