"""The quick reader of exported sheets gives exactly what calamine gives, or steps aside."""

from __future__ import annotations

import io
import zipfile

import pytest
import python_calamine

from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.inline_cells import inline_rows
from tests.imports.conftest import sample, submission_bytes

NASTY = [
    "  spaces around  ",
    "line one\nline two\n",
    "tab\there",
    "R&D <b>bold</b> > \"quoted\" 'single'",
    "Mae'r cyngor yn gweithio ar ŵ a ŷ 🏙️",
    "=SUM(A1)",
    "-minus",
    "&amp; written out",
]


def _sheets(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    found = {}
    for name in archive.namelist():
        if name.startswith("xl/worksheets/sheet"):
            content = archive.read(name)
            if b">value_json<" in content:
                found["Answers"] = content
            elif b">questionnaire_sha256<" in content:
                found["_csn_meta"] = content
            elif b">How to answer<" in content:
                found["About"] = content
    return found


def _calamine(data: bytes, sheet: str) -> list[list[object]]:
    workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    rows: list[list[object]] = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    return rows


@pytest.mark.parametrize("text", NASTY)
def test_exported_sheets_read_as_calamine_reads_them(
    questionnaire: Questionnaire, text: str
) -> None:
    answers = sample(questionnaire, seed=7)
    answers.set("network_other", "", text)
    answers.set("strategy_lead", "", text)
    data = submission_bytes(questionnaire, answers)
    sheets = _sheets(data)
    for sheet in ("Answers", "_csn_meta"):
        assert inline_rows(sheets[sheet]) == _calamine(data, sheet)


def test_other_forms_are_left_to_calamine(questionnaire: Questionnaire) -> None:
    answers = sample(questionnaire, seed=7)
    answers.set("network_other", "", "an _x0041_ escape")
    sheets = _sheets(submission_bytes(questionnaire, answers))
    assert inline_rows(sheets["Answers"]) is None  # Excel's _xHHHH_ escapes
    assert inline_rows(sheets["About"]) is None  # numbers and dates
    answers_xml = _sheets(submission_bytes(questionnaire))["Answers"]
    for changed in (
        answers_xml.replace(b't="inlineStr"><is>', b't="inlineStr"><is><r>', 1),  # rich text
        answers_xml.replace(b"<c r=", b"<x:c r=", 1),  # a namespace prefix
        answers_xml.replace(b"Head of", b"Head&#10;of", 1),  # a character reference
        b'<?xml version="1.0" encoding="ISO-8859-1"?>' + answers_xml,
        answers_xml.replace(b'<c r="A2"', b'<c t="s" r="A2"', 1),  # attributes reordered
    ):
        assert inline_rows(changed) is None
