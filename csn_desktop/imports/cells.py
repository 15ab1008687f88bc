"""Reading the cells of the sheets a submission is made of, with python-calamine."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

import python_calamine

from csn_desktop.i18n import _
from csn_desktop.imports.outcomes import Place, SubmissionRejected

CellValue = int | float | str | bool | date | datetime | time | timedelta
Rows = list[list[CellValue]]

# calamine's errors (its base class does not cover zip and XML errors in every release).
_READ_ERRORS: tuple[type[Exception], ...] = (
    python_calamine.CalamineError,
    python_calamine.ZipError,
    python_calamine.XmlError,
    python_calamine.PasswordError,
    python_calamine.WorksheetNotFound,
    ValueError,
)


class CellReader:
    """One workbook open in calamine (when first needed); sheets are parsed when asked for.

    calamine reads cached values and never evaluates a formula; formulas are refused before
    this is used (sheets.scan_sheet), and it is only used on zips that passed the checks.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._workbook: python_calamine.CalamineWorkbook | None = None

    def rows(self, sheet: str) -> Rows:
        """Every row from row 1 (empty rows and cells included, so positions are Excel's)."""
        try:
            return self._open().get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except _READ_ERRORS as error:
            raise SubmissionRejected(
                _("The sheet cannot be read: {reason}.").format(reason=error), Place(sheet)
            ) from None

    def _open(self) -> python_calamine.CalamineWorkbook:
        if self._workbook is None:
            try:
                self._workbook = python_calamine.CalamineWorkbook.from_filelike(
                    io.BytesIO(self._data)
                )
            except _READ_ERRORS as error:
                raise SubmissionRejected(
                    _("The workbook cannot be read: {reason}.").format(reason=error)
                ) from None
        return self._workbook

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
