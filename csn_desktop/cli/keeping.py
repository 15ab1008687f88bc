"""``csn-desktop new``, ``delete``, ``restore``, ``archive``, ``unarchive`` and the bin and
archive listings: the council's own assessments kept tidy, without duplicates."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from csn_desktop.cli.numbers import positive
from csn_desktop.i18n import _, format_datetime

if TYPE_CHECKING:
    from csn_desktop.storage.database import Database

# Light at import: the parser (which the window also uses) imports add_parsers from here.


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = commands.add_parser("new", help=_("start a new assessment (refuses a duplicate)"))
    who = new.add_mutually_exclusive_group(required=True)
    who.add_argument("--council", metavar="GSS_CODE", help=_("the council's GSS code"))
    who.add_argument("--organisation", metavar="NAME", help=_("another organisation, by name"))
    new.add_argument("--period", required=True, metavar="PERIOD", help=_("such as 2026/27"))
    new.add_argument("--respondent", metavar="NAME")
    new.add_argument(
        "--allow-duplicate",
        action="store_true",
        help=_("create it even if the council already has an assessment for the period"),
    )
    delete = commands.add_parser(
        "delete", help=_("move an assessment to the bin (restore brings it back)")
    )
    delete.add_argument("id", type=positive, metavar="ID")
    delete.add_argument(
        "--permanently",
        action="store_true",
        help=_("delete an assessment already in the bin, and its answers, for good"),
    )
    restore = commands.add_parser("restore", help=_("take an assessment out of the bin"))
    restore.add_argument("id", type=positive, metavar="ID")
    archive = commands.add_parser(
        "archive", help=_("put an assessment aside (kept, listed with list --archived)")
    )
    archive.add_argument("id", type=positive, metavar="ID")
    unarchive = commands.add_parser("unarchive", help=_("put an archived assessment back"))
    unarchive.add_argument("id", type=positive, metavar="ID")


def add_list_flags(listing: argparse.ArgumentParser) -> None:
    aside = listing.add_mutually_exclusive_group()
    aside.add_argument("--bin", action="store_true", help=_("list the assessments in the bin"))
    aside.add_argument("--archived", action="store_true", help=_("list archived assessments"))


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions import assessment_bin
    from csn_desktop.actions.setup import open_app_database

    database = open_app_database(arguments.database)
    try:
        command = arguments.command
        if command == "new":
            return _new(database, arguments)
        number: int = arguments.id
        if command == "delete" and arguments.permanently:
            title = assessment_bin.delete_permanently(database, number)
            print(_("Deleted “{title}” permanently.").format(title=title))
        elif command == "delete":
            title = assessment_bin.delete_assessment(database, number)
            print(
                _("Moved “{title}” to the bin. Undo with: {command}").format(
                    title=title,
                    command=f"csn-desktop restore {number}",  # not translated: a command
                )
            )
        elif command == "restore":
            title = assessment_bin.restore_assessment(database, number)
            print(_("Restored “{title}”.").format(title=title))
        elif command == "archive":
            title = assessment_bin.archive_assessment(database, number)
            print(_("Archived “{title}”.").format(title=title))
        else:
            title = assessment_bin.archive_assessment(database, number, archived=False)
            print(_("Unarchived “{title}”.").format(title=title))
    finally:
        database.close()
    return 0


def _new(database: Database, arguments: argparse.Namespace) -> int:
    from csn_desktop.actions.assessments import DuplicateAssessment, start_assessment
    from csn_desktop.actions.setup import questionnaire_library
    from csn_desktop.errors import UserError

    try:
        new_id = start_assessment(
            database,
            questionnaire_library().latest(),
            period=arguments.period,
            gss_code=arguments.council,
            other_organisation=arguments.organisation,
            respondent=arguments.respondent,
            allow_duplicate=arguments.allow_duplicate,
        )
    except DuplicateAssessment as duplicate:
        raise UserError(
            _("{problem} Its number is {number}. To create another anyway, add {flag}.").format(
                problem=duplicate, number=duplicate.existing_id, flag="--allow-duplicate"
            )
        ) from duplicate
    print(_("Started assessment {number}.").format(number=new_id))
    return 0


def run_aside(arguments: argparse.Namespace) -> int:
    """``list --bin`` or ``list --archived``."""
    from csn_desktop.actions.assessment_bin import set_aside
    from csn_desktop.actions.setup import open_app_database

    database = open_app_database(arguments.database)
    try:
        rows = set_aside(database, binned=arguments.bin)
    finally:
        database.close()
    if not rows:
        print(_("The bin is empty.") if arguments.bin else _("Nothing is archived."))
        return 0
    since = _("DELETED") if arguments.bin else _("ARCHIVED")
    table = [(_("ID"), _("GSS CODE"), _("COUNCIL"), _("PERIOD"), _("STATUS"), since)]
    table += [
        (str(r.id), r.gss_code or "-", r.council, r.period, r.status, format_datetime(r.since))
        for r in rows
    ]
    widths = [max(len(row[n]) for row in table) for n in range(len(table[0]) - 1)]
    for row in table:
        print("  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[-1]]))
    return 0
