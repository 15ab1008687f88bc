"""A council's name is recognised in its usual variants, and another council's is not."""

from __future__ import annotations

import pytest

from csn_desktop.domain.organisation_names import is_name_of, local_name, name_words

CARDIFF = ("Cardiff", "City of Cardiff Council")
SWANSEA = ("Swansea", "City and County of Swansea Council")


@pytest.mark.parametrize(
    "written",
    [
        "Cardiff",
        "Cardiff Council",
        "CARDIFF COUNCIL",
        "  City of  Cardiff   Council ",
        "The City of Cardiff Council",
        "cardiff city council",
        "Cardiff, City of",
    ],
)
def test_variants_of_cardiff_are_cardiff(written: str) -> None:
    assert is_name_of(written, CARDIFF)
    assert not is_name_of(written, SWANSEA)


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("City and County of Swansea", SWANSEA),
        ("Swansea Council", SWANSEA),
        (
            "Hammersmith and Fulham",
            ("Hammersmith and Fulham", "London Borough of Hammersmith & Fulham"),
        ),
        ("London Borough of Hammersmith and Fulham", ("Hammersmith & Fulham",)),
        ("Royal Borough of Greenwich", ("Greenwich",)),
        ("Barnsley Metropolitan Borough Council", ("Barnsley",)),
        ("City of Bradford Metropolitan District Council", ("Bradford",)),
        ("Adur District Council", ("Adur",)),
        ("St. Helens", ("St Helens",)),
        ("King’s Lynn and West Norfolk", ("King's Lynn and West Norfolk",)),
        ("Ynys Môn", ("Ynys Mon",)),
        ("Cyngor Caerdydd", ("Caerdydd",)),
        ("Dinas a Sir Abertawe", ("Abertawe",)),
        ("Cyngor Sir Benfro", ("Sir Benfro",)),
    ],
)
def test_usual_variants_match(written: str, names: tuple[str, ...]) -> None:
    assert is_name_of(written, names)


def test_london_keeps_its_name() -> None:
    """Words for kinds of council are dropped, but never so far that a name is empty."""
    assert name_words("City of London") == ("london",)
    assert is_name_of("City of London Corporation", ("City of London",))
    assert not is_name_of("Greater London Authority", ("City of London",))
    assert name_words("City of") == ("city", "of")
    assert not is_name_of("Council", CARDIFF)


def test_blank_names_never_match() -> None:
    assert not is_name_of("Cardiff", ("", "  "))


@pytest.mark.parametrize(
    ("language", "shown"),
    [("cy", "Caerdydd"), ("cy_GB", "Caerdydd"), ("cy-GB", "Caerdydd"), ("en_GB", "Cardiff")],
)
def test_local_name_is_welsh_in_welsh(language: str, shown: str) -> None:
    assert local_name("Cardiff", "Caerdydd", language) == shown


def test_local_name_keeps_the_name_without_a_welsh_one() -> None:
    assert local_name("Leeds", None, "cy") == "Leeds"
    assert local_name("Leeds", "  ", "cy") == "Leeds"
    assert local_name("Isle of Anglesey", "Ynys Môn", "en") == "Isle of Anglesey"
