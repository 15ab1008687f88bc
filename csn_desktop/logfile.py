"""The log file in the user's log folder, where unexpected errors are written in full."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from csn_desktop.paths import user_log_dir

LOG_NAME = "csn-desktop.log"
_configured: list[Path | None] = []


def configure_logging() -> Path | None:
    """Log to a rotating file in the user's log folder; its path, or None if it cannot be made.

    Called more than once, it keeps the first result. Records never reach the console: without a
    handler Python's "last resort" prints warnings and tracebacks on stderr, where the command
    line keeps its one-sentence messages, so a null handler stands in when there is no file.
    """
    if _configured:
        return _configured[0]
    path: Path | None = user_log_dir() / LOG_NAME
    root = logging.getLogger()
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        path, handler = None, logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # A log that cannot be written (a full disk) must not print "Logging error" on the console.
    logging.raiseExceptions = False
    _configured.append(path)
    return path
