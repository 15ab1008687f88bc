"""The bad-file corpus: a clear result for each, and rejected files leave the database alone."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.database import Database
from tests.imports.conftest import (
    about_cell,
    answer_row,
    edit_cells,
    rezip,
    set_meta,
    submission_bytes,
    table_counts,
    write,
)
from tests.imports.format1 import format1_bytes

Maker = Callable[[Questionnaire], bytes]

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'.encode()
        for n in range(1, 10)
    )
    + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<si><t>&lol9;</t></si></sst>"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<si><t>&xxe;</t></si></sst>"
)


def _replace_about_sheet(content: bytes) -> Maker:
    def make(q: Questionnaire) -> bytes:
        data = submission_bytes(q)
        part = _about_sheet_part(data)
        return rezip(data, lambda n, d: content if n == part else d, {})

    return make


def _replace_part(part: str, content: bytes) -> Maker:
    def make(q: Questionnaire) -> bytes:
        return rezip(submission_bytes(q), lambda n, d: content if n == part else d, {})

    return make


def _add_part(part: str, content: bytes) -> Maker:
    return lambda q: rezip(submission_bytes(q), lambda n, d: d, {part: content})


def _zip_bomb(q: Questionnaire) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/media/image1.png", b"\0" * 60_000_000)
    return out.getvalue()


def _many_entries(q: Questionnaire) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for n in range(20_000):
            archive.writestr(f"xl/media/{n}.bin", b"")
    return out.getvalue()


def _about_sheet_part(data: bytes) -> str:
    archive = zipfile.ZipFile(io.BytesIO(data))
    sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    return next(n for n in sheets if b">_organisation_name<" in archive.read(n))


def _far_cell(q: Questionnaire) -> bytes:
    data = submission_bytes(q)
    part = _about_sheet_part(data)
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return rezip(
        data, lambda n, d: d.replace(b"</sheetData>", far + b"</sheetData>") if n == part else d, {}
    )


def _formula(q: Questionnaire) -> bytes:
    def edit(workbook: Any) -> None:
        about_cell(workbook, "strategy_status").value = '=CONCAT("""Adopted""")'

    return edit_cells(submission_bytes(q), edit)


def _formula_format1(q: Questionnaire) -> bytes:
    def edit(workbook: Any) -> None:
        answer_row(workbook, "strategy_status")[2].value = '=CONCAT("""adopted""")'

    return edit_cells(format1_bytes(q), edit)


def _set_value(question_id: str, value: object) -> Maker:
    """A readable cell of the About sheet changed as a spreadsheet program would."""

    def make(q: Questionnaire) -> bytes:
        def edit(workbook: Any) -> None:
            cell = about_cell(workbook, question_id)
            cell.value = value
            cell.data_type = "s" if isinstance(value, str) else "n"

        return edit_cells(submission_bytes(q), edit)

    return make


def _set_json(question_id: str, value: object) -> Maker:
    """A format-1 file's Answers cell changed (its JSON text, or a number in its place)."""

    def make(q: Questionnaire) -> bytes:
        def edit(workbook: Any) -> None:
            cell = answer_row(workbook, question_id)[2]
            cell.value = value
            cell.data_type = "s" if isinstance(value, str) else "n"

        return edit_cells(format1_bytes(q), edit)

    return make


def _in_about_sheet(old: bytes, new: bytes) -> Maker:
    """Text changed in the About sheet's XML: what no spreadsheet program would write."""

    def make(q: Questionnaire) -> bytes:
        data = submission_bytes(q)
        part = _about_sheet_part(data)
        return rezip(data, lambda n, d: d.replace(old, new, 1) if n == part else d, {})

    return make


def _far_cell_quoted(q: Questionnaire) -> bytes:
    """A far cell written with single quotes and spaces, as XML allows."""
    data = submission_bytes(q)
    part = _about_sheet_part(data)
    far = b"<row><c r = 'A250000' t=\"inlineStr\"><is><t>x</t></is></c></row>"
    return rezip(
        data, lambda n, d: d.replace(b"</sheetData>", far + b"</sheetData>") if n == part else d, {}
    )


def _far_reference(letters: bytes, digits: bytes) -> Maker:
    """A cell reference thousands of characters long: more than Python converts to a number."""

    def make(q: Questionnaire) -> bytes:
        data = submission_bytes(q)
        part = _about_sheet_part(data)
        far = b'<row><c r="' + letters + digits + b'" t="inlineStr"><is><t>x</t></is></c></row>'
        return rezip(
            data,
            lambda n, d: d.replace(b"</sheetData>", far + b"</sheetData>") if n == part else d,
            {},
        )

    return make


def _wrong_checksum(q: Questionnaire) -> bytes:
    """A part whose bytes were changed after the zip's directory was written."""
    data = bytearray(submission_bytes(q))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo(_about_sheet_part(bytes(data)))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x55
    return bytes(data)


def _prefixed_formula(q: Questionnaire) -> bytes:
    old = b"<is><t>Chief Executive"
    return _in_about_sheet(old, b"<x:f>1+1</x:f>" + old)(q)


CORPUS: list[tuple[str, Maker, str, str | None]] = [
    ("renamed.xlsx", lambda q: b"council,use\nCardiff,yes\n", "text or CSV", None),
    ("empty.xlsx", lambda q: b"", "empty", None),
    ("old.xlsx", lambda q: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".xls", None),
    ("truncated.xlsx", lambda q: submission_bytes(q)[:3000], "damaged or incomplete", None),
    ("laughs.xlsx", _replace_about_sheet(BILLION_LAUGHS), "entit", None),
    ("xxe.xlsx", _add_part("xl/sharedStrings.xml", EXTERNAL_ENTITY), "entit", None),
    ("xxe-theme.xlsx", _replace_part("xl/theme/theme1.xml", EXTERNAL_ENTITY), "entit", None),
    ("bomb.xlsx", _zip_bomb, "zip bomb", None),
    ("entries.xlsx", _many_entries, "20,000 parts", None),
    ("far-cell.xlsx", _far_cell, "reaches row 1,048,576", None),
    ("formula.xlsx", _formula, "formula", "D"),
    ("formula-format1.xlsx", _formula_format1, "formula", "C"),
    ("prefixed-formula.xlsx", _prefixed_formula, "formula", "D"),
    ("far-quoted.xlsx", _far_cell_quoted, "reaches row 250,000", None),
    ("crc.xlsx", _wrong_checksum, "damaged", None),
    ("long.xlsx", _in_about_sheet(b"Chief Executive", b"x" * 40_000), "40,000 characters", "D"),
    ("control.xlsx", _in_about_sheet(b"Head of", b"Head_x0007_ of"), "control characters", "D"),
    ("macros.xlsm", _add_part("xl/vbaProject.bin", b"\0" * 64), "macros", None),
    (
        "links.xlsx",
        _add_part("xl/externalLinks/externalLink1.xml", b"<externalLink/>"),
        "links",
        None,
    ),
    (
        "format.xlsx",
        lambda q: edit_cells(submission_bytes(q), set_meta("format_version", "3")),
        "format version 3",
        "B",
    ),
    (
        "questionnaire.xlsx",
        lambda q: edit_cells(submission_bytes(q), set_meta("questionnaire_version", "99")),
        "does not know",
        "B",
    ),
    (
        "council.xlsx",
        lambda q: submission_bytes(q, gss_code="E09999999"),
        "GSS code E09999999",
        "B",
    ),
    (
        "huge-format.xlsx",
        lambda q: edit_cells(submission_bytes(q), set_meta("format_version", "9" * 5000)),
        "5,000 digits",
        "B",
    ),
    (
        "superscript-format.xlsx",
        lambda q: edit_cells(submission_bytes(q), set_meta("format_version", "1²")),
        "not a whole number",
        "B",
    ),
    (
        "huge-version.xlsx",
        lambda q: edit_cells(submission_bytes(q), set_meta("questionnaire_version", "7" * 5000)),
        "5,000 digits",
        "B",
    ),
    (
        "superscript-version.xlsx",
        lambda q: edit_cells(submission_bytes(q), set_meta("questionnaire_version", "²")),
        "not a whole number",
        "B",
    ),
    ("huge-row.xlsx", _far_reference(b"A", b"9" * 5000), "reaches row", None),
    ("huge-column.xlsx", _far_reference(b"Z" * 5000, b"2"), "reaches row", None),
    ("choice.xlsx", _set_value("strategy_status", "Sometimes"), "not one of the choices", "D"),
    ("type.xlsx", _set_value("standards_staff", "several"), "is not a number", "D"),
    ("number-choice.xlsx", _set_value("strategy_status", 3), "not one of the choices", "D"),
    ("yes-no.xlsx", _set_value("has_standards_lead", "Maybe"), "answer Yes or No", "D"),
    ("date.xlsx", _set_value("approved_on", "soon"), "Enter a date", "D"),
    ("choice-format1.xlsx", _set_json("strategy_status", '"sometimes"'), "not one of", "C"),
    ("type-format1.xlsx", _set_json("standards_staff", '"several"'), "Enter a number", "C"),
    ("number-cell-format1.xlsx", _set_json("standards_staff", 3), "JSON text", "C"),
    ("not-json-format1.xlsx", _set_json("strategy_lead", "plain words"), "not an answer", "C"),
]


@pytest.mark.parametrize(("name", "make", "expected", "column"), CORPUS, ids=[c[0] for c in CORPUS])
def test_bad_file_is_rejected_and_changes_nothing(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    name: str,
    make: Maker,
    expected: str,
    column: str | None,
) -> None:
    good = write(tmp_path, "good.xlsx", submission_bytes(questionnaire, seed=11))
    bad = write(tmp_path, name, make(questionnaire))
    before = table_counts(app_database)
    [result] = import_files(app_database, library, [bad])
    assert result.outcome is Outcome.REJECTED, result
    assert expected in str(result.message) + str(result.place)
    if column is not None:
        assert result.place is not None and result.place.cell is not None
        assert result.place.cell.startswith(column)
        assert result.place.row is not None and result.place.row > 1
    assert table_counts(app_database) == before
    # A failing file never stops the batch: the good file after it is imported.
    results = import_files(app_database, library, [bad, good])
    assert [r.outcome for r in results] == [Outcome.REJECTED, Outcome.NEW]
