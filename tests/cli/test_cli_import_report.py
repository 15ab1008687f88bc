"""``csn-desktop import --report``, run as a user does: the lines printed and the CSV read back."""

from __future__ import annotations

import csv
from pathlib import Path

from csn_desktop.actions.setup import questionnaire_library
from csn_desktop.cli.importing import describe
from csn_desktop.imports.outcomes import (
    AnswerNote,
    FileContext,
    FileResult,
    NoteReason,
    Outcome,
    Place,
)
from tests.command_line import cli
from tests.imports.conftest import submission_bytes, write

SWANSEA = "W06000011"


def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    questionnaire = questionnaire_library().latest()
    write(folder, "a-cardiff.xlsx", submission_bytes(questionnaire, seed=1))
    write(folder, "b-broken.xlsx", b"")
    write(folder, "c-swansea.xlsx", submission_bytes(questionnaire, gss_code=SWANSEA, seed=2))
    # Another of Cardiff's files for the same period (a second submission id).
    write(folder, "d-cardiff-again.xlsx", submission_bytes(questionnaire, seed=3))
    return folder


def test_the_report_and_the_lines_name_council_period_and_the_same_council(
    tmp_path: Path,
) -> None:
    report = tmp_path / "report.csv"
    database = tmp_path / "network.sqlite3"
    done = cli("--database", str(database), "import", str(inbox(tmp_path)), "--report", str(report))
    assert done.returncode == 1, done.stderr  # the broken spreadsheet could not be imported
    with report.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    by_file = {Path(row["file"]).name: row for row in rows}
    assert list(by_file) == [
        "a-cardiff.xlsx",
        "b-broken.xlsx",
        "c-swansea.xlsx",
        "d-cardiff-again.xlsx",
    ]
    cardiff, broken, swansea, again = rows
    assert (cardiff["council"], cardiff["period"], cardiff["status"], cardiff["kind"]) == (
        "Cardiff",
        "2026/27",
        "final",
        "submission",
    )
    assert swansea["council"] == "Swansea"
    assert broken["outcome"] == "rejected"
    assert broken["message"] == "The file is empty."
    # Header row 1: Cardiff's files are rows 2 and 5.
    assert cardiff["same_as"] == "same council and period as row 5"
    assert again["same_as"] == "same council and period as row 2"
    assert swansea["same_as"] == broken["same_as"] == ""
    assert cardiff["assessment_id"] and cardiff["sha256"] and cardiff["submission_uuid"]

    lines = done.stdout.splitlines()
    first = next(line for line in lines if "a-cardiff.xlsx" in line and "[" in line)
    assert first.startswith("new: ")
    assert "[Cardiff, 2026/27]" in first
    following = lines[lines.index(first) + 1]
    assert following == "    same council and period as d-cardiff-again.xlsx"
    assert any(line.startswith("rejected: ") and "b-broken.xlsx" in line for line in lines)
    assert "1 rejected" in done.stdout
    assert f"Report written to {report}." in done.stdout


def test_a_line_shows_changes_each_note_and_the_place() -> None:
    note = AnswerNote(
        NoteReason.HIDDEN,
        "7 gap answers kept but not counted",
        "gap_description",
        answers=7,
        place=Place("Gaps", 3, "B3"),
    )
    result = FileResult(
        Path("inbox/cardiff.xlsx"),
        Outcome.REVISION,
        "Now current.",
        context=FileContext("Cardiff", "2026/27", "final", "submission"),
        flagged=True,
        changes="12 answers changed: …",
        notes=(note, AnswerNote(NoteReason.INVALID, "An e-mail without a dot", "email")),
    )
    other = FileResult(Path("inbox/old.xlsx"), Outcome.OLDER, "Kept.")
    assert describe(result, [other]).splitlines() == [
        "revision, flagged: inbox/cardiff.xlsx [Cardiff, 2026/27]: Now current.",
        "    12 answers changed: …",
        "    – 7 gap answers kept but not counted (sheet “Gaps”, row 3, cell B3)",
        "    – An e-mail without a dot",
        "    same council and period as old.xlsx",
    ]
    refused = FileResult(Path("x.xlsx"), Outcome.REJECTED, "No.", place=Place("About", 2, "C2"))
    assert describe(refused) == "rejected: x.xlsx: No. (sheet “About”, row 2, cell C2)"
