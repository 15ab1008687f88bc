"""Fixtures for storage tests: a fresh database in a temporary folder, a council and a draft."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from csn_desktop.storage.assessments import create_assessment
from csn_desktop.storage.database import Database, open_database
from csn_desktop.storage.organisations import OrganisationRow, find_organisation, load_organisations
from tests.conftest import TEST_ENGINE

CARDIFF = OrganisationRow(
    gss_code="W06000015",
    name="Cardiff",
    official_name="Cardiff Council",
    type_code="UA",
    type_name="Unitary authority",
    nation="Wales",
    region="Wales",
)
LEEDS = OrganisationRow(
    gss_code="E08000035",
    name="Leeds",
    official_name="Leeds City Council",
    type_code="MD",
    type_name="Metropolitan district",
    nation="England",
    region="Yorkshire and The Humber",
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "csn-desktop.sqlite3"


@pytest.fixture
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """A new database without councils: the file at db_path, or one on the PostgreSQL server."""
    location: str | Path = db_path
    if TEST_ENGINE == "postgresql":
        location = request.getfixturevalue("bare_database_url")
    database = open_database(location)
    yield database
    database.close()


@pytest.fixture
def assessment_id(db: Database) -> int:
    with db.session() as session:
        load_organisations(session, [CARDIFF, LEEDS])
        cardiff = find_organisation(session, CARDIFF.gss_code)
        assert cardiff is not None
        assessment = create_assessment(
            session,
            organisation_id=cardiff.id,
            questionnaire_id="csn-self-assessment",
            questionnaire_version=1,
            period="2026/27",
        )
        session.commit()
        return assessment.id
