"""Plain words for errors shown to the user; unexpected ones are logged in full."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from csn_desktop.errors import UserError
from csn_desktop.storage.errors import StorageError
from csn_desktop.storage.failures import plain_storage_error

log = logging.getLogger(__name__)


def describe_error(error: Exception) -> str:
    """The message of an expected error; for others, a short note (the details go to the log)."""
    if isinstance(error, UserError | StorageError):
        return str(error)
    plain = plain_storage_error(error)
    if plain is not None:  # a full disk, a read-only folder, a busy database: no "unexpected"
        log.warning("database failure", exc_info=error)
        return plain.message
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "Messages", "an unexpected error ({kind}); details are in the log file"
    ).format(kind=type(error).__name__)
