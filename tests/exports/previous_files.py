"""Files an earlier export left: the kinds an export may replace (see actions.output_guard)."""

from __future__ import annotations

import io
import zipfile

PREVIOUS_PDF = b"%PDF-1.4 the previous report"


def previous_workbook() -> bytes:
    """An earlier export's bytes: a real (tiny) workbook, which an export may replace."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook>the previous export</workbook>")
    return buffer.getvalue()
