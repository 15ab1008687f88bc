"""A file is filed under the council it names, or refused naming both councils."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment, Organisation
from tests.imports.conftest import CARDIFF, EXPORTED, sample, submission_bytes, table_counts, write
from tests.imports.test_imports_template import Fill, about, council_and_answers, filled_template

SWANSEA = "W06000011"


def named(name: str, code: str) -> Fill:
    def fill(workbook: Any, questionnaire: Questionnaire) -> None:
        about("_organisation_name", name)(workbook, questionnaire)
        about("_gss_code", code)(workbook, questionnaire)

    return fill


def councils(database: Database) -> list[tuple[str, str | None]]:
    """(submission uuid, the GSS code it is stored under) of every assessment."""
    with database.session() as session:
        rows = session.execute(
            select(Assessment.uuid, Organisation.gss_code)
            .join(Organisation)
            .order_by(Assessment.id)
        )
        return [(str(u), code) for u, code in rows]


def test_template_naming_another_council_is_refused_naming_both(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    data = filled_template(library.latest(), council_and_answers, named("Cardiff Council", SWANSEA))
    [result] = import_files(app_database, library, [write(tmp_path, "filled.xlsx", data)])
    assert result.outcome is Outcome.REJECTED, result
    assert result.message == (
        "The file names “Cardiff Council”, but W06000011 is Swansea. "
        "Check the GSS code in the About sheet."
    )
    assert result.place is not None and result.place.sheet == "About" and result.place.cell
    assert table_counts(app_database) == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("City of Cardiff Council", CARDIFF),
        ("CARDIFF  COUNCIL", CARDIFF),
        ("Caerdydd", CARDIFF),
        ("Cyngor Caerdydd", CARDIFF),
        ("City and County of Swansea", SWANSEA),
        ("Abertawe", SWANSEA),
        ("", CARDIFF),  # no name: nothing to compare, the code decides
    ],
)
def test_template_naming_its_council_in_a_usual_way_is_imported(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary, name: str, code: str
) -> None:
    data = filled_template(library.latest(), council_and_answers, named(name, code))
    [result] = import_files(app_database, library, [write(tmp_path, "filled.xlsx", data)])
    assert result.outcome is Outcome.NEW, result
    assert [c for _u, c in councils(app_database)] == [code]


def test_submissions_with_swapped_codes_are_both_refused(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    q = library.latest()
    paths = [
        write(
            tmp_path,
            "cardiff.xlsx",
            submission_bytes(q, gss_code=SWANSEA, organisation_name="Cardiff", seed=1),
        ),
        write(
            tmp_path,
            "swansea.xlsx",
            submission_bytes(q, gss_code=CARDIFF, organisation_name="Swansea", seed=2),
        ),
    ]
    results = import_files(app_database, library, paths)
    assert [r.outcome for r in results] == [Outcome.REJECTED, Outcome.REJECTED], results
    assert results[0].message.startswith("The file names “Cardiff”, but W06000011 is Swansea.")
    assert results[1].message.startswith("The file names “Swansea”, but W06000015 is Cardiff.")
    assert results[0].place is not None and results[0].place.sheet == "_csn_meta"
    assert table_counts(app_database) == (0, 0, 0, 0)


def test_a_submission_id_never_moves_to_another_council(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    q = library.latest()
    uuid = "3f1b2c4d-5e6f-4a0b-8c1d-2e3f4a5b6c7d"
    first = submission_bytes(q, submission_uuid=uuid, gss_code=CARDIFF)
    [stored] = import_files(app_database, library, [write(tmp_path, "cardiff.xlsx", first)])
    assert stored.outcome is Outcome.NEW
    before = table_counts(app_database)
    answers = sample(q, seed=8)
    later = EXPORTED.replace(day=25)
    moved = submission_bytes(q, answers, submission_uuid=uuid, gss_code=SWANSEA, exported_at=later)
    [result] = import_files(app_database, library, [write(tmp_path, "swansea.xlsx", moved)])
    assert result.outcome is Outcome.REJECTED, result
    assert "for Cardiff" in result.message and "to Swansea (W06000011)" in result.message
    assert table_counts(app_database) == before
    assert councils(app_database) == [(uuid, CARDIFF)]
    with app_database.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assert assessment.superseded_by_id is None
        assert assessment.id == stored.assessment_id
