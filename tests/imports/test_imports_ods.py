"""LibreOffice's own format (.ods) imports like .xlsx, with the same checks before parsing."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.container import open_checked
from csn_desktop.imports.limits import DEFAULT_LIMITS
from csn_desktop.imports.ods_sheets import scan_ods
from csn_desktop.imports.outcomes import Outcome, SubmissionRejected
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from tests.imports.conftest import sample, submission_bytes, table_counts, write
from tests.imports.ods_files import HEAD, MANIFEST, ods, ods_from_xlsx, table, tables_from_xlsx

SAVE_AS = "File → Save As → Excel Workbook (.xlsx), then send that file."
TEXT_CELL = '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'


def test_an_ods_submission_imports_with_every_answer(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    answers = sample(questionnaire, seed=7)
    answers.set("network_other", "", "Mae'r cyngor yn gweithio ar ŵ a ŷ — =SUM(A1) <b> & “quotes”")
    data = ods_from_xlsx(submission_bytes(questionnaire, answers))
    [result] = import_files(app_database, library, [write(tmp_path, "cardiff.ods", data)])
    assert result.outcome is Outcome.NEW, result
    with app_database.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        stored = load_answers(session, assessment.id)
    assert stored.values == submitted_answers(questionnaire, answers).values


def _rows(cells: str, repeat: str = "") -> bytes:
    return (
        f'<table:table table:name="_csn_meta"><table:table-row{repeat}>{cells}'
        "</table:table-row></table:table>"
    ).encode()


Maker = Callable[[Questionnaire], bytes]
_GOOD_TABLES = table("About", [["Section"]])


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
)

ODS_CORPUS: list[tuple[str, Maker, str, str | None]] = [
    (
        "formula.ods",
        lambda q: ods(
            _rows(
                TEXT_CELL + '<table:table-cell table:formula="of:=1+1" office:value-type="float" '
                'office:value="2"><text:p>2</text:p></table:table-cell>'
            )
        ),
        "formula",
        "B1",
    ),
    (
        "far-column.ods",
        lambda q: ods(
            _rows(
                TEXT_CELL.replace(
                    "<table:table-cell", '<table:table-cell table:number-columns-repeated="16384"'
                )
            )
        ),
        "reaches row 1, column 16,384",
        None,
    ),
    (
        "far-row.ods",
        lambda q: ods(_rows(TEXT_CELL, ' table:number-rows-repeated="1048576"')),
        "reaches row 1,048,576",
        None,
    ),
    (
        "far-after-empty.ods",
        lambda q: ods(
            _rows('<table:table-cell table:number-columns-repeated="5000"/>' + TEXT_CELL)
        ),
        "column 5,001",
        None,
    ),
    (
        "far-after-empty-rows.ods",
        lambda q: ods(
            b'<table:table table:name="_csn_meta">'
            b'<table:table-row table:number-rows-repeated="200000">'
            b'<table:table-cell table:number-columns-repeated="3"/></table:table-row>'
            b"<table:table-row>" + TEXT_CELL.encode() + b"</table:table-row></table:table>"
        ),
        "reaches row 200,001",
        None,
    ),
    (
        "far-quoted.ods",
        lambda q: ods(
            _rows(
                '<table:table-cell table:style-name="a>b" table:number-columns-repeated="900"'
                ' office:value-type="string"><text:p>x</text:p></table:table-cell>'
            )
        ),
        "column 900",
        None,
    ),
    (
        "laughs.ods",
        lambda q: ods(_GOOD_TABLES, head=LAUGHS + HEAD[HEAD.index(b"<office") :]),
        "entit",
        None,
    ),
    (
        "macros.ods",
        lambda q: ods(_GOOD_TABLES, extra={"Basic/Standard/Module1.xml": b"<m/>"}),
        "macros",
        None,
    ),
    (
        "password.ods",
        lambda q: ods(
            _GOOD_TABLES,
            manifest=MANIFEST.replace(
                b"</manifest:manifest>", b"<manifest:encryption-data/></manifest:manifest>"
            ),
        ),
        "password",
        None,
    ),
    (
        "text.ods",
        lambda q: ods(_GOOD_TABLES, mimetype=b"application/vnd.oasis.opendocument.text"),
        SAVE_AS,
        None,
    ),
    (
        "prefix.ods",
        lambda q: ods(_GOOD_TABLES, head=HEAD.replace(b"xmlns:table=", b"xmlns:t=")),
        "table namespace",
        None,
    ),
    ("numbers.numbers", lambda q: _zip({"Index/Document.iwa": b"\0"}), "Export To → Excel", None),
    ("other.zip", lambda q: _zip({"word/document.xml": b"<w/>"}), SAVE_AS, None),
    ("old.xls", lambda q: OLE + b"\0" * 600, SAVE_AS, None),
    (
        "locked.xlsx",
        lambda q: OLE + "EncryptedPackage".encode("utf-16-le") + b"\0" * 600,
        "password",
        None,
    ),
    ("answers.csv", lambda q: b"question_id,value\nstrategy_status,adopted\n", SAVE_AS, None),
    ("binary.bin", lambda q: b"\x00\x01\x02" * 100, SAVE_AS, None),
    ("no-meta.ods", lambda q: ods(_GOOD_TABLES), "no hidden metadata sheet", None),
]


@pytest.mark.parametrize(
    ("name", "make", "expected", "cell"), ODS_CORPUS, ids=[c[0] for c in ODS_CORPUS]
)
def test_a_bad_or_foreign_file_is_refused_with_what_to_do(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    name: str,
    make: Maker,
    expected: str,
    cell: str | None,
) -> None:
    bad = write(tmp_path, name, make(questionnaire))
    before = table_counts(app_database)
    [result] = import_files(app_database, library, [bad])
    assert result.outcome is Outcome.REJECTED, result
    assert expected in result.message, result.message
    if cell is not None:
        assert result.place is not None and result.place.cell == cell, result.place
    after = table_counts(app_database)
    assert after[:2] == before[:2]  # no assessment, no answer


def test_libreoffice_empty_tail_is_not_counted_but_a_value_far_out_is(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    """LibreOffice repeats an empty cell to the last column; a value repeated so far is refused."""
    tables = tables_from_xlsx(submission_bytes(questionnaire))
    tail = b'<table:table-cell table:number-columns-repeated="16370"/>'
    assert tail in tables
    [ok] = import_files(app_database, library, [write(tmp_path, "good.ods", ods(tables))])
    assert ok.stored, ok
    valued = tail.replace(b"/>", b' office:value-type="float" office:value="0"/>')
    bad = ods(tables.replace(tail, valued, 1))
    [refused] = import_files(app_database, library, [write(tmp_path, "bad.ods", bad)])
    assert refused.outcome is Outcome.REJECTED
    assert "column 16,3" in refused.message, refused.message


EMPTY_TAIL = '<table:table-cell table:number-columns-repeated="16370"/>'


def _scanned(tables: str) -> frozenset[str]:
    return scan_ods(open_checked(ods(tables.encode()), DEFAULT_LIMITS), DEFAULT_LIMITS)


def _sheet(*rows: str) -> str:
    return '<table:table table:name="S">' + "".join(rows) + "</table:table>"


def _row(cells: str, attributes: str = "") -> str:
    return f"<table:table-row{attributes}>{cells}</table:table-row>"


def _extent_refused(tables: str) -> str:
    with pytest.raises(SubmissionRejected) as refused:
        _scanned(tables)
    return str(refused.value)


def test_empty_cells_ending_a_row_and_empty_rows_ending_a_sheet_are_not_counted() -> None:
    styled = '<table:table-cell table:style-name="ce1"/>\n'
    tables = _sheet(
        _row(TEXT_CELL * 26 + styled + '<table:table-cell table:style-name="ce2"/>' + EMPTY_TAIL),
        _row("", ' table:number-rows-repeated="99998"'),
        _row(TEXT_CELL + EMPTY_TAIL),
        _row(EMPTY_TAIL, ' table:number-rows-repeated="1048000"'),
    )
    assert _scanned(tables) == {"S"}  # row 100,000 and column Z: the last allowed


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # An empty cell with anything but a style and a repeat count is a cell.
        (
            TEXT_CELL + '<table:table-cell table:content-validation-name="v1" '
            'table:number-columns-repeated="16370"/>',
            "column 16,371",
        ),
        # A cell repeated before the empty tail counts as often as it is repeated.
        (
            TEXT_CELL.replace(
                "<table:table-cell", '<table:table-cell table:number-columns-repeated="30"'
            )
            + EMPTY_TAIL,
            "column 30",
        ),
        (TEXT_CELL * 27 + EMPTY_TAIL, "column 27"),
    ],
)
def test_a_row_reaching_past_column_z_is_refused(row: str, expected: str) -> None:
    assert expected in _extent_refused(_sheet(_row(row))), row


def test_a_cell_repeated_after_its_row_has_ended_counts() -> None:
    stray = TEXT_CELL.replace(
        "<table:table-cell", '<table:table-cell table:number-columns-repeated="900"'
    )
    assert "column 901" in _extent_refused(_sheet(_row(TEXT_CELL + EMPTY_TAIL) + stray))


def test_print_titles_after_the_last_row_are_not_a_cell() -> None:
    titles = (
        '<table:named-expressions><table:named-range table:name="_xlnm.Print_Titles" '
        'table:base-cell-address="$S.$A$1" table:cell-range-address="$S.$1:.$1"/>'
        "</table:named-expressions>"
    )
    tables = _sheet(
        _row(TEXT_CELL + EMPTY_TAIL),
        _row(EMPTY_TAIL, ' table:number-rows-repeated="1048574"'),
        _row(EMPTY_TAIL) + titles,
    )
    assert _scanned(tables) == {"S"}
    stray = titles.replace("</table:named-expressions>", TEXT_CELL + "</table:named-expressions>")
    assert "row 1,048,576" in _extent_refused(tables.replace(titles, stray))


def test_empty_rows_before_a_row_with_a_value_count() -> None:
    tables = _sheet(
        _row(TEXT_CELL + EMPTY_TAIL),
        _row(EMPTY_TAIL, ' table:number-rows-repeated="99999"'),
        _row(TEXT_CELL + EMPTY_TAIL),
    )
    assert "row 100,001" in _extent_refused(tables)


@pytest.mark.parametrize(
    "tables",
    [
        _sheet(_row(TEXT_CELL)) + "</table:table>",  # an end without a start
        _sheet(_sheet(_row(TEXT_CELL))),  # a table inside a table
        '<table:table table:name="S">' + _row(TEXT_CELL),  # a start without an end
    ],
)
def test_tables_that_do_not_pair_up_are_refused(tables: str) -> None:
    assert "table inside a table" in _extent_refused(tables)
