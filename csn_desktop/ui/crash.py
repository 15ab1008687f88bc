"""Unexpected errors: written in full to the log file and shown in a dialog, never swallowed."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

log = logging.getLogger("csn_desktop.crash")


def install_excepthook(log_path: Path | None) -> None:
    """Route unhandled exceptions to the log and to a dialog naming the log file."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        # Imported when needed: the dialogs' module costs the first paint about 50 ms.
        from csn_desktop.ui.dialogs import MessageDialog

        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unhandled exception", exc_info=(kind, error, trace))
        if log_path:
            text = QCoreApplication.translate(
                "Crash",
                "Something went wrong: {error}. The details are in {log}. "
                "Every answer shown as saved is safe.",
            ).format(error=error, log=log_path)
        else:
            text = QCoreApplication.translate(
                "Crash", "Something went wrong: {error}. Every answer shown as saved is safe."
            ).format(error=error)
        MessageDialog.ask(
            None,
            QCoreApplication.translate("Crash", "Unexpected error"),
            text,
            "".join(traceback.format_exception(kind, error, trace)),
        )

    sys.excepthook = hook
