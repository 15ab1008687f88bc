"""The main window: home list and assessment pages, menus, status bar, remembered geometry."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from csn_desktop.actions.home import HomeList
from csn_desktop.ui.home_page import HomePage
from csn_desktop.ui.language_menu import stored_choice
from csn_desktop.ui.menus import build_menus
from csn_desktop.ui.messages import describe_error

if TYPE_CHECKING:
    from csn_desktop.actions.instance_lock import InstanceLock

    # The database layer (SQLAlchemy) and the questionnaires (when the home list came from the
    # stored summaries) are imported only once the window is shown.
    from csn_desktop.definition.library import QuestionnaireLibrary
    from csn_desktop.storage.database import Database
    from csn_desktop.ui.assessment_page import AssessmentPage
    from csn_desktop.ui.assessment_state import AssessmentState
    from csn_desktop.ui.edit_actions import EditActions
    from csn_desktop.ui.exporter import Exporter
    from csn_desktop.ui.help_menu import Guidance
    from csn_desktop.ui.home_keeper import HomeKeeper

log = logging.getLogger(__name__)
LAST_ASSESSMENT = "last_assessment"
# Whether LAST_ASSESSMENT was open when the window closed: it is then reopened at start.
REOPEN_AT_START = "reopen_last_assessment"


class MainWindow(QMainWindow):
    """Opens the database with ``load()``; closing saves pending answers and gives up the lock.

    Without a ``library``, ``load()`` loads the questionnaires first. With ``complete=False``
    only what the first paint of the home list shows is built; ``complete()`` adds the rest.
    """

    def __init__(
        self,
        location: str | Path,
        settings: QSettings,
        library: QuestionnaireLibrary | None,
        lock: InstanceLock | None = None,
        *,
        complete: bool = True,
    ) -> None:
        super().__init__()
        self.location = location
        self.settings = settings
        self.library = library
        self.lock = lock
        self.database: Database | None = None
        self.state: AssessmentState | None = None
        self.assessment_page: AssessmentPage | None = None
        self.setWindowTitle(self.tr("City Standards Network — self-assessment"))
        self.stack = QStackedWidget(self)
        self.home = HomePage(self.stack)
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self.save_status = QLabel("", self)
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_status)
        self.menus = build_menus(self)
        # Loaded on first use: the export flow's modules would slow the window's start.
        self.exporter: Exporter | None = None
        self.keeper: HomeKeeper | None = None
        self.completed = False
        if complete:
            self.complete()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self.screen().availableGeometry().size() * 0.7)

    def complete(self) -> None:
        """Add what the first paint of the home list does not need: the edit actions, the
        network, guidance and comparison menus, the home list's keeper, the menus' connections
        (once; at start just after that paint, before the database opens)."""
        if self.completed:
            return
        self.completed = True
        from csn_desktop.ui.benchmark_loading import install_benchmark_loading
        from csn_desktop.ui.compare_page import install_compare_page
        from csn_desktop.ui.edit_actions import EditActions
        from csn_desktop.ui.help_menu import Guidance
        from csn_desktop.ui.home_keeper import HomeKeeper
        from csn_desktop.ui.network.hook import install_network_menu

        self.editing: EditActions = EditActions(self, self.menus.edit)
        install_network_menu(self)
        self.guidance: Guidance = Guidance(self, self)
        install_compare_page(self, install_benchmark_loading(self, self.menus.file))
        self.keeper = HomeKeeper(self, self.menus.home)
        self._connect()
        self.update_actions()

    def _connect(self) -> None:
        m = self.menus
        m.new.triggered.connect(self.new_assessment)
        self.home.new_button.clicked.connect(self.new_assessment)
        m.copy_forward.triggered.connect(self.continue_previous)
        self.home.copy_button.clicked.connect(self.continue_previous)
        m.open.triggered.connect(self._open_selected)
        self.home.open_requested.connect(self.open_assessment)
        m.home.triggered.connect(self.show_home)
        m.quit.triggered.connect(self.close)
        m.find.triggered.connect(self._find)
        m.next_section.triggered.connect(lambda: self._page_call(lambda p: p.step(1)))
        m.previous_section.triggered.connect(lambda: self._page_call(lambda p: p.step(-1)))
        m.review.triggered.connect(lambda: self._page_call(lambda p: p.show_review()))
        m.finalise.triggered.connect(lambda: self._review_call(finalise=True))
        m.reopen.triggered.connect(lambda: self._review_call(finalise=False))
        m.about.triggered.connect(self._about)
        m.export.triggered.connect(lambda: self.exports().export())
        m.export_template.triggered.connect(lambda: self.exports().export_template())
        m.language.show_choice(stored_choice(self.settings))
        m.language.chosen.connect(self._switch_language)

    # Opening the database and the home list

    def show_list(self, listed: HomeList) -> None:
        last = self.settings.value(LAST_ASSESSMENT)
        self.home.set_list(listed, int(last) if last is not None else None)
        self.update_actions()

    def load(self) -> bool:
        """Open the database (creating or migrating it) and fill the home list; False on refusal."""
        from csn_desktop.actions.home import remember_definitions
        from csn_desktop.actions.setup import open_app_database
        from csn_desktop.definition.library import QuestionnaireLibrary
        from csn_desktop.paths import assessments_dir

        self.complete()
        try:
            if self.library is None:
                self.library = QuestionnaireLibrary.load(assessments_dir())
            self.database = open_app_database(
                self.location, library=self.library, progress=self._summaries_progress
            )
            remember_definitions(self.database, self.library)  # the next start may be quick
            self.refresh_home()
        except Exception as error:
            from csn_desktop.ui.dialogs import MessageDialog

            MessageDialog.ask(self, self.tr("The database cannot be opened"), describe_error(error))
            self.close()
            return False
        return True

    def _summaries_progress(self, done: int, total: int) -> None:
        """Shown only when every assessment's progress is recomputed (new questionnaires)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        dialog = self.findChild(QProgressDialog, "summaries")
        if dialog is None:
            dialog = QProgressDialog(
                self.tr("Bringing the progress of every assessment up to date…"), "", 0, total, self
            )
            dialog.setObjectName("summaries")
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(500)
        assert isinstance(dialog, QProgressDialog)
        dialog.setValue(done)  # a modal dialog keeps the window painted meanwhile
        if done >= total:
            dialog.deleteLater()

    def reopen_last(self) -> None:
        """Reopen the assessment that was open when the window last closed, if it is still here."""
        last = self.settings.value(LAST_ASSESSMENT)
        if str(self.settings.value(REOPEN_AT_START, "false")).lower() != "true" or last is None:
            return
        if self.database is not None and self.home.model.row_of(int(last)) >= 0:
            self.open_assessment(int(last))

    def refresh_home(self) -> None:
        from csn_desktop.actions.home import home_list

        if self.database is not None and self.library is not None:
            self.show_list(home_list(self.database, self.library))

    # User actions

    def new_assessment(self) -> None:
        from csn_desktop.actions.assessments import start_assessment
        from csn_desktop.actions.directory import organisation_choices
        from csn_desktop.ui.dialogs import MessageDialog
        from csn_desktop.ui.keep_dialogs import create_unless_duplicate
        from csn_desktop.ui.new_assessment_dialog import NewAssessmentDialog

        if self.database is None or self.library is None:
            return
        request = NewAssessmentDialog.ask(self, organisation_choices(self.database))
        if request is None:
            return
        database, questionnaire = self.database, self.library.latest()
        try:
            new_id = create_unless_duplicate(
                self,
                lambda allow: start_assessment(
                    database,
                    questionnaire,
                    period=request.period,
                    gss_code=request.gss_code,
                    other_organisation=request.other_organisation,
                    respondent=request.respondent,
                    allow_duplicate=allow,
                ),
            )
        except Exception as error:
            MessageDialog.ask(
                self, self.tr("Could not start the assessment"), describe_error(error)
            )
            return
        if new_id is not None:
            self.refresh_home()
            self.open_assessment(new_id)

    def continue_previous(self) -> None:
        from csn_desktop.actions.assessments import copy_forward
        from csn_desktop.ui.copy_forward_dialog import CopyForwardDialog
        from csn_desktop.ui.dialogs import MessageDialog
        from csn_desktop.ui.keep_dialogs import create_unless_duplicate

        if self.database is None or self.library is None or not self.home.model.rows:
            return
        request = CopyForwardDialog.ask(self, self.home.model.rows, self.home.current_id())
        if request is None:
            return
        database, library = self.database, self.library
        try:
            new_id = create_unless_duplicate(
                self,
                lambda allow: copy_forward(
                    database,
                    library,
                    request.source_id,
                    period=request.period,
                    allow_duplicate=allow,
                ),
            )
        except Exception as error:
            MessageDialog.ask(self, self.tr("Could not copy the assessment"), describe_error(error))
            return
        if new_id is not None:
            self.refresh_home()
            self.open_assessment(new_id)

    def _open_selected(self) -> None:
        current = self.home.current_id()
        if current is not None:
            self.open_assessment(current)

    def open_assessment(self, assessment_id: int) -> None:
        from csn_desktop.actions.assessments import load_assessment
        from csn_desktop.ui.assessment_page import AssessmentPage
        from csn_desktop.ui.assessment_state import AssessmentState
        from csn_desktop.ui.dialogs import MessageDialog
        from csn_desktop.ui.edit_place import remember_place

        if self.database is None or self.library is None:
            return
        try:
            loaded = load_assessment(self.database, self.library, assessment_id)
        except Exception as error:
            MessageDialog.ask(self, self.tr("Could not open the assessment"), describe_error(error))
            return
        if not self.may_close_assessment():
            return
        self.close_assessment()
        self.state = AssessmentState(self.database, self.library, loaded)
        self.state.saved.connect(self.save_status.setText)
        self.state.save_failed.connect(self._save_failed)
        from csn_desktop.ui.next_step import FinaliseWatcher

        FinaliseWatcher(self, self.state, lambda kind: self.exports().export(kind))
        self.assessment_page = AssessmentPage(self.state, self.stack)
        self.editing.set_stack(self.state.undo_stack, self.assessment_page.show_answer)
        self.stack.addWidget(self.assessment_page)
        self.stack.setCurrentWidget(self.assessment_page)
        self.setWindowTitle(
            self.tr("{title} — City Standards Network self-assessment").format(
                title=self.state.title
            )
        )
        self.settings.setValue(LAST_ASSESSMENT, assessment_id)
        self.save_status.setText(self.tr("All answers saved"))
        self.update_actions()
        if not remember_place(self.assessment_page, self.settings, assessment_id):
            self.assessment_page.navigator.setFocus()

    def _save_failed(self, _question_id: str, _item_key: str, reason: str) -> None:
        self.save_status.setText(self.tr("Could not save: {reason}").format(reason=reason))
        self.statusBar().showMessage(
            self.tr("An answer could not be saved; it is marked beside its question."), 10_000
        )

    def close_assessment(self) -> None:
        if self.assessment_page is not None:
            self.assessment_page.flush()
            self.stack.removeWidget(self.assessment_page)
            self.assessment_page.deleteLater()
        self.assessment_page = None
        self.state = None
        if self.completed:
            self.editing.set_stack(None, None)

    def may_close_assessment(self) -> bool:
        """False when the officer chose to keep editing answers that could not be saved."""
        if self.assessment_page is None or self.state is None:
            return True
        # Not imported at a close with no assessment open (as the quickest start ends).
        from csn_desktop.ui.keep_dialogs import UnsavedDialog, unsaved_fields

        self.assessment_page.flush()
        return not self.state.unsaved or UnsavedDialog.ask(self, unsaved_fields(self.state))

    def show_home(self) -> None:
        if not self.may_close_assessment():
            return
        self.close_assessment()
        self.setWindowTitle(self.tr("City Standards Network — self-assessment"))
        self.refresh_home()
        self.stack.setCurrentWidget(self.home)
        self.update_actions()
        self.home.table.setFocus()

    def _find(self) -> None:
        if self.assessment_page is None:
            return
        for row, page in enumerate(self.assessment_page.section_pages):
            for widget in page.questions.values():
                if hasattr(widget, "search"):
                    self.assessment_page.show_section(row)
                    widget.search.setFocus()
                    widget.search.selectAll()
                    return

    def _page_call(self, call: object) -> None:
        if self.assessment_page is not None and callable(call):
            call(self.assessment_page)

    def _review_call(self, *, finalise: bool) -> None:
        page = self.assessment_page
        if page is None:
            return
        page.show_review()
        page.review.refresh()
        if finalise and page.review.finalise_button.isEnabled():
            page.review.finalise()
        elif not finalise and page.review.reopen_button.isEnabled():
            page.review.reopen()

    def update_actions(self) -> None:
        m, in_assessment = self.menus, self.assessment_page is not None
        has_rows = bool(self.home.model.rows)
        m.copy_forward.setEnabled(has_rows)
        m.open.setEnabled(has_rows and not in_assessment)
        for action in (m.home, m.find, m.next_section, m.previous_section, m.review):
            action.setEnabled(in_assessment)
        m.finalise.setEnabled(in_assessment)
        m.reopen.setEnabled(in_assessment)
        exporting = self.exporter is not None and self.exporter.is_running()
        m.export.setEnabled(self.state is not None and not exporting)
        m.export_template.setEnabled(self.database is not None and not exporting)
        if self.keeper is not None:
            self.keeper.update_actions()

    def exports(self) -> Exporter:
        """File → Export…'s flow, created on first use."""
        if self.exporter is None:
            from csn_desktop.ui.exporter import Exporter

            self.exporter = Exporter(self, self)
        return self.exporter

    def _switch_language(self, choice: str) -> None:
        self.switch_language(choice)

    def switch_language(self, choice: str) -> MainWindow | None:
        """Show the window in ``choice`` (a language, or "" to follow the system); the new window.

        Every page is built again in the new language: what is typed is saved first (text that
        cannot be saved is kept as a draft), and the same assessment is reopened at the same
        place. None when nothing changed (the same choice, an export still running, or the
        officer chose to keep editing).
        """
        from csn_desktop.ui import language_switch as switch
        from csn_desktop.ui.language_menu import stored_choice

        if choice == stored_choice(self.settings):
            return None
        if self.exporter is not None and self.exporter.is_running():
            self.menus.language.show_choice(stored_choice(self.settings))
            switch.refuse_while_exporting(self)
            return None
        if not self.may_close_assessment():
            self.menus.language.show_choice(stored_choice(self.settings))
            return None
        switch.close_own_windows(self)
        open_id = self.state.assessment_id if self.state is not None else None
        self.close_assessment()  # every answer saved, the place remembered
        switch.change_language(self.settings, choice)
        self.settings.setValue("window/geometry", self.saveGeometry())
        successor = MainWindow(self.location, self.settings, self.library)
        if not successor.load():
            successor.deleteLater()
            return None  # it said why; the old window stays, on the home page
        # The lock on the database passes to the new window; the old one must not release it.
        successor.lock, self.lock = self.lock, None
        if self.isMaximized():
            successor.showMaximized()
        else:
            successor.show()
        # Closed after the new one is shown, so the application keeps running; deleted once
        # back in the event loop (this runs in one of its slots), with its event filters.
        self.close()
        self.deleteLater()
        successor.activateWindow()
        if open_id is not None:
            successor.open_assessment(open_id)  # shown, so the focus returns to the field left
        return successor

    def _about(self) -> None:
        from csn_desktop.ui.about_dialog import AboutDialog

        AboutDialog.ask(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.may_close_assessment():
            event.ignore()
            return
        if self.exporter is not None:
            self.exporter.shutdown()
        self.settings.setValue(REOPEN_AT_START, self.assessment_page is not None)
        self.close_assessment()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        if self.database is not None:
            self.database.close()
            self.database = None
        if self.lock is not None:
            self.lock.release()
        super().closeEvent(event)


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """Every visible widget under ``root`` that takes keyboard focus (for accessibility checks)."""
    from PySide6.QtCore import Qt

    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
