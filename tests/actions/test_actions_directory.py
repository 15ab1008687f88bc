"""The councils offered in New assessment: other names, type and county from the bundled list."""

from __future__ import annotations

from csn_desktop.actions.directory import find_councils, organisation_choices
from csn_desktop.storage.database import Database


def test_choices_carry_welsh_names_type_and_county(app_database: Database) -> None:
    choices = {c.gss_code: c for c in organisation_choices(app_database)}
    cardiff = choices["W06000015"]
    assert "Caerdydd" in cardiff.other_names
    assert cardiff.type_code == "WPA" and cardiff.area == "Wales"
    assert choices["E07000064"].area == "East Sussex"
    assert choices["E08000018"].area == "South Yorkshire"
    assert choices["E08000018"].type_name == "Metropolitan district"


def test_rother_and_rotherham_are_two_councils_in_two_counties(app_database: Database) -> None:
    found = find_councils(organisation_choices(app_database), "rother")
    assert [(c.name, c.area) for c in found[:2]] == [
        ("Rother", "East Sussex"),
        ("Rotherham", "South Yorkshire"),
    ]


def test_welsh_short_and_official_names_find_the_council(app_database: Database) -> None:
    choices = organisation_choices(app_database)
    for typed in ("Caerdydd", "caerdydd", "City of Cardiff", "cardiff council"):
        assert find_councils(choices, typed)[0].gss_code == "W06000015", typed
    for typed in ("ynys mon", "Ynys Môn", "SIR YNYS MON", "anglesey"):
        assert find_councils(choices, typed)[0].gss_code == "W06000001", typed


def test_choices_carry_the_welsh_names_and_either_language_finds_them(
    app_database: Database,
) -> None:
    choices = organisation_choices(app_database)
    cardiff = next(c for c in choices if c.gss_code == "W06000015")
    assert (cardiff.name_cy, cardiff.official_name_cy) == ("Caerdydd", "Cyngor Caerdydd")
    assert cardiff.shown_name("cy") == "Caerdydd" and cardiff.shown_name("en_GB") == "Cardiff"
    for typed in ("Cardiff", "Caerdydd", "Cyngor Caerdydd"):
        assert find_councils(choices, typed)[0] == cardiff, typed
    rct = find_councils(choices, "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf")
    assert rct[0].gss_code == "W06000016"
    leeds = next(c for c in choices if c.gss_code == "E08000035")
    assert leeds.name_cy is None and leeds.shown_name("cy") == "Leeds"
