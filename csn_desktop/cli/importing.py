"""``csn-desktop import PATH... [--report FILE.csv]``: import submissions, one line per file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from csn_desktop.imports.outcomes import FileResult

# Light at import: the parser (which the window also uses) imports add_parser from here.


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import", help="import Excel submissions (files, folders, glob patterns)"
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--report", metavar="FILE.csv", help="also write one CSV row per file")


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions.importing import any_rejected, import_files, write_report
    from csn_desktop.actions.setup import open_app_database, questionnaire_library
    from csn_desktop.imports.outcomes import Outcome

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
    print(", ".join(f"{n} {outcome}" for outcome, n in counts.items()) or "No files.")
    if arguments.report:
        write_report(results, Path(arguments.report))
        print(f"Report written to {arguments.report}.")
    return 1 if any_rejected(results) else 0


def describe(result: FileResult) -> str:
    where = f" ({result.place})" if result.place else ""
    who = f" [{result.council}]" if result.council else ""
    return f"{result.outcome}: {result.path}{who}: {result.message}{where}"


def _print_progress(done: int, total: int, _result: FileResult) -> None:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
    if done == total:
        print(file=sys.stderr)
