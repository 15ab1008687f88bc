"""``csn-desktop report network -o FILE``: the aggregated workbook or PDF summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from csn_desktop.domain.status import Status

# Light at import: the parser (which the window also uses) imports add_parser from here.


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="aggregated reports across councils")
    kinds = report.add_subparsers(dest="report_kind", required=True, metavar="KIND")
    network = kinds.add_parser("network", help="the picture across councils (.xlsx or .pdf)")
    network.add_argument("-o", "--output", required=True, metavar="FILE", help=".xlsx or .pdf")
    network.add_argument("--nation", action="append", default=[], metavar="NATION")
    network.add_argument("--region", action="append", default=[], metavar="REGION")
    network.add_argument("--authority-type", action="append", default=[], metavar="TYPE")
    network.add_argument("--period", action="append", default=[], metavar="PERIOD")
    network.add_argument("--status", action="append", default=[], choices=[s.value for s in Status])
    network.add_argument(
        "--minimum-group", type=int, default=5, metavar="N", help="withhold smaller groups"
    )


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions.network import load_network
    from csn_desktop.actions.network_reports import export_network_report
    from csn_desktop.actions.setup import open_app_database, questionnaire_library
    from csn_desktop.domain.aggregation import Filters, is_suppressed

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
        data, filters, Path(arguments.output), minimum=arguments.minimum_group
    )
    note = (
        f" Fewer than {arguments.minimum_group} councils: every figure is withheld."
        if is_suppressed(councils, arguments.minimum_group) or councils == 0
        else ""
    )
    print(f"Wrote {path} ({councils} councils).{note}")
    return 0
