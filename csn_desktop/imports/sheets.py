"""Where each sheet lives in the zip, and a scan of a sheet's XML for formulas and far cells."""

from __future__ import annotations

import posixpath
import re
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import ParseError, fromstring

from csn_desktop.imports.container import CheckedZip
from csn_desktop.imports.limits import Limits
from csn_desktop.imports.outcomes import Place, SubmissionRejected

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL_REF = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]+)([0-9]+)\"")
_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]+[0-9]+)\"[^>/]*>(.*?)</(?:\w+:)?c>", re.S)
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")


def sheet_parts(checked: CheckedZip, limits: Limits) -> dict[str, str]:
    """Sheet name → the path of its part in the zip, from the workbook and its relationships."""
    workbook = _parse("xl/workbook.xml", checked.part("xl/workbook.xml", limits))
    rels = _parse("xl/_rels/workbook.xml.rels", checked.part("xl/_rels/workbook.xml.rels", limits))
    targets = {
        rel.get("Id", ""): rel.get("Target", "") for rel in rels.iter(f"{_PKG_REL}Relationship")
    }
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id", ""), "")
        if not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        parts[sheet.get("name", "")] = posixpath.normpath(path)
    return parts


def _parse(name: str, data: bytes) -> Element:
    try:
        root: Element = fromstring(data, forbid_dtd=True)
    except ParseError as error:
        raise SubmissionRejected(
            f"Part {name} of the workbook is not valid XML: {error}."
        ) from None
    except Exception as error:  # defusedxml's refusals (DTD, entities, external references)
        raise SubmissionRejected(
            f"Part {name} of the workbook was refused: {type(error).__name__}."
        ) from None
    return root


def scan_sheet(sheet: str, data: bytes, limits: Limits) -> None:
    """Refuse formulas (never trusted) and cells so far out that reading them would eat memory."""
    if _FORMULA.search(data):
        for ref, body in _CELL.findall(data):
            if _FORMULA.search(body):
                cell = ref.decode("ascii")
                raise SubmissionRejected(
                    "This cell holds a formula. Submissions hold values only; formulas are "
                    "never evaluated or trusted. Export the submission again from csn-desktop.",
                    Place(sheet, _row_of(cell), cell),
                )
        raise SubmissionRejected(
            "This sheet holds a formula. Submissions hold values only.", Place(sheet)
        )
    rows = len(_ROW.findall(data))
    max_row, max_col = rows, 0
    for letters, digits in _CELL_REF.findall(data):
        max_row = max(max_row, int(digits))
        max_col = max(max_col, _column_number(letters))
    if max_row > limits.max_rows or max_col > limits.max_column:
        raise SubmissionRejected(
            f"The sheet reaches row {max_row:,}, column {max_col:,}; a submission's sheets stop "
            f"by row {limits.max_rows:,} and column {limits.max_column}.",
            Place(sheet),
        )


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _row_of(cell: str) -> int:
    return int(cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def column_letter(index: int) -> str:
    """The letters of a zero-based column index: 0 → A, 27 → AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
