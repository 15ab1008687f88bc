"""The scan of an .xlsx sheet's XML: formulas are refused, a drop-down's list is not one."""

from __future__ import annotations

import pytest

from csn_desktop.imports.limits import DEFAULT_LIMITS
from csn_desktop.imports.outcomes import SubmissionRejected
from csn_desktop.imports.sheets import scan_sheet

_HEAD = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
# As LibreOffice writes a drop-down: its list is a <formula1>, outside the cells.
_VALIDATION = (
    b'<dataValidations count="1"><dataValidation type="list" sqref="D2">'
    b"<formula1>list_of_choices</formula1></dataValidation></dataValidations>"
)


def _sheet(cells: bytes, after: bytes = _VALIDATION) -> bytes:
    return _HEAD + b'<row r="2">' + cells + b"</row></sheetData>" + after + b"</worksheet>"


@pytest.mark.parametrize(
    "cells",
    [
        b'<c r="D2" t="s"><v>0</v></c>',
        b'<c r="D2" t="inlineStr"><is><t>Cost of staff / off &gt; fun</t></is></c>',
    ],
)
def test_values_and_a_drop_down_list_pass(cells: bytes) -> None:
    scan_sheet("About", _sheet(cells), DEFAULT_LIMITS)


@pytest.mark.parametrize(
    "formula",
    [b"<f>1+1</f>", b"<f t='shared' ref='D2' si='0'/>", b"<x:f>1+1</x:f>", b"<f\n>1</f>"],
)
def test_a_formula_is_refused_with_its_cell(formula: bytes) -> None:
    sheet = _sheet(b'<c r="D2">' + formula + b"<v>2</v></c>")
    with pytest.raises(SubmissionRejected, match="formula") as refused:
        scan_sheet("About", sheet, DEFAULT_LIMITS)
    assert refused.value.place is not None and refused.value.place.cell == "D2"


def test_a_formula_after_a_long_prefix_is_refused() -> None:
    prefix = b"p" * 1000
    sheet = _sheet(b'<c r="D2"><' + prefix + b":f>1</" + prefix + b":f><v>1</v></c>")
    with pytest.raises(SubmissionRejected, match="formula"):
        scan_sheet("About", sheet, DEFAULT_LIMITS)
