"""The names an import compares a file's council name with: register names and other names."""

from __future__ import annotations

from pathlib import Path

from csn_desktop.paths import councils_csv, resources_dir
from csn_desktop.storage.database import Database
from csn_desktop.storage.imported import Council, organisation_by_code, organisation_by_id
from csn_desktop.storage.organisations import (
    add_other_organisation,
    load_organisations,
    read_organisations_csv,
    read_other_names,
)
from tests.storage.conftest import CARDIFF, LEEDS


def test_councils_by_code_and_by_id_with_both_names(db: Database) -> None:
    with db.session() as session:
        load_organisations(session, [CARDIFF, LEEDS])
        other = add_other_organisation(session, "Cardiff Bus")
        leeds = organisation_by_code(session, LEEDS.gss_code)
        assert (
            leeds == Council(leeds.id, "E08000035", "Leeds", "Leeds City Council")
            if leeds
            else False
        )
        assert organisation_by_code(session, "E99999999") is None
        assert organisation_by_id(session, leeds.id if leeds else 0) == leeds
        assert organisation_by_id(session, other.id) is None  # no GSS code: not a council


def test_bundled_other_names_are_welsh_councils_in_the_list() -> None:
    names = read_other_names(resources_dir() / "councils" / "other_names.csv")
    codes = {row.gss_code for row in read_organisations_csv(councils_csv())}
    assert "Caerdydd" in names["W06000015"] and "Abertawe" in names["W06000011"]
    assert set(names) <= codes
    assert all(code.startswith("W06") for code in names)
    # Damaged in the source ("Sir Ynys M\ufffdn"): repaired, never copied as it was.
    assert "Ynys Môn" in names["W06000001"] and "Sir Ynys Môn" in names["W06000001"]
    assert all("\ufffd" not in n and "ï" not in n for ns in names.values() for n in ns)


def test_a_missing_file_of_other_names_gives_none(tmp_path: Path) -> None:
    assert read_other_names(tmp_path / "absent.csv") == {}
