"""``csn-desktop versions …`` in its own process: list, current, keep, withdraw, reinstate."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from csn_desktop.actions.setup import questionnaire_library
from csn_desktop.storage.database import open_database
from csn_desktop.storage.models import Assessment
from tests.command_line import cli
from tests.conftest import NewDatabase
from tests.imports.conftest import EXPORTED, sample, submission_bytes, write

UUID = "5b0f3f0e-7d3c-4c1e-9a55-4c0d6c2b9e01"


def test_versions_commands(tmp_path: Path, new_database: NewDatabase) -> None:
    questionnaire = questionnaire_library().latest()
    database = new_database("network")
    for seed, moment in ((1, EXPORTED), (2, EXPORTED - timedelta(days=2))):
        data = submission_bytes(
            questionnaire, sample(questionnaire, seed), submission_uuid=UUID, exported_at=moment
        )
        path = write(tmp_path, f"cardiff-{seed}.xlsx", data)
        assert cli("--database", database, "import", str(path)).returncode == 0

    listing = cli("--database", database, "versions", "list", "1")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert lines[0].split()[:4] == ["ID", "COUNCIL", "PERIOD", "STATE"]
    assert lines[1].split()[:4] == ["2", "Cardiff", "2026/27", "older"]
    assert "cardiff-2.xlsx" in lines[1] and "cardiff-1.xlsx" in listing.stdout
    assert any(line.split()[:4] == ["1", "Cardiff", "2026/27", "current"] for line in lines)

    listed = cli("--database", database, "list").stdout
    assert "older" in listed and "current" in listed

    made = cli("--database", database, "versions", "current", "2")
    assert made.returncode == 0, made.stderr
    assert "Version 2 is now the current one for Cardiff, 2026/27." in made.stdout
    with open_database(database) as db, db.read_session() as session:
        current = session.get(Assessment, 2)
        assert current is not None and current.superseded_by_id is None and current.uuid == UUID

    assert "No version is waiting" in cli("--database", database, "versions", "pending").stdout
    withdrawn = cli("--database", database, "versions", "withdraw", "1", "--reason", "Duplicate")
    assert withdrawn.returncode == 0 and "withdrawn" in withdrawn.stdout
    assert "withdrawn" in cli("--database", database, "list").stdout
    again = cli("--database", database, "versions", "withdraw", "2")
    assert again.returncode == 1 and "already withdrawn" in again.stderr
    shown = cli("--database", database, "versions", "withdrawn").stdout.splitlines()
    assert shown[1].split()[:2] == ["2", "Cardiff"]
    back = cli("--database", database, "versions", "reinstate", "2")
    assert back.returncode == 0 and "counted in the figures again" in back.stdout
    keep = cli("--database", database, "versions", "keep", "1")
    assert keep.returncode == 1 and "not waiting for a decision" in keep.stderr


def test_a_wrong_id_exits_1_with_one_sentence(new_database: NewDatabase) -> None:
    database = new_database("empty")
    for step in ("list", "current", "keep", "withdraw", "reinstate"):
        result = cli("--database", database, "versions", step, "42")
        assert result.returncode == 1
        assert result.stderr == "csn-desktop: There is no assessment number 42.\n"
        assert result.stdout == ""
