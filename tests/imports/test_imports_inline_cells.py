"""The quick reader of exported sheets gives exactly what calamine gives, or steps aside."""

from __future__ import annotations

import io
import random
import zipfile

import pytest
import python_calamine

from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.imports.inline_cells import inline_rows
from csn_desktop.imports.limits import DEFAULT_LIMITS, Limits
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
READ = ("About", "Standards", "Gaps", "_csn_meta")


def _parts(data: bytes) -> tuple[dict[str, bytes], bytes]:
    """Each sheet's XML by sheet name (through the workbook's relationships), and the styles."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    workbook = archive.read("xl/workbook.xml").decode()
    rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    found = {}
    for name in READ:
        rid = workbook.split(f'name="{name}"')[1].split('id="')[1].split('"')[0]
        found[name] = archive.read("xl/" + _target(rels, rid))
    return found, archive.read("xl/styles.xml")


def _target(rels: str, rid: str) -> str:
    element = next(e for e in rels.split("<Relationship ")[1:] if f'Id="{rid}"' in e)
    return element.split('Target="')[1].split('"')[0].removeprefix("/xl/")


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
    answers.set("gaps.description", "2", text)
    data = submission_bytes(questionnaire, answers, organisation_name=text)
    sheets, styles = _parts(data)
    for sheet in READ:
        found = inline_rows(sheets[sheet], styles, DEFAULT_LIMITS)
        assert found is not None, sheet
        assert found == _calamine(data, sheet), sheet


@pytest.mark.parametrize("seed", range(6))
def test_numbers_dates_and_blanks_read_as_calamine_reads_them(
    questionnaire: Questionnaire, seed: int
) -> None:
    answers = sample_answers(questionnaire, random.Random(seed), completeness=0.3 + seed / 10)
    answers.set("standards_staff", "", 12.5 if seed % 2 else 12)
    answers.set("approved_on", "", "2026-11-24")
    data = submission_bytes(questionnaire, answers)
    sheets, styles = _parts(data)
    for sheet in READ:
        assert inline_rows(sheets[sheet], styles, DEFAULT_LIMITS) == _calamine(data, sheet)


def test_other_forms_are_left_to_calamine(questionnaire: Questionnaire) -> None:
    answers = sample(questionnaire, seed=7)
    answers.set("network_other", "", "an _x0041_ escape")
    sheets, styles = _parts(submission_bytes(questionnaire, answers))
    assert inline_rows(sheets["About"], styles, DEFAULT_LIMITS) is None  # _xHHHH_ escapes
    about = _parts(submission_bytes(questionnaire))[0]["About"]
    for changed in (
        about.replace(b't="inlineStr"><is>', b't="inlineStr"><is><r>', 1),  # rich text
        about.replace(b"<c r=", b"<x:c r=", 1),  # a namespace prefix
        about.replace(b"Head of", b"Head&#10;of", 1),  # a character reference
        about.replace(b"Head of", b"Head\rof", 1),  # a carriage return
        b'<?xml version="1.0" encoding="ISO-8859-1"?>' + about,
        about.replace(b'<c r="A2"', b'<c t="s" r="A2"', 1),  # attributes reordered
        about.replace(b'<c r="A2" s="7" t="inlineStr"><is><t>', b'<c r="A2" t="s"><v>', 1),
        about.replace(b"<is><t>Head of Digital</t></is>", b"<f>1+1</f><v>2</v>", 1),  # formula
        about.replace(b"</sheetData>", b'<row r="9"><c r="B9"><v>1</v></c></row></sheetData>'),
        about.replace(b"<t>Head of Digital</t>", b"<t><![CDATA[Head of Digital]]></t>", 1),
        about.replace(b"</sheetData>", b"<!-- a comment --></sheetData>"),
        about.replace(b"</row>", b'<!-- <row r="3"> --></row>', 1),  # a row tag in a comment
        about.replace(b"</row>", b"<?pi a cell?></row>", 1),  # a processing instruction
        about.replace(b"</sheetData>", b"<x/></sheetData>"),  # an element not read
    ):
        assert inline_rows(changed, styles, DEFAULT_LIMITS) is None


def test_cells_beyond_the_limits_are_left_to_the_scan(questionnaire: Questionnaire) -> None:
    sheets, styles = _parts(submission_bytes(questionnaire))
    assert inline_rows(sheets["About"], styles, Limits(max_rows=10)) is None
    assert inline_rows(sheets["Standards"], styles, Limits(max_column=3)) is None
