"""``csn-desktop database init|upgrade|check``: the administrator's commands for a database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop.i18n import _, format_number

if TYPE_CHECKING:
    from csn_desktop.storage.administration import SchemaState

# Light at import: the parser (which the window also uses) imports add_parser from here.


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    database = commands.add_parser(
        "database", help=_("create, upgrade or check the database (for its administrator)")
    )
    steps = database.add_subparsers(dest="database_command", required=True, metavar="STEP")
    steps.add_parser("init", help=_("create the tables in an empty database and load the councils"))
    upgrade = steps.add_parser(
        "upgrade", help=_("bring an older database up to this version (back it up first)")
    )
    upgrade.add_argument(
        "--backed-up",
        action="store_true",
        help=_("confirm that a server database has been backed up (pg_dump) just now"),
    )
    steps.add_parser(
        "check", help=_("show the schema, counts and server; exit 1 unless it is up to date")
    )


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions import administration
    from csn_desktop.storage.locations import resolve_database

    location = resolve_database(arguments.database)
    step = arguments.database_command
    if step == "check":
        state = administration.check_database(location)
        _print_state(state)
        return 0 if state.current else 1
    if step == "init":
        change = administration.initialise_database(location)
        if change.found is not None:
            print(
                _("The database at {url} already has its tables (schema {revision}).").format(
                    url=change.where, revision=change.found
                )
            )
        else:
            print(
                _("Created the tables and loaded the councils in {url}.").format(url=change.where)
            )
        return 0
    return _upgrade(location, backed_up=arguments.backed_up)


def _upgrade(location: str | Path, *, backed_up: bool) -> int:
    from csn_desktop.actions import administration
    from csn_desktop.storage.administration import is_server
    from csn_desktop.storage.database import database_url
    from csn_desktop.storage.migrating import HEAD_REVISION

    state = administration.check_database(location)
    if state.current:
        print(_("The database at {url} is up to date: nothing to do.").format(url=state.where))
        return 0
    url = database_url(location)
    if is_server(url) and not backed_up and state.revision is not None:
        # An upgrade cannot be undone, and only the administrator can make a server's backup.
        print(
            _(
                "Back up the database first, for example:\n"
                "  pg_dump -Fc -f csn-before-upgrade.dump -h HOST -U ADMIN {database}\n"
                "then run “csn-desktop database upgrade --backed-up”. Nothing has been changed."
            ).format(database=url.database or "")
        )
        return 1
    change = administration.upgrade_database(location)
    if not change.migrated:
        print(_("Another administrator upgraded the database meanwhile: nothing left to do."))
        return 0
    print(
        _("Upgraded {url} from schema {old} to {new}.").format(
            url=change.where, old=change.found, new=HEAD_REVISION
        )
    )
    if change.backup is not None:
        print(_("The file as it was is kept in {path}.").format(path=change.backup))
    return 0


def _print_state(state: SchemaState) -> None:
    from csn_desktop.storage.migrating import HEAD_REVISION

    if state.revision is None:
        verdict = _("empty: create its tables with “csn-desktop database init”")
    elif state.current:
        verdict = _("up to date")
    elif state.newer:
        verdict = _("made by a newer version of csn-desktop")
    else:
        verdict = _("older: upgrade it with “csn-desktop database upgrade”")
    names = {
        "organisation": _("councils and organisations"),
        "assessment": _("assessments"),
        "import_record": _("imported files"),
        "audit_event": _("audit trail entries"),
    }
    print(_("Database: {url}").format(url=state.where))
    print(_("Server: {server}").format(server=state.server))
    print(
        _("Schema: {revision} ({verdict}; this version needs {head})").format(
            revision=state.revision or "-", verdict=verdict, head=HEAD_REVISION
        )
    )
    for table, count in state.counts.items():
        print(_("{what}: {count}").format(what=names.get(table, table), count=format_number(count)))
