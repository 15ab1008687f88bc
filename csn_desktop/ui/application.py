"""Starting the window: the single-instance lock, a quickly filled home list, then the database."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from csn_desktop.actions.home import quick_home_list
from csn_desktop.actions.instance_lock import DatabaseInUse, InstanceLock
from csn_desktop.definition.problems import DefinitionError
from csn_desktop.logfile import configure_logging
from csn_desktop.paths import APP_AUTHOR, APP_NAME, assessments_dir
from csn_desktop.storage.locations import resolve_database
from csn_desktop.ui.crash import install_excepthook
from csn_desktop.ui.dialogs import MessageDialog
from csn_desktop.ui.focus_style import install_focus_ring
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.messages import describe_error
from csn_desktop.ui.translation import chosen_language, install_language


class QuitWhenFilled(QObject):
    """Quits once the home list has been painted with the database open (``--exit-after-start``):
    the start a user waits for, not merely the first paint."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.window.database is not None:
            QTimer.singleShot(0, QApplication.quit)
        return False


def run_window(arguments: argparse.Namespace) -> int:
    """Show the window on the chosen database and run until it is closed; the exit code."""
    log_path = configure_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    install_language(app, chosen_language(QSettings()))
    # Translated after install_language, so that it is in the language just installed.
    app.setApplicationDisplayName(QCoreApplication.translate("Application", "CSN self-assessment"))
    install_excepthook(log_path)
    install_focus_ring(app)
    location = resolve_database(arguments.database)
    lock = InstanceLock.for_location(location)
    library = None
    try:
        if lock is not None:
            lock.acquire()
        # The stored summaries fill the list without SQLAlchemy or the questionnaires.
        quick = quick_home_list(location)
        if quick is None:
            from csn_desktop.definition.library import QuestionnaireLibrary  # not at start-up

            library = QuestionnaireLibrary.load(assessments_dir())
    except (DatabaseInUse, DefinitionError, OSError) as error:
        # OSError: the lock file cannot be made (a read-only folder, a full disk).
        MessageDialog.ask(
            None,
            QCoreApplication.translate("Application", "csn-desktop cannot start"),
            _start_failure(error, lock),
        )
        return 1
    window = MainWindow(location, QSettings(), library, lock)
    if quick is not None:
        # The list read straight from the file shows at once; the database opens just after.
        window.show_list(quick)
        QTimer.singleShot(0, window.load if arguments.exit_after_start else window.load_and_reopen)
    elif not window.load():
        return 1
    elif not arguments.exit_after_start:
        window.reopen_last()
    if arguments.exit_after_start:
        window.home.table.viewport().installEventFilter(QuitWhenFilled(window))
    window.show()
    code = app.exec()
    window.close()
    return code


def _start_failure(error: Exception, lock: InstanceLock | None) -> str:
    if isinstance(error, OSError):
        from csn_desktop.storage.failures import plain_storage_error

        plain = plain_storage_error(error, lock.database if lock is not None else None)
        if plain is not None:
            return plain.message
        return describe_error(error)
    return str(error)
