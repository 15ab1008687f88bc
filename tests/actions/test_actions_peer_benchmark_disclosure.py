"""The benchmark file passes the network outputs' disclosure test: small groups reveal nothing."""

from __future__ import annotations

import json
from pathlib import Path

from csn_desktop.actions.peer_benchmark import write_benchmark_file
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.storage.database import Database
from tests.actions.test_actions_network_disclosure import (
    ENGLISH,
    SCOTTISH,
    WELSH,
    WRITTEN_AT,
    network,
    send,
)
from tests.imports.conftest import council_names

__all__ = ["network"]  # the fixture, shared with the network outputs' test


def groups(database: Database, library: QuestionnaireLibrary, path: Path) -> dict[str, object]:
    written = write_benchmark_file(database, library, path, produced_at=WRITTEN_AT)
    document = json.loads(written.path.read_text(encoding="utf-8"))
    return {f"{g['kind']}:{g['name']}": g for g in document["groups"]}


def test_a_council_in_groups_below_the_minimum_changes_only_the_groups_above_it(
    tmp_path: Path,
    network: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    before = groups(network, library, tmp_path / "before.json")
    assert "nation:Wales" not in before and "nation:Scotland" not in before
    assert "nation:England" in before and "uk:United Kingdom" in before
    send(tmp_path, network, library, questionnaire, WELSH[1], seed=99, later=3)
    after = groups(network, library, tmp_path / "after.json")
    assert set(after) == set(before)
    # Only groups holding the changed council may differ, and none of them is below the minimum.
    assert after["nation:England"] == before["nation:England"]
    changed = {name for name in before if after[name] != before[name]}
    assert changed <= {"uk:United Kingdom", *(n for n in before if n.startswith("authority_type"))}


def test_the_same_change_shows_in_a_group_large_enough(
    tmp_path: Path,
    network: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    before = groups(network, library, tmp_path / "before.json")
    send(tmp_path, network, library, questionnaire, ENGLISH[0], seed=99, later=3)
    after = groups(network, library, tmp_path / "after.json")
    assert after["nation:England"] != before["nation:England"]


def test_the_benchmark_names_no_council(
    tmp_path: Path, network: Database, library: QuestionnaireLibrary
) -> None:
    path = write_benchmark_file(network, library, tmp_path / "all.json").path
    text = path.read_text(encoding="utf-8")
    names = council_names()
    for code in WELSH + ENGLISH + SCOTTISH:
        assert code not in text
        assert names[code] not in text, names[code]
