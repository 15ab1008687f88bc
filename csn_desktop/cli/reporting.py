"""``csn-desktop report network -o FILE``: the aggregated workbook or PDF summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from csn_desktop.cli.languages import add_language
from csn_desktop.cli.numbers import positive
from csn_desktop.domain.disclosure import DEFAULT_MINIMUM_GROUP
from csn_desktop.i18n import _

# Light at import: the parser (which the window also uses) imports add_parser from here.


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help=_("aggregated reports across councils"))
    kinds = report.add_subparsers(dest="report_kind", required=True, metavar="KIND")
    network = kinds.add_parser("network", help=_("the picture across councils (.xlsx or .pdf)"))
    network.add_argument("-o", "--output", required=True, metavar="FILE", help=_(".xlsx or .pdf"))
    network.add_argument("--nation", action="append", default=[], metavar="NATION")
    network.add_argument("--region", action="append", default=[], metavar="REGION")
    network.add_argument("--authority-type", action="append", default=[], metavar="TYPE")
    network.add_argument(
        "--period",
        metavar="PERIOD",
        help=_("the period the figures are about (default: the newest with a submission)"),
    )
    network.add_argument(
        "--include-drafts",
        action="store_true",
        help=_("count drafts too (every output then says so)"),
    )
    network.add_argument(
        "--include-other-organisations",
        action="store_true",
        help=_("count organisations that are not councils too (every output then says so)"),
    )
    network.add_argument(
        "--restricted",
        action="store_true",
        help=_(
            "for the network's staff only: per-council rows and quotes, nothing withheld, "
            "RESTRICTED on every page and in the file name"
        ),
    )
    network.add_argument(
        "--minimum-group",
        type=positive,
        default=DEFAULT_MINIMUM_GROUP,
        metavar="N",
        help=_("withhold figures about fewer councils than this"),
    )
    add_language(network)
    from csn_desktop.cli.benchmark import add_report_parser

    add_report_parser(kinds)


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions.assessments import check_period

    if arguments.report_kind == "benchmark":
        from csn_desktop.cli.benchmark import run_report

        return run_report(arguments)
    from csn_desktop.actions.network import load_network
    from csn_desktop.actions.network_reports import (
        check_report_path,
        export_network_report,
        restricted_path,
    )
    from csn_desktop.actions.output_guard import location_files
    from csn_desktop.actions.setup import open_app_database, questionnaire_library
    from csn_desktop.domain.aggregation import Filters
    from csn_desktop.domain.network_figures import Audience, figure_text, selection_text

    audience = Audience.RESTRICTED if arguments.restricted else Audience.PUBLISHABLE
    output = Path(arguments.output)
    if arguments.restricted:
        output = restricted_path(output.expanduser())
    # Checked before the database is opened (which may create or migrate it), and again after.
    check_report_path(output, protected=location_files(arguments.database))
    database = open_app_database(arguments.database)
    # Open until the report is written: the network data reads a period when first asked for it.
    try:
        data = load_network(database, questionnaire_library(), every_period=False)
        filters = data.resolved(
            Filters(
                period=None if arguments.period is None else check_period(arguments.period),
                nations=frozenset(arguments.nation),
                regions=frozenset(arguments.region),
                authority_types=frozenset(arguments.authority_type),
                include_drafts=arguments.include_drafts,
                include_other_organisations=arguments.include_other_organisations,
            )
        )
        figures = data.figures(filters, arguments.minimum_group, audience)
        path = export_network_report(
            data,
            filters,
            output,
            minimum=arguments.minimum_group,
            audience=audience,
            database=database,
            language=arguments.language,
        )
        print(
            _("Wrote {path}: {selection}; councils counted: {count}.").format(
                path=path, selection=selection_text(filters), count=figure_text(figures.councils)
            )
        )
        for notice in figures.notices():
            print(notice)
        return 0
    finally:
        database.close()
