"""Which of two versions of a submission is newer, from the order signals a file carries."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from csn_desktop.domain.plausibility import is_future_moment


class Order(StrEnum):
    NEWER = "newer"
    OLDER = "older"
    UNKNOWN = "unknown"


def version_moment(
    *,
    unedited_export: bool,
    exported_at: datetime | None,
    file_modified_at: datetime | None,
    now: datetime,
) -> datetime | None:
    """When a version was last made, or None when nothing trustworthy says so.

    The app's own unedited submission: its export time. An edited submission or a filled
    template: the workbook's own last-saved time (Excel and LibreOffice write it on every
    save), if it is not before the export it came from. A time in the future is never trusted.
    """
    if unedited_export:
        moment = exported_at
    elif file_modified_at is None:
        return None
    elif exported_at is not None and file_modified_at < exported_at:
        return None  # saved before it was exported: one of the two clocks is wrong
    else:
        moment = file_modified_at
    if moment is None or is_future_moment(moment, now):
        return None
    return moment


def compare(new: datetime | None, current: datetime | None) -> Order:
    """How a new version stands against the current one; equal or unknown times are UNKNOWN."""
    if new is None or current is None or new == current:
        return Order.UNKNOWN
    return Order.NEWER if new > current else Order.OLDER
