"""The home list: the quick read from the file and the normal path give the same rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from csn_desktop.actions.home import home_list, quick_home_list, remember_definitions
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.storage.quick_read import DEFINITIONS_KEY
from tests.quick_databases import WELSH_COUNCIL, make_database


def normal(path: Path):  # type: ignore[no-untyped-def]
    library = questionnaire_library()
    with open_app_database(path, library=library) as database:
        return home_list(database, library)


def test_quick_and_normal_paths_list_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    ids = make_database(path)
    quick = quick_home_list(path)
    assert quick is not None
    assert quick == normal(path)
    shown = {row.id for row in quick.rows}
    assert len(shown) == 3 and not shown & {ids["binned"], ids["archived"]}
    assert WELSH_COUNCIL in {row.council for row in quick.rows}
    assert quick.imported == 4
    assert [r.updated_at for r in quick.rows] == sorted(
        (r.updated_at for r in quick.rows), reverse=True
    )


def test_not_quick_until_the_definitions_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path, remember=False)
    assert quick_home_list(path) is None
    library = questionnaire_library()
    with open_app_database(path, library=library) as database:
        remember_definitions(database, library)
    assert quick_home_list(path) is not None


def test_progress_computed_with_other_definitions_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE app_state SET value = 'other' WHERE key = ?", (DEFINITIONS_KEY,))
    assert quick_home_list(path) is None


def test_a_summary_never_computed_takes_the_normal_path(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE assessment SET answered_count = NULL WHERE origin = 'local' AND id = "
            "(SELECT max(id) FROM assessment WHERE origin = 'local')"
        )
    assert quick_home_list(path) is None
    listed = normal(path)
    assert all(row.progress is not None for row in listed.rows)  # computed from the answers


@pytest.mark.parametrize("location", ["sqlite:///{path}", "{missing}"])
def test_urls_and_missing_files_take_the_normal_path(tmp_path: Path, location: str) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    chosen = location.format(path=path, missing=tmp_path / "missing.sqlite3")
    assert quick_home_list(chosen) is None


def test_both_paths_carry_the_councils_welsh_name(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE organisation SET name_cy = 'Ynys Môn' WHERE name = ?", (WELSH_COUNCIL,))
    raw.close()
    quick = quick_home_list(path)
    assert quick is not None
    welsh = [row.council_cy for row in quick.rows if row.council == WELSH_COUNCIL]
    assert welsh and set(welsh) == {"Ynys Môn"}
    assert quick == normal(path)
