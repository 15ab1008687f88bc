"""The import report's CSV: a row per file, its council and period, notes, same-council rows."""

from __future__ import annotations

import csv
from pathlib import Path

from csn_desktop.actions.import_report import (
    REPORT_COLUMNS,
    batch_summary,
    same_as_rows,
    same_council_and_period,
    write_report,
)
from csn_desktop.imports.outcomes import (
    AnswerNote,
    FileContext,
    FileResult,
    NoteReason,
    Outcome,
    Place,
)

CARDIFF = FileContext("Cardiff", "2026/27", "final", "submission")


def read_back(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def batch(tmp_path: Path) -> list[FileResult]:
    hidden = AnswerNote(
        NoteReason.HIDDEN,
        "7 gap answers kept but not counted: “Is there a service …?” (About, D19) is not Yes",
        "gap_description",
        answers=7,
        place=Place("Gaps", 3, "B3"),
    )
    invalid = AnswerNote(NoteReason.INVALID, "=not an e-mail kept, not counted", "respondent_email")
    return [
        FileResult(
            tmp_path / "cardiff.xlsx",
            Outcome.NEW,
            "Imported.",
            submission_uuid="u-1",
            council="Cardiff",
            assessment_id=1,
            sha256="aa",
            context=CARDIFF,
        ),
        FileResult(tmp_path / "notes.txt", Outcome.SKIPPED, "Not a spreadsheet."),
        FileResult(
            tmp_path / "swansea.xlsx",
            Outcome.REJECTED,
            "The file names “Cardiff Council” but the code W06000011 is Swansea.",
            place=Place("About", 4, "C4"),
            context=FileContext("Swansea", "2026/27", "draft", "template"),
        ),
        FileResult(
            tmp_path / "cardiff-corrected.xlsx",
            Outcome.REVISION,
            "Now current.",
            submission_uuid="u-1",
            council="Cardiff",
            assessment_id=2,
            sha256="bb",
            context=FileContext(" CARDIFF ", "2026/27", "final", "submission"),
            flagged=True,
            changes="12 answers changed: strategy_status, …",
            notes=(hidden, invalid),
        ),
        FileResult(
            tmp_path / "cardiff-last-year.xlsx",
            Outcome.NEW,
            "Imported.",
            council="Cardiff",
            context=FileContext("Cardiff", "2025/26", "final", "submission"),
        ),
    ]


def test_every_column_in_order_with_machine_values(tmp_path: Path) -> None:
    report = write_report(batch(tmp_path), tmp_path / "report.csv")
    with report.open(encoding="utf-8-sig", newline="") as stream:
        header = next(csv.reader(stream))
    assert tuple(header) == REPORT_COLUMNS
    rows = read_back(report)
    assert [r["outcome"] for r in rows] == ["new", "skipped", "rejected", "revision", "new"]
    revision = rows[3]
    assert revision["council"] == " CARDIFF "
    assert (revision["period"], revision["status"], revision["kind"]) == (
        "2026/27",
        "final",
        "submission",
    )
    assert revision["flagged"] == "yes"
    assert rows[0]["flagged"] == ""
    assert revision["changes"] == "12 answers changed: strategy_status, …"
    notes = revision["notes"].split(" | ")
    assert notes[0].startswith("7 gap answers kept but not counted")
    assert notes[1] == "=not an e-mail kept, not counted"  # not at the start of the cell
    assert (revision["assessment_id"], revision["sha256"], revision["submission_uuid"]) == (
        "2",
        "bb",
        "u-1",
    )


def test_refusals_carry_the_council_the_file_names_and_the_place(tmp_path: Path) -> None:
    rows = read_back(write_report(batch(tmp_path), tmp_path / "report.csv"))
    refused = rows[2]
    assert (refused["council"], refused["status"], refused["kind"]) == (
        "Swansea",
        "draft",
        "template",
    )
    assert (refused["sheet"], refused["row"], refused["cell"]) == ("About", "4", "C4")
    skipped = rows[1]
    assert skipped["council"] == skipped["period"] == skipped["same_as"] == ""


def test_same_council_and_period_names_spreadsheet_rows(tmp_path: Path) -> None:
    rows = read_back(write_report(batch(tmp_path), tmp_path / "report.csv"))
    # The header is row 1: the first Cardiff file is row 2, the corrected one row 5.
    assert rows[0]["same_as"] == "same council and period as row 5"
    assert rows[3]["same_as"] == "same council and period as row 2"
    assert rows[4]["same_as"] == ""  # another period
    assert rows[2]["same_as"] == ""  # another council


def test_several_rows_are_listed() -> None:
    context = FileContext("Cardiff", "2026/27")
    results = [FileResult(Path(f"{n}.xlsx"), Outcome.NEW, "", context=context) for n in range(3)]
    others = same_council_and_period(results)
    assert others == [[1, 2], [0, 2], [0, 1]]
    assert same_as_rows(others[0]) == "same council and period as rows 3, 4"


def test_every_text_is_formula_safe(tmp_path: Path) -> None:
    dangerous = FileContext("=HYPERLINK(1)", "+2026", "-draft", "@kind")
    result = FileResult(
        tmp_path / "=cmd.xlsx",
        Outcome.NEW,
        "@SUM(1)",
        context=dangerous,
        changes="-3 answers",
        notes=(AnswerNote(NoteReason.EDITED, "=edited", "q"),),
        place=Place("=Sheet", 1, "A1"),
    )
    [row] = read_back(write_report([result], tmp_path / "report.csv"))
    for key in ("council", "period", "status", "kind", "changes", "notes", "message", "sheet"):
        assert row[key].startswith("'"), key
    assert Path(row["file"].lstrip("'")).name == "=cmd.xlsx"


def test_the_tally_counts_each_outcome_and_the_flagged() -> None:
    def result(outcome: Outcome, flagged: bool = False) -> FileResult:
        return FileResult(Path("f.xlsx"), outcome, "", flagged=flagged)

    results = [
        result(Outcome.REJECTED),
        result(Outcome.NEW, flagged=True),
        result(Outcome.NEW),
        result(Outcome.DECIDE),
        result(Outcome.DECIDE),
        result(Outcome.DUPLICATE),
    ]
    assert batch_summary(results) == (
        "2 new, 1 duplicate, 2 need a decision, 1 rejected, "
        "1 flagged (answers changed after export)"
    )
    assert batch_summary([]) == "No files."
