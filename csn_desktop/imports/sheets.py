"""Where each sheet lives in the zip, and a scan of a sheet's XML for formulas and far cells."""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import ParseError, fromstring

from csn_desktop.i18n import _, format_number
from csn_desktop.imports.container import CheckedZip
from csn_desktop.imports.limits import Limits
from csn_desktop.imports.outcomes import Place, SubmissionRejected

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_FORMULA_END = re.compile(rb"f[\s>/]")
_PREFIX_WINDOW = 256
_CELL_REF = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br\s*=\s*[\"']([A-Z]+)([0-9]+)[\"']")
_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]+[0-9]+)\"[^>/]*>(.*?)</(?:\w+:)?c>", re.S)
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_LETTERS = 26
_ROW_DIGITS = 18
_FAR_ROW = 10**_ROW_DIGITS
_COLUMN_LETTERS = 8
# A reference with two or more column letters, or with at least ``n`` row digits (any
# attribute ending in r counts: a false alarm only means the full look).
_FAR_REF = {
    n: re.compile(rb"r\s*=\s*[\"'](?:[A-Z]{2,}[0-9]|[A-Z]*[0-9]{%d,})" % n) for n in range(1, 12)
}


def sheet_parts(checked: CheckedZip) -> dict[str, str]:
    """Sheet name → the path of its part in the zip, from the workbook and its relationships."""
    workbook = checked.part("xl/workbook.xml")
    rels = checked.part("xl/_rels/workbook.xml.rels")
    return dict(_sheet_parts(workbook, rels))


@lru_cache(maxsize=16)
def _sheet_parts(workbook_xml: bytes, rels_xml: bytes) -> tuple[tuple[str, str], ...]:
    """Cached by content: every submission exported by one app version has the same two parts."""
    workbook = _parse("xl/workbook.xml", workbook_xml)
    rels = _parse("xl/_rels/workbook.xml.rels", rels_xml)
    relationships = rels.iter(f"{_PKG_REL}Relationship")  # not translated: XML name
    targets = {
        rel.get("Id", ""): rel.get("Target", "")  # not translated: XML names
        for rel in relationships
    }
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id", ""), "")
        if not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        parts[sheet.get("name", "")] = posixpath.normpath(path)
    return tuple(parts.items())


def _parse(name: str, data: bytes) -> Element:
    try:
        root: Element = fromstring(data, forbid_dtd=True)
    except ParseError as error:
        raise SubmissionRejected(
            _("Part {part} of the workbook is not valid XML: {reason}.").format(
                part=name, reason=error
            )
        ) from None
    except Exception as error:  # defusedxml's refusals (DTD, entities, external references)
        raise SubmissionRejected(
            _("Part {part} of the workbook was refused: {reason}.").format(
                part=name, reason=type(error).__name__
            )
        ) from None
    return root


def scan_sheet(sheet: str, data: bytes, limits: Limits) -> None:
    """Refuse formulas (never trusted) and cells so far out that reading them would eat memory."""
    if _has_formula(data):
        _refuse_formula(sheet, data)
    max_row, max_col = _extent(data, limits)
    check_extent(sheet, max_row, max_col, limits)


def _has_formula(data: bytes) -> bool:
    """Whether _FORMULA matches anywhere in ``data``, found from the f and what follows it.

    Searching for "<" (every tag) is slow; "f" then a space, "/" or ">" is rare (LibreOffice's
    <formula1> of each drop-down has none). A match ends in one of those, and its "<" is the
    last before the f, as a prefix holds none: from there the pattern must match exactly.
    Further back than _PREFIX_WINDOW the whole data is searched, as it was before.
    """
    for hint in _FORMULA_END.finditer(data):
        start = data.rfind(b"<", max(hint.start() - _PREFIX_WINDOW, 0), hint.start())
        if start < 0:
            return _FORMULA.search(data) is not None
        if _FORMULA.fullmatch(data, start, hint.end()):
            return True
    return False


def check_extent(sheet: str, max_row: int, max_col: int, limits: Limits) -> None:
    """Refuse a sheet whose cells reach beyond the limits (an .xlsx or an .ods sheet alike)."""
    if max_row > limits.max_rows or max_col > limits.max_column:
        raise SubmissionRejected(
            _(
                "The sheet reaches row {row}, column {column}; a submission's sheets stop "
                "by row {max_row} and column {max_column}."
            ).format(
                row=format_number(max_row),
                column=format_number(max_col),
                max_row=format_number(limits.max_rows),
                max_column=format_number(limits.max_column),
            ),
            Place(sheet),
        )


def _refuse_formula(sheet: str, data: bytes) -> None:
    for ref, body in _CELL.findall(data):
        if _FORMULA.search(body):
            cell = ref.decode("ascii")
            raise SubmissionRejected(
                _(
                    "This cell holds a formula. Submissions hold values only; formulas are "
                    "never evaluated or trusted. Export the submission again from csn-desktop."
                ),
                Place(sheet, _row_of(cell), cell),
            )
    raise SubmissionRejected(
        _("This sheet holds a formula. Submissions hold values only."), Place(sheet)
    )


def _extent(data: bytes, limits: Limits) -> tuple[int, int]:
    """(last row, last column) a reader would lay out, or a lower bound that is within limits.

    Row elements are counted (a reader numbers those without r in turn). Cell references are
    only all looked at when one of them could be out of bounds: one with as many row digits
    as the limit, or (with the default limit of column Z) with two column letters.
    """
    # Unprefixed, <rowBreaks> is counted too (at most once): a bound, on the safe side.
    rows = len(_ROW.findall(data)) if b":row" in data else data.count(b"<row")
    if limits.max_column == _LETTERS and not _FAR_REF[len(str(limits.max_rows))].search(data):
        return rows, 0
    max_row, max_col = rows, 0
    for letters, digits in _CELL_REF.findall(data):
        # More digits than any row number could have: far out, and never handed to int(),
        # which refuses more than 4,300 digits.
        row = int(digits) if len(digits) <= _ROW_DIGITS else _FAR_ROW
        max_row = max(max_row, row)
        max_col = max(max_col, _column_number(letters))
    return max_row, max_col


def _column_number(letters: bytes) -> int:
    number = 0
    # Excel's last column is XFD; beyond a few letters the number only grows past any limit.
    for letter in letters[:_COLUMN_LETTERS]:
        number = number * 26 + letter - 64
    return number


def _row_of(cell: str) -> int:
    digits = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) if len(digits) <= _ROW_DIGITS else _FAR_ROW


def column_letter(index: int) -> str:
    """The letters of a zero-based column index: 0 → A, 27 → AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
