"""The log file in the user's log folder, where unexpected errors are written in full."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from csn_desktop.paths import user_log_dir

LOG_NAME = "csn-desktop.log"


def configure_logging() -> Path | None:
    """Log to a rotating file in the user's log folder; its path, or None if it cannot be made."""
    path = user_log_dir() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
