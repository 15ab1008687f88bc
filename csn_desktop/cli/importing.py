"""``csn-desktop import PATH... [--report FILE.csv]``: import submissions, one line per file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop.i18n import _, format_number

if TYPE_CHECKING:
    from csn_desktop.imports.outcomes import FileResult, Outcome

# Light at import: the parser (which the window also uses) imports add_parser from here.


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import",
        help=_("import submissions, .xlsx or .ods (files, folders, glob patterns)"),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--report", metavar="FILE.csv", help=_("also write one CSV row per file"))


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions.import_report import write_report
    from csn_desktop.actions.importing import any_rejected, import_files
    from csn_desktop.actions.output_guard import OutputKind, check_output, location_files
    from csn_desktop.actions.setup import open_app_database, questionnaire_library
    from csn_desktop.imports.files import expand

    report: Path | None = None
    if arguments.report:
        # Checked before anything is imported: a wrong --report changes nothing at all.
        report = check_output(
            arguments.report,
            OutputKind.CSV,
            protected=location_files(arguments.database),
            reading=expand(arguments.paths).files,
        )
    database = open_app_database(arguments.database)
    try:
        results = import_files(
            database,
            questionnaire_library(),
            arguments.paths,
            progress=_print_progress if sys.stderr.isatty() else None,
        )
    finally:
        database.close()
    for result in results:
        print(describe(result))
    counts: dict[Outcome, int] = {}
    for result in results:
        counts[result.outcome] = counts.get(result.outcome, 0) + 1
    tally = [
        # TRANSLATORS: one entry of the closing tally, e.g. "3 imported", "1 rejected".
        _("{count} {outcome}").format(count=format_number(n), outcome=outcome_word(outcome))
        for outcome, n in counts.items()
    ]
    print(", ".join(tally) or _("No files."))
    if report is not None:
        write_report(results, report, database=database)
        print(_("Report written to {path}.").format(path=report))
    # Non-zero when any spreadsheet could not be imported (every one in a folder is tried).
    return 1 if any_rejected(results) else 0


def describe(result: FileResult) -> str:
    """One file's line: its outcome, path, council, what happened and where in the file."""
    who = f" [{result.council}]" if result.council else ""
    line = f"{outcome_word(result.outcome)}: {result.path}{who}: {result.message}"
    return f"{line} ({result.place})" if result.place else line


def outcome_word(outcome: Outcome) -> str:
    """The outcome of one file in the current language (imported, duplicate, rejected ...)."""
    from csn_desktop.imports.outcomes import Outcome

    words = {
        Outcome.NEW: _("new"),
        Outcome.DUPLICATE: _("duplicate"),
        Outcome.REVISION: _("revision"),
        Outcome.OLDER: _("older version"),
        Outcome.DECIDE: _("needs a decision"),
        Outcome.REJECTED: _("rejected"),
        Outcome.SKIPPED: _("skipped"),
        Outcome.CANCELLED: _("cancelled"),
    }
    return words[outcome]


def _print_progress(done: int, total: int, _result: FileResult) -> None:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
    if done == total:
        print(file=sys.stderr)
