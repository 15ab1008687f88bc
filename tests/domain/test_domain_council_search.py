"""Council search: names, Welsh names and codes, ignoring case, accents and punctuation."""

from __future__ import annotations

from csn_desktop.domain.council_search import fold, search_councils

COUNCILS = [
    ("E07000064", ("Rother", "Rother District Council")),
    ("E08000018", ("Rotherham", "Rotherham Metropolitan Borough Council")),
    ("W06000001", ("Isle of Anglesey", "Isle of Anglesey County Council", "Ynys Môn")),
    ("W06000015", ("Cardiff", "City of Cardiff Council", "Caerdydd")),
    ("E06000023", ("Bristol, City of", "Bristol City Council")),
    ("E08000026", ("Coventry", "Coventry City Council")),
]


def found(query: str) -> list[str]:
    return [code for code, _names in search_councils(query, COUNCILS, lambda c: (*c[1], c[0]))]


def test_fold_ignores_case_accents_and_punctuation() -> None:
    assert fold("  Sir Ynys MÔN ") == "sir ynys mon"
    assert fold("Bristol, City of") == "bristol city of"
    assert fold("Castell-nedd Port Talbot") == "castell nedd port talbot"
    assert fold("ŵyr a ŷd") == "wyr a yd"


def test_welsh_and_official_names_are_found() -> None:
    assert found("Caerdydd") == ["W06000015"]
    assert found("ynys mon") == ["W06000001"]
    assert found("Ynys Môn") == ["W06000001"]
    assert found("City of Cardiff") == ["W06000015"]


def test_the_exact_name_comes_before_longer_names() -> None:
    assert found("rother") == ["E07000064", "E08000018"]
    assert found("ROTHERHAM") == ["E08000018"]


def test_typed_words_may_skip_words_of_the_name() -> None:
    assert found("city cardiff") == ["W06000015"]
    assert found("bristol city") == ["E06000023"]


def test_gss_codes_are_found() -> None:
    assert found("w06000015") == ["W06000015"]
    assert found("E0800") == ["E08000018", "E08000026"]


def test_nothing_typed_gives_all_and_nonsense_gives_none() -> None:
    assert len(found("  ")) == len(COUNCILS)
    assert found("Gotham") == []


def test_a_council_shown_by_its_welsh_name_is_found_by_its_english_one() -> None:
    shown_in_welsh = [
        ("W06000015", ("Caerdydd", "Cyngor Caerdydd", "Cardiff", "City of Cardiff Council")),
        ("W06000001", ("Ynys Môn", "Cyngor Sir Ynys Môn", "Isle of Anglesey")),
    ]

    def welsh_found(query: str) -> list[str]:
        return [c for c, _n in search_councils(query, shown_in_welsh, lambda c: (*c[1], c[0]))]

    assert welsh_found("Cardiff") == ["W06000015"]
    assert welsh_found("cyngor sir ynys mon") == ["W06000001"]
    assert welsh_found("anglesey") == ["W06000001"]
