"""The home list's way out: move to the bin (with undo), restore, delete permanently, archive,
unarchive and rename, from the context menu, the Delete key and the File menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStatusBar, QWidget

from csn_desktop.ui.home_page import LIST, HomePage
from csn_desktop.ui.menus import Menus
from csn_desktop.ui.messages import describe_error

if TYPE_CHECKING:
    from csn_desktop.storage.database import Database
    from csn_desktop.ui.assessment_page import AssessmentPage


class KeeperWindow(Protocol):
    """What HomeKeeper uses of the main window (named here: the window imports this module)."""

    home: HomePage
    menus: Menus
    database: Database | None
    assessment_page: AssessmentPage | None

    def refresh_home(self) -> None: ...

    def open_assessment(self, assessment_id: int) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802


class HomeKeeper(QObject):
    """Carries out the home page's requests through actions.assessment_bin and refreshes the
    lists; adds Rename…, Archive and Move to bin to the File menu before ``before``."""

    def __init__(self, window: KeeperWindow, before: QAction) -> None:
        super().__init__(window.home)
        self.window = window
        # The main window, parent of the questions asked.
        self.parent_widget: QWidget = window.home.window()
        home = window.home
        file = window.menus.file
        self.rename = QAction(self.tr("&Rename assessment…"), file)
        self.archive = QAction(self.tr("Arch&ive assessment"), file)
        self.delete = QAction(self.tr("&Move assessment to bin"), file)
        self.delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete.setStatusTip(
            self.tr("Move the selected assessment to the bin; it can be restored.")
        )
        for action in (self.rename, self.archive, self.delete):
            file.insertAction(before, action)
        file.insertSeparator(before)
        self.rename.triggered.connect(lambda: self._with_current(self.rename_assessment))
        self.archive.triggered.connect(lambda: self._with_current(self.archive_assessment))
        self.delete.triggered.connect(lambda: self._with_current(self.delete_assessment))
        home.delete_requested.connect(self.delete_assessment)
        home.archive_requested.connect(self.archive_assessment)
        home.rename_requested.connect(self.rename_assessment)
        home.view_changed.connect(lambda _view: self.refresh())
        home.bin.first_requested.connect(self.restore_assessment)
        home.bin.second_requested.connect(self.delete_permanently)
        home.archive.first_requested.connect(window.open_assessment)
        home.archive.second_requested.connect(self.unarchive_assessment)
        home.table.selectionModel().currentChanged.connect(lambda *_args: self.update_actions())
        home.model.modelReset.connect(self.update_actions)

    def update_actions(self) -> None:
        on_list = (
            self.window.assessment_page is None
            and self.window.home.views.currentIndex() == LIST
            and self.window.home.current_id() is not None
        )
        for action in (self.rename, self.archive, self.delete):
            action.setEnabled(on_list)

    def refresh(self) -> None:
        """Fill the archive and bin views again (the home list is the window's)."""
        from csn_desktop.actions.assessment_bin import set_aside

        database = self.window.database
        if database is None:
            return
        home = self.window.home
        home.archive.set_rows(set_aside(database, binned=False))
        home.bin.set_rows(set_aside(database, binned=True))
        self.update_actions()

    def delete_assessment(self, assessment_id: int) -> None:
        from csn_desktop.actions.assessment_bin import delete_assessment

        title = self._run(lambda database: delete_assessment(database, assessment_id))
        if title is not None:
            self.window.home.undo_bar.offer(
                self.tr("Moved “{title}” to the bin.").format(title=title),
                lambda: self.restore_assessment(assessment_id),
            )

    def restore_assessment(self, assessment_id: int) -> None:
        from csn_desktop.actions.assessment_bin import restore_assessment

        title = self._run(lambda database: restore_assessment(database, assessment_id))
        if title is not None:
            self._tell(self.tr("Restored “{title}”.").format(title=title))

    def delete_permanently(self, assessment_id: int) -> None:
        from csn_desktop.actions.assessment_bin import delete_permanently
        from csn_desktop.ui.dialogs import ConfirmDialog

        if not ConfirmDialog.ask(
            self.parent_widget,
            self.tr("Delete permanently"),
            self.tr(
                "Delete this assessment and all its answers for good? This cannot be undone. "
                "Its history (who did what, when) is kept."
            ),
            self.tr("Delete permanently"),
        ):
            return
        title = self._run(lambda database: delete_permanently(database, assessment_id))
        if title is not None:
            self._tell(self.tr("Deleted “{title}” permanently.").format(title=title))

    def archive_assessment(self, assessment_id: int) -> None:
        from csn_desktop.actions.assessment_bin import archive_assessment

        title = self._run(lambda database: archive_assessment(database, assessment_id))
        if title is not None:
            self.window.home.undo_bar.offer(
                self.tr("Archived “{title}”. It is listed under Archived.").format(title=title),
                lambda: self.unarchive_assessment(assessment_id),
            )

    def unarchive_assessment(self, assessment_id: int) -> None:
        from csn_desktop.actions.assessment_bin import archive_assessment

        title = self._run(
            lambda database: archive_assessment(database, assessment_id, archived=False)
        )
        if title is not None:
            self._tell(self.tr("“{title}” is back in the list.").format(title=title))

    def rename_assessment(self, assessment_id: int) -> None:
        from csn_desktop.actions.assessment_bin import rename_assessment
        from csn_desktop.actions.assessments import DuplicateAssessment
        from csn_desktop.ui.dialogs import MessageDialog
        from csn_desktop.ui.keep_dialogs import DuplicateChoice, DuplicateDialog
        from csn_desktop.ui.rename_dialog import RenameDialog

        home = self.window.home
        row = next((r for r in home.model.rows if r.id == assessment_id), None)
        database = self.window.database
        if row is None or database is None:
            return
        period = RenameDialog.ask(self.parent_widget, row.council, row.period)
        if period is None:
            return
        title: str | None
        try:
            title = rename_assessment(database, assessment_id, period=period)
        except DuplicateAssessment as duplicate:
            choice = DuplicateDialog.ask(self.parent_widget, str(duplicate))
            if choice is DuplicateChoice.OPEN_EXISTING:
                self.window.open_assessment(duplicate.existing_id)
                return
            if choice is None:
                return
            title = self._run(
                lambda db: rename_assessment(db, assessment_id, period=period, allow_duplicate=True)
            )
        except Exception as error:
            MessageDialog.ask(
                self.parent_widget, self.tr("Could not rename"), describe_error(error)
            )
            return
        if title is not None:
            self.window.refresh_home()
            self._tell(self.tr("Renamed to “{title}”.").format(title=title))

    def _with_current(self, call: Callable[[int], None]) -> None:
        current = self.window.home.current_id()
        if current is not None and self.window.assessment_page is None:
            call(current)

    def _run(self, call: Callable[[Database], str]) -> str | None:
        from csn_desktop.ui.dialogs import MessageDialog

        database = self.window.database
        if database is None:
            return None
        # An offer to undo an earlier change would now undo something else.
        self.window.home.undo_bar.hide_offer()
        try:
            title = call(database)
        except Exception as error:
            MessageDialog.ask(
                self.parent_widget, self.tr("Could not change the list"), describe_error(error)
            )
            return None
        self.window.refresh_home()
        self.refresh()
        return title

    def _tell(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10_000)
