"""``csn-desktop report network -o FILE``: the aggregated workbook or PDF summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from csn_desktop.cli.numbers import positive
from csn_desktop.domain.status import Status
from csn_desktop.domain.suppression import DEFAULT_MINIMUM_GROUP
from csn_desktop.i18n import _, format_number, ngettext

# Light at import: the parser (which the window also uses) imports add_parser from here.


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help=_("aggregated reports across councils"))
    kinds = report.add_subparsers(dest="report_kind", required=True, metavar="KIND")
    network = kinds.add_parser("network", help=_("the picture across councils (.xlsx or .pdf)"))
    network.add_argument("-o", "--output", required=True, metavar="FILE", help=_(".xlsx or .pdf"))
    network.add_argument("--nation", action="append", default=[], metavar="NATION")
    network.add_argument("--region", action="append", default=[], metavar="REGION")
    network.add_argument("--authority-type", action="append", default=[], metavar="TYPE")
    network.add_argument("--period", action="append", default=[], metavar="PERIOD")
    network.add_argument("--status", action="append", default=[], choices=[s.value for s in Status])
    network.add_argument(
        "--minimum-group",
        type=positive,
        default=DEFAULT_MINIMUM_GROUP,
        metavar="N",
        help=_("withhold figures about fewer councils than this"),
    )


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions.network import load_network
    from csn_desktop.actions.network_reports import check_report_path, export_network_report
    from csn_desktop.actions.output_guard import location_files
    from csn_desktop.actions.setup import open_app_database, questionnaire_library
    from csn_desktop.domain.aggregation import Filters
    from csn_desktop.domain.suppression import Suppression

    # Checked before the database is opened (which may create or migrate it), and again after.
    check_report_path(Path(arguments.output), protected=location_files(arguments.database))
    database = open_app_database(arguments.database)
    try:
        data = load_network(database, questionnaire_library())
    finally:
        database.close()
    filters = Filters(
        nations=frozenset(arguments.nation),
        regions=frozenset(arguments.region),
        authority_types=frozenset(arguments.authority_type),
        periods=frozenset(arguments.period),
        statuses=frozenset(arguments.status),
    )
    councils = len(data.selected(filters))
    path = export_network_report(
        data, filters, Path(arguments.output), minimum=arguments.minimum_group, database=database
    )
    wrote = ngettext(
        "Wrote {path} ({count} council).", "Wrote {path} ({count} councils).", councils
    )
    print(wrote.format(path=path, count=format_number(councils)))
    if Suppression(arguments.minimum_group).selection_withheld(councils):
        minimum = arguments.minimum_group
        print(
            ngettext(
                "Fewer than {minimum} council: every figure is withheld.",
                "Fewer than {minimum} councils: every figure is withheld.",
                minimum,
            ).format(minimum=format_number(minimum))
        )
    return 0
