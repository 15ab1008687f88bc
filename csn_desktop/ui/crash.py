"""Unexpected errors: written in full to the log file and shown in a dialog, never swallowed."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from csn_desktop.ui.dialogs import MessageDialog

log = logging.getLogger("csn_desktop.crash")


def install_excepthook(log_path: Path | None) -> None:
    """Route unhandled exceptions to the log and to a dialog naming the log file."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unhandled exception", exc_info=(kind, error, trace))
        where = f" The details are in {log_path}." if log_path else ""
        MessageDialog.ask(
            None,
            "Unexpected error",
            f"Something went wrong: {error}.{where} Every answer shown as saved is safe.",
            "".join(traceback.format_exception(kind, error, trace)),
        )

    sys.excepthook = hook
