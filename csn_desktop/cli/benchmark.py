"""``csn-desktop report benchmark`` (the network) and ``csn-desktop benchmark load|show``."""

from __future__ import annotations

import argparse
from pathlib import Path

from csn_desktop.cli.languages import add_language
from csn_desktop.cli.numbers import positive
from csn_desktop.domain.disclosure import DEFAULT_MINIMUM_GROUP
from csn_desktop.errors import UserError
from csn_desktop.i18n import _

# Light at import: the parser (which the window also uses) imports the add_* functions.


def add_report_parser(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``report benchmark``: the peer benchmark file councils load."""
    benchmark = kinds.add_parser(
        "benchmark", help=_("the peer benchmark file councils load (.json)")
    )
    benchmark.add_argument("-o", "--output", required=True, metavar="FILE", help=_(".json"))
    benchmark.add_argument(
        "--period",
        metavar="PERIOD",
        help=_("the period the figures are about (default: the newest with a submission)"),
    )
    benchmark.add_argument(
        "--include-drafts", action="store_true", help=_("count drafts too (the file says so)")
    )
    benchmark.add_argument(
        "--minimum-group",
        type=positive,
        default=DEFAULT_MINIMUM_GROUP,
        metavar="N",
        help=_("withhold figures about fewer councils than this"),
    )
    # The file holds ids and figures only (the app that loads it names them in its own
    # language): the option sets the language of what the command says.
    add_language(benchmark)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``benchmark load FILE`` and ``benchmark show``: a council's peer benchmark."""
    benchmark = commands.add_parser("benchmark", help=_("load or show the peer benchmark"))
    actions = benchmark.add_subparsers(dest="benchmark_command", required=True, metavar="ACTION")
    load = actions.add_parser("load", help=_("load a peer benchmark file from the network"))
    load.add_argument("file", metavar="FILE")
    actions.add_parser("show", help=_("say which peer benchmarks are loaded"))


def run_report(arguments: argparse.Namespace) -> int:
    from csn_desktop.i18n import using_language

    with using_language(arguments.language):
        return _run_report(arguments)


def _run_report(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions.output_guard import OutputKind, check_output, location_files
    from csn_desktop.actions.peer_benchmark import write_benchmark_file
    from csn_desktop.actions.setup import open_app_database, questionnaire_library
    from csn_desktop.domain.periods import normal_period

    output = Path(arguments.output).expanduser()
    # Checked before the database is opened (which may create or migrate it), and again after.
    check_output(output, OutputKind.JSON, protected=location_files(arguments.database))
    period = normal_period(arguments.period) if arguments.period else None
    if arguments.period and period is None:
        raise UserError(
            _("“{period}” is not a period: write it as 2026/27.").format(period=arguments.period)
        )
    database = open_app_database(arguments.database)
    try:
        written = write_benchmark_file(
            database,
            questionnaire_library(),
            output,
            period=period,
            include_drafts=arguments.include_drafts,
            minimum=arguments.minimum_group,
        )
    finally:
        database.close()
    print(
        _(
            "Wrote {path}: the peer benchmark of {period}, {councils} councils, {groups} groups."
        ).format(
            path=written.path,
            period=written.period,
            councils=written.councils,
            groups=written.groups,
        )
    )
    return 0


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions.peer_benchmark import (
        describe_benchmark,
        load_benchmark,
        loaded_benchmarks,
    )
    from csn_desktop.actions.setup import open_app_database

    database = open_app_database(arguments.database)
    try:
        if arguments.benchmark_command == "load":
            print(load_benchmark(database, Path(arguments.file)).message())
            return 0
        loaded = loaded_benchmarks(database)
    finally:
        database.close()
    if not loaded:
        print(_("No peer benchmark is loaded."))
    for n, benchmark in enumerate(loaded):
        mark = _("current") if n == 0 else _("earlier period")
        print(_("{mark}: {benchmark}").format(mark=mark, benchmark=describe_benchmark(benchmark)))
    return 0
