"""Starting the window: the single-instance lock, a quickly filled home list, then the database."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from csn_desktop.actions.home import quick_home_list
from csn_desktop.actions.instance_lock import DatabaseInUse, InstanceLock
from csn_desktop.definition.problems import DefinitionError
from csn_desktop.logfile import configure_logging
from csn_desktop.paths import APP_AUTHOR, APP_NAME, assessments_dir
from csn_desktop.storage.locations import resolve_database
from csn_desktop.ui.crash import install_excepthook
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.messages import describe_error
from csn_desktop.ui.start_up import AfterFirstPaint, open_after_first_paint
from csn_desktop.ui.translation import (
    application_display_name,
    chosen_language,
    install_language,
)


def run_window(arguments: argparse.Namespace) -> int:
    """Show the window on the chosen database and run until it is closed; the exit code."""
    log_path = configure_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    install_language(app, chosen_language(QSettings()))
    # Translated after install_language, so that it is in the language just installed.
    app.setApplicationDisplayName(application_display_name())
    install_excepthook(log_path)
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
        from csn_desktop.ui.dialogs import MessageDialog

        MessageDialog.ask(
            None,
            QCoreApplication.translate("Application", "csn-desktop cannot start"),
            _start_failure(error, lock),
        )
        return 1
    # The menus' actions and the rest are added by load(): at once without a quick list, else
    # just after the first paint (as is the focus ring).
    window = MainWindow(location, QSettings(), library, lock, complete=False)
    if quick is not None:
        # The list read straight from the file is painted first; the database opens just after,
        # the window busy meanwhile (--exit-after-start quits at that first filled paint).
        window.show_list(quick)
        if not arguments.exit_after_start:
            open_after_first_paint(window, first=lambda: _focus_ring(app))
    elif not window.load():
        return 1
    else:
        _focus_ring(app)
        if not arguments.exit_after_start:
            window.reopen_last()
    if arguments.exit_after_start:
        # The first paint of the filled list: from the file, or with the database open.
        AfterFirstPaint(window.home.table.viewport(), QApplication.quit)
    window.show()
    code = app.exec()
    # The window still shown (a change of language replaces the window with a new one).
    for shown in app.topLevelWidgets():
        if isinstance(shown, MainWindow) and shown.isVisible():
            shown.close()
    return code


def _focus_ring(app: QApplication) -> None:
    from csn_desktop.ui.focus_style import install_focus_ring  # not before the first paint

    install_focus_ring(app)


def _start_failure(error: Exception, lock: InstanceLock | None) -> str:
    if isinstance(error, OSError):
        from csn_desktop.storage.failures import plain_storage_error

        plain = plain_storage_error(error, lock.path if lock is not None else None)
        if plain is not None:
            return plain.message
        return describe_error(error)
    return str(error)
