"""Nations, regions and authority types of the bundled list, named in the reader's language."""

from __future__ import annotations

import csv

from csn_desktop import i18n
from csn_desktop.domain.place_names import PLACE_WORDS, local_place
from csn_desktop.paths import resources_dir


def test_every_nation_region_and_type_of_the_bundled_list_is_known() -> None:
    path = resources_dir() / "councils" / "uk_local_authorities.csv"
    with path.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    used = {row[key] for row in rows for key in ("type_name", "nation", "region") if row[key]}
    assert used <= PLACE_WORDS, used - PLACE_WORDS


def test_in_welsh_a_place_is_named_in_welsh_and_other_text_is_left_alone() -> None:
    with i18n.using_language("cy"):
        assert local_place("Wales") == "Cymru"
        assert local_place("Welsh unitary authority") == "Awdurdod unedol yng Nghymru"
        assert local_place("Other regions") == "Other regions"
    assert local_place("Wales") == "Wales"
