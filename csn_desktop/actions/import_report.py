"""The import report: one CSV row per file, every text field safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from csn_desktop.actions.output_guard import OutputKind, check_output
from csn_desktop.exports.atomic import write_atomically
from csn_desktop.exports.cell_text import csv_text
from csn_desktop.i18n import _, format_number, ngettext
from csn_desktop.imports.outcomes import FileResult, Outcome
from csn_desktop.storage.database import Database

# The column names are the CSV's machine keys (scripts read them): never translated.
REPORT_COLUMNS = (
    "file",
    "council",
    "period",
    "status",
    "kind",
    "outcome",
    "flagged",
    "changes",
    "notes",
    "message",
    "sheet",
    "row",
    "cell",
    "same_as",
    "submission_uuid",
    "assessment_id",
    "sha256",
)
FLAGGED = "yes"  # not translated: a stable CSV value, blank when not flagged
NOTE_SEPARATOR = " | "
FIRST_ROW = 2  # a spreadsheet shows the header as row 1, so the first file is row 2
_NOT_READ = frozenset({Outcome.SKIPPED, Outcome.CANCELLED})


def council_of(result: FileResult) -> str:
    """The council a file names (also on refusals, when it was read that far), or blank."""
    return result.context.council or result.council or ""


def same_council_and_period(results: Sequence[FileResult]) -> list[list[int]]:
    """For each result, the positions of the other results naming the same council and period.

    Names are compared without case or surrounding spaces; a file naming no council or no
    period matches nothing.
    """
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, result in enumerate(results):
        council, period = council_of(result).strip().casefold(), result.context.period or ""
        if council and period.strip():
            groups[council, period.strip()].append(position)
    others: list[list[int]] = [[] for _ in results]
    for positions in groups.values():
        for position in positions:
            others[position] = [p for p in positions if p != position]
    return others


def same_as_rows(positions: Sequence[int]) -> str:
    """“same council and period as rows 3, 7”: the report's rows, counted as a spreadsheet does."""
    if not positions:
        return ""
    rows = ", ".join(format_number(p + FIRST_ROW) for p in positions)
    return ngettext(
        "same council and period as row {rows}",
        "same council and period as rows {rows}",
        len(positions),
    ).format(rows=rows)


def batch_summary(results: Sequence[FileResult]) -> str:
    """The closing line: how many files had each outcome, and how many were flagged."""
    counts = Counter(result.outcome for result in results)
    parts = [outcome_count(outcome, counts[outcome]) for outcome in Outcome if counts[outcome]]
    flagged = sum(1 for result in results if result.flagged)
    if flagged:
        parts.append(
            ngettext(
                "{count} flagged (answers changed after export)",
                "{count} flagged (answers changed after export)",
                flagged,
            ).format(count=format_number(flagged))
        )
    return ", ".join(parts) or _("No files.")


def outcome_count(outcome: Outcome, count: int) -> str:
    """How many files had one outcome: "3 new", "1 needs a decision", "2 rejected"."""
    n = format_number(count)
    texts = {
        Outcome.NEW: ngettext("{count} new", "{count} new", count),
        Outcome.DUPLICATE: ngettext("{count} duplicate", "{count} duplicates", count),
        Outcome.REVISION: ngettext("{count} revision", "{count} revisions", count),
        Outcome.OLDER: ngettext("{count} older version", "{count} older versions", count),
        Outcome.DECIDE: ngettext("{count} needs a decision", "{count} need a decision", count),
        Outcome.REJECTED: ngettext("{count} rejected", "{count} rejected", count),
        Outcome.SKIPPED: ngettext("{count} skipped", "{count} skipped", count),
        Outcome.CANCELLED: ngettext("{count} cancelled", "{count} cancelled", count),
    }
    return texts[outcome].format(count=n)


def check_report_target(
    path: Path | str, database: Database | None = None, reading: Iterable[Path] = ()
) -> Path:
    """The report's path if it may be written (see output_guard); checked before importing."""
    return check_output(path, OutputKind.CSV, database=database, reading=reading)


def write_report(
    results: Iterable[FileResult],
    path: Path | str,
    *,
    database: Database | None = None,
    reading: Iterable[Path] = (),
) -> Path:
    """The results as CSV (UTF-8 with a byte-order mark, so Excel shows accents right).

    Written atomically, and never over the database, a file that was imported or a file that
    is not text; ``reading`` adds the files read besides those named in ``results``.
    """
    results = list(results)
    # Skipped and cancelled files were never opened: a report may replace an old report there.
    read = [*reading, *(r.path for r in results if r.outcome not in _NOT_READ)]
    path = check_report_target(path, database, read)
    same = same_council_and_period(results)

    def write(binary: BinaryIO) -> None:
        stream = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        writer = csv.writer(stream)
        writer.writerow(REPORT_COLUMNS)
        for result, others in zip(results, same, strict=True):
            writer.writerow(report_row(result, others))
        stream.flush()
        stream.detach()  # the caller closes the binary file

    return write_atomically(path, write)


def report_row(r: FileResult, same_as: Sequence[int] = ()) -> list[str | int]:
    """One file's row; text fields (the file name too) never start like a formula.

    ``same_as``: the positions (from 0) of the other results naming the same council and period.
    """
    place, context = r.place, r.context
    row: list[str | int] = [
        csv_text(str(r.path)),
        csv_text(council_of(r)),
        csv_text(context.period or ""),
        csv_text(context.status or ""),
        csv_text(context.kind or ""),
        str(r.outcome),
        FLAGGED if r.flagged else "",
        csv_text(r.changes),
        csv_text(NOTE_SEPARATOR.join(note.message for note in r.notes)),
        csv_text(r.message),
        csv_text(place.sheet if place and place.sheet else ""),
        place.row or "" if place else "",
        csv_text(place.cell or "") if place else "",
        csv_text(same_as_rows(same_as)),
        csv_text(r.submission_uuid or ""),
        r.assessment_id or "",
        csv_text(r.sha256 or ""),
    ]
    return row
