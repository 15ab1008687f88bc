"""Saving a workbook so that a failed write (a full disk) leaves nothing half-done behind."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any, BinaryIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.writer.excel import ExcelWriter


def save_workbook(workbook: Any, stream: BinaryIO, *, modified: datetime | None = None) -> None:
    """Write ``workbook`` to ``stream`` as openpyxl's ``Workbook.save`` does, but fail cleanly.

    When a write fails part-way, openpyxl leaves its zip archive open; the garbage collector
    later tries to finish it on the closed file and prints "Exception ignored in ZipFile.__del__"
    with a traceback on the console. The archive is abandoned here instead: nothing more is
    written and the error reaches the caller once.
    """
    if modified is not None and modified.tzinfo is None:
        modified = modified.replace(tzinfo=UTC)
    archive = ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True)
    # The last-saved time (docProps/core.xml): now, unless the caller names the moment (a
    # submission's export time, which the importer reads as the file's own time).
    moment = (modified or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    workbook.properties.modified = moment.replace(tzinfo=None)
    try:
        ExcelWriter(workbook, archive).save()  # closes the archive when all went well
    except BaseException:
        # ZipFile.close() does nothing once fp is None; the stream itself is the caller's.
        archive.fp = None
        raise


def abandon_write_only(workbook: Any) -> None:
    """Close the sheets of a write-only workbook whose writing failed, and remove their files.

    openpyxl writes each such sheet to a temporary file as rows come; left open, the sheet
    would later be finished by the garbage collector on a closed file ("Exception ignored").
    A sheet the failed save had already closed may still have its file: that goes too.
    """
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if not sheet.closed:
            if getattr(sheet, "_rows", None) is not None:
                sheet._rows.close()
            if writer is not None:
                writer.close()
        if writer is not None:
            with contextlib.suppress(OSError, ValueError):  # already removed
                writer.cleanup()
