"""Councils' Welsh names: in the bundled list, free of mojibake, stored and migrated."""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from csn_desktop.paths import councils_csv, resources_dir
from csn_desktop.storage import migrating
from csn_desktop.storage.database import Database, open_database
from csn_desktop.storage.organisations import (
    find_organisation,
    load_organisations,
    read_organisations_csv,
)
from tests.storage.conftest import CARDIFF, LEEDS

COUNCIL_FILES = sorted((resources_dir() / "councils").glob("*.csv"))


def _is_mojibake(text: str) -> bool:
    """UTF-8 read as Windows-1252 or Latin-1 ("MÃ´n"), or a character lost ("M?n", "M\ufffdn")."""
    if "\ufffd" in text or any(0x80 <= ord(c) < 0xA0 for c in text):
        return True
    for legacy in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(legacy).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if repaired != text:
            return True
    pairs = list(pairwise(text))
    # A UTF-8 lead byte shown as a character, then a continuation byte ("Ã´", "ï¾").
    if any(0xC2 <= ord(a) <= 0xF4 and 0x80 <= ord(b) <= 0xBF for a, b in pairs):
        return True
    triples = zip(text, text[1:], text[2:], strict=False)
    return any(c == "?" and a.isalpha() and b.isalpha() for a, c, b in triples)


def test_the_mojibake_check_catches_the_damage_seen_in_the_source() -> None:
    for damaged in ("Ynys MÃ´n", "Sir Ynys M\ufffdn", "Sir Ynys M?n", "Cityï¾ and County"):
        assert _is_mojibake(damaged), damaged
    for sound in ("Ynys Môn", "Sir Ynys Môn", "Tor-faen", "Bro Morgannwg", "King's Lynn"):
        assert not _is_mojibake(sound), sound


@pytest.mark.parametrize("path", COUNCIL_FILES, ids=lambda p: p.name)
def test_no_bundled_name_contains_mojibake(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as stream:
        cells = [cell for row in csv.reader(stream) for cell in row]
    assert cells
    assert [cell for cell in cells if _is_mojibake(cell)] == []


def test_the_22_welsh_councils_have_welsh_names_and_only_they() -> None:
    rows = read_organisations_csv(councils_csv())
    welsh = {r.gss_code: (r.name_cy, r.official_name_cy) for r in rows if r.name_cy}
    assert len(welsh) == 22
    assert all(code.startswith("W06") for code in welsh)
    assert all(r.name_cy and r.official_name_cy for r in rows if r.gss_code.startswith("W06"))
    assert welsh["W06000001"] == ("Ynys Môn", "Cyngor Sir Ynys Môn")
    assert welsh["W06000015"] == ("Caerdydd", "Cyngor Caerdydd")
    assert welsh["W06000016"] == ("Rhondda Cynon Taf", "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf")
    assert all(official.startswith("Cyngor ") for _name, official in welsh.values())


def test_loading_stores_the_welsh_names(db: Database) -> None:
    cardiff_cy = replace(CARDIFF, name_cy="Caerdydd", official_name_cy="Cyngor Caerdydd")
    with db.session() as session:
        load_organisations(session, [cardiff_cy, LEEDS])
        session.commit()
    with db.read_session() as session:
        cardiff = find_organisation(session, CARDIFF.gss_code)
        leeds = find_organisation(session, LEEDS.gss_code)
        assert cardiff is not None and leeds is not None
        assert (cardiff.name_cy, cardiff.official_name_cy) == ("Caerdydd", "Cyngor Caerdydd")
        assert (leeds.name_cy, leeds.official_name_cy) == (None, None)


def test_a_list_without_welsh_columns_still_loads(db: Database) -> None:
    row = {name: getattr(LEEDS, name) for name in ("gss_code", "name", "official_name")}
    row |= {"type_code": "MD", "type_name": "Metropolitan district"}
    row |= {"nation": "England", "region": "Yorkshire and The Humber"}
    with db.session() as session:
        assert load_organisations(session, [row]) == 1
        session.commit()


def test_a_0007_database_gains_the_welsh_names_of_its_councils(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "v07.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(migrating.alembic_config(connection), "0007")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO organisation (gss_code, name, official_name, type_code, type_name,"
            " nation, region, current) VALUES (?, ?, ?, 'WPA', 'Welsh unitary authority',"
            " ?, ?, 1)",
            [
                (
                    "W06000001",
                    "Isle of Anglesey",
                    "Isle of Anglesey County Council",
                    "Wales",
                    "Wales",
                ),
                ("W06000015", "Cardiff", "City of Cardiff Council", "Wales", "Wales"),
                ("E08000035", "Leeds", "Leeds City Council", "England", "Yorkshire"),
            ],
        )
    raw.close()

    open_database(path).close()
    with sqlite3.connect(path) as raw:
        rows = raw.execute(
            "SELECT gss_code, name, name_cy, official_name_cy FROM organisation ORDER BY gss_code"
        ).fetchall()
    raw.close()
    assert rows == [
        ("E08000035", "Leeds", None, None),
        ("W06000001", "Isle of Anglesey", "Ynys Môn", "Cyngor Sir Ynys Môn"),
        ("W06000015", "Cardiff", "Caerdydd", "Cyngor Caerdydd"),
    ]


def test_the_migration_seeds_the_same_names_as_the_bundled_list() -> None:
    import importlib.util

    file = migrating.SCRIPT_LOCATION / "versions" / "0008_welsh_names.py"
    spec = importlib.util.spec_from_file_location("welsh_names_0008", file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    bundled = {
        r.gss_code: (r.name_cy, r.official_name_cy)
        for r in read_organisations_csv(councils_csv())
        if r.name_cy
    }
    assert bundled == module.WELSH_NAMES
