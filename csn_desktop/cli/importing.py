"""``csn-desktop import PATH... [--report FILE.csv]``: import submissions, one line per file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop.cli.languages import add_language
from csn_desktop.i18n import _, ngettext

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
    # The report's rows are the messages the import gives: both in the language chosen.
    add_language(parser)


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.i18n import using_language

    with using_language(arguments.language):
        return _run(arguments)


def _run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions.import_report import (
        batch_summary,
        same_council_and_period,
        write_report,
    )
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
    for result, others in zip(results, same_council_and_period(results), strict=True):
        print(describe(result, [results[p] for p in others]))
    print(batch_summary(results))
    if report is not None:
        write_report(results, report, database=database)
        print(_("Report written to {path}.").format(path=report))
    # Non-zero when any spreadsheet could not be imported (every one in a folder is tried).
    return 1 if any_rejected(results) else 0


INDENT = "    "


def describe(result: FileResult, same_as: Sequence[FileResult] = ()) -> str:
    """One file's lines: its outcome, path, council and period, what happened and where.

    Then, indented: what changed, each note (with its place), and the other files of the
    batch (``same_as``) naming the same council and period.
    """
    from csn_desktop.actions.import_report import council_of

    head = outcome_word(result.outcome)
    if result.flagged:
        # TRANSLATORS: an outcome of a file whose answers were changed after export.
        head = _("{outcome}, flagged").format(outcome=head)
    who = ", ".join(part for part in (council_of(result), result.context.period) if part)
    line = f"{head}: {result.path}"
    if who:
        line += f" [{who}]"
    line += f": {result.message}"
    if result.place:
        line += f" ({result.place})"
    lines = [line]
    if result.changes:
        lines.append(INDENT + result.changes)
    for note in result.notes:
        lines.append(f"{INDENT}– {note.message}" + (f" ({note.place})" if note.place else ""))
    if same_as:
        names = ", ".join(str(other.path.name) for other in same_as)
        lines.append(
            INDENT
            + ngettext(
                "same council and period as {files}",
                "same council and period as {files}",
                len(same_as),
            ).format(files=names)
        )
    return "\n".join(lines)


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
