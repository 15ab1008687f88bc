"""Every workbook the app writes keeps formula-like text as text: the network workbook too."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from csn_desktop.actions.network import load_network
from csn_desktop.actions.network_reports import export_network_report
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.network_figures import Audience
from csn_desktop.exports.cell_text import FORMULA_TRIGGERS, csv_text, looks_like_formula
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Organisation
from tests.exports.conftest import CARDIFF

COUNCIL = '=HYPERLINK("http://evil.example/x","click")'
REGION = "@SUM(1+1)"
TYPE = "-2+3"


def test_csv_text_quotes_every_trigger() -> None:
    for trigger in FORMULA_TRIGGERS:
        assert csv_text(trigger + "x") == "'" + trigger + "x"
    assert csv_text("Cardiff") == "Cardiff"
    assert csv_text("") == ""
    assert looks_like_formula("=1") and not looks_like_formula("1=1")


def test_the_network_workbook_keeps_hostile_text_as_text(
    database: Database, library: QuestionnaireLibrary, hostile_id: int, tmp_path: Path
) -> None:
    with database.session() as session:
        council = session.scalars(
            select(Organisation).where(Organisation.gss_code == CARDIFF)
        ).one()
        council.name, council.region, council.type_name = COUNCIL, REGION, TYPE
        session.commit()
    data = load_network(database, library)
    filters = Filters(regions=frozenset({REGION}), include_drafts=True)
    restricted = export_network_report(
        data,
        filters,
        tmp_path / "n.xlsx",
        minimum=1,
        audience=Audience.RESTRICTED,
        database=database,
    )
    found = _text_cells(restricted)
    assert {COUNCIL, REGION, TYPE} <= found
    assert any(value.startswith('=HYPERLINK("http://x"') for value in found)  # a free-text answer
    assert any(REGION in value for value in found)  # the selection, in words
    publishable = export_network_report(
        data, filters, tmp_path / "p.xlsx", minimum=1, database=database
    )
    found = _text_cells(publishable)
    assert TYPE in found  # the authority type's group
    assert not any(COUNCIL in value for value in found)


def _text_cells(path: Path) -> set[str]:
    """Every text cell of the workbook, each checked to be text, quote-prefixed when it must be."""
    workbook = load_workbook(path)
    found: set[str] = set()
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    found.add(cell.value)
                    if looks_like_formula(cell.value):
                        assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)
    return found
