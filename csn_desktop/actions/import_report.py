"""The import report: one CSV row per file, every text field safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from csn_desktop.actions.output_guard import OutputKind, check_output
from csn_desktop.exports.atomic import write_atomically
from csn_desktop.exports.cell_text import csv_text
from csn_desktop.imports.outcomes import FileResult, Outcome
from csn_desktop.storage.database import Database

REPORT_COLUMNS = (
    "file",
    "outcome",
    "message",
    "sheet",
    "row",
    "cell",
    "submission_uuid",
    "council",
    "assessment_id",
    "sha256",
)
_NOT_READ = frozenset({Outcome.SKIPPED, Outcome.CANCELLED})


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

    def write(binary: BinaryIO) -> None:
        stream = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        writer = csv.writer(stream)
        writer.writerow(REPORT_COLUMNS)
        for r in results:
            writer.writerow(report_row(r))
        stream.flush()
        stream.detach()  # the caller closes the binary file

    return write_atomically(path, write)


def report_row(r: FileResult) -> list[str | int]:
    """One file's row; text fields (the file name too) never start like a formula."""
    place = r.place
    texts = [
        str(r.path),
        str(r.outcome),
        r.message,
        place.sheet if place and place.sheet else "",
    ]
    row: list[str | int] = [csv_text(t) for t in texts]
    row += [place.row or "" if place else "", csv_text(place.cell or "") if place else ""]
    row += [csv_text(r.submission_uuid or ""), csv_text(r.council or ""), r.assessment_id or ""]
    row.append(csv_text(r.sha256 or ""))
    return row
