"""``csn-desktop versions …``: see a submission's versions, make one current, keep, withdraw."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from csn_desktop.cli.numbers import positive
from csn_desktop.cli.version_words import version_state
from csn_desktop.i18n import _, format_datetime, format_number

if TYPE_CHECKING:
    from csn_desktop.actions.versions import VersionInfo

# Light at import: the parser (which the window also uses) imports add_parser from here.


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    versions = commands.add_parser(
        "versions", help=_("see versions of a submission, choose the current one, withdraw")
    )
    steps = versions.add_subparsers(dest="versions_command", required=True, metavar="STEP")
    listing = steps.add_parser(
        "list", help=_("every version of an assessment's council and period")
    )
    listing.add_argument("id", type=positive, metavar="ID")
    current = steps.add_parser("current", help=_("make this version the one counted"))
    current.add_argument("id", type=positive, metavar="ID")
    keep = steps.add_parser(
        "keep", help=_("keep the current version; this one waiting for a decision stays older")
    )
    keep.add_argument("id", type=positive, metavar="ID")
    steps.add_parser("pending", help=_("versions waiting for staff to choose"))
    steps.add_parser("withdrawn", help=_("assessments left out of the figures"))
    withdraw = steps.add_parser(
        "withdraw", help=_("leave an assessment out of the figures (kept, reversible)")
    )
    withdraw.add_argument("id", type=positive, metavar="ID")
    withdraw.add_argument("--reason", default="", metavar="TEXT")
    reinstate = steps.add_parser("reinstate", help=_("count a withdrawn assessment again"))
    reinstate.add_argument("id", type=positive, metavar="ID")


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions import versions
    from csn_desktop.actions.setup import open_app_database

    database = open_app_database(arguments.database)
    try:
        step = arguments.versions_command
        if step == "list":
            _print_table(versions.list_versions(database, arguments.id), full=True)
        elif step == "pending":
            _print_list(
                versions.pending_decisions(database), _("No version is waiting for a decision.")
            )
        elif step == "withdrawn":
            _print_list(versions.withdrawn(database), _("No assessment is withdrawn."))
        elif step == "current":
            print(versions.make_current(database, arguments.id))
        elif step == "keep":
            print(versions.keep_current(database, arguments.id))
        elif step == "withdraw":
            print(versions.withdraw(database, arguments.id, arguments.reason))
        else:
            print(versions.reinstate(database, arguments.id))
    finally:
        database.close()
    return 0


def _print_list(rows: list[VersionInfo], empty: str) -> None:
    if rows:
        _print_table(rows, full=False)
    else:
        print(empty)


def _print_table(rows: list[VersionInfo], *, full: bool) -> None:
    """Aligned columns; the last one (the import's message) is not padded."""
    header = (
        _("ID"),
        _("COUNCIL"),
        _("PERIOD"),
        _("STATE"),
        _("STATUS"),
        _("ANSWERS"),
        _("IMPORTED"),
        _("FILE"),
    )
    table = [header]
    for row in rows:
        imported = format_datetime(row.imported_at) if row.imported_at else _("made here")
        table.append(
            (
                str(row.assessment_id),
                row.council,
                row.period,
                version_state(
                    pending=row.decision_pending,
                    current=row.current,
                    withdrawn=row.withdrawn,
                    flagged=row.flagged,
                ),
                row.status,
                format_number(row.answer_count),
                imported,
                row.file_name or "-",
            )
        )
    widths = [max(len(line[n]) for line in table) for n in range(len(header) - 1)]
    for n, line in enumerate(table):
        cells = [cell.ljust(width) for cell, width in zip(line, widths, strict=False)]
        print("  ".join([*cells, line[-1]]).rstrip())
        if full and n and rows[n - 1].message:
            print("    " + rows[n - 1].message)
