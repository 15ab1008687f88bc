"""The command-line grammar; kept free of heavy imports because the window starts through it too."""

from __future__ import annotations

import argparse

from csn_desktop import __version__
from csn_desktop.cli.numbers import positive, whole_number
from csn_desktop.i18n import _


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="csn-desktop",
        description=_(
            "Smart-city standards self-assessment for UK councils. "
            "Without a command, opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"csn-desktop {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help=_(
            "database file or SQLAlchemy URL (default: CSN_DATABASE, else the user's data folder)"
        ),
    )
    parser.add_argument(
        "--exit-after-start",
        action="store_true",
        help=_("show the filled window, then quit (for measuring start-up)"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("check the questionnaire, a database and both exports, then exit (0 when all pass)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    questionnaire = commands.add_parser("questionnaire", help=_("check or publish definitions"))
    q_commands = questionnaire.add_subparsers(dest="questionnaire_command", required=True)
    check = q_commands.add_parser(
        "check", help=_("validate definition files (default: all bundled)")
    )
    check.add_argument("files", nargs="*", metavar="FILE")
    publish = q_commands.add_parser("publish", help=_("record a checked definition as published"))
    publish.add_argument("file", metavar="FILE")
    translations = q_commands.add_parser(
        "translations",
        help=_("write each definition's template and bring its catalogues up to date"),
    )
    translations.add_argument(
        "--language",
        action="append",
        metavar="LANG",
        help=_("also start a catalogue for this language (default: those beside the definition)"),
    )
    translations.add_argument("files", nargs="*", metavar="FILE")

    listing = commands.add_parser("list", help=_("list the assessments in the database"))
    listing.add_argument(
        "--origin",
        choices=("local", "imported"),  # not translated: values typed on the command line
        help=_("only those made on this computer (local) or imported from submissions"),
    )
    from csn_desktop.cli.keeping import add_list_flags
    from csn_desktop.cli.keeping import add_parsers as add_keeping_parsers

    add_list_flags(listing)
    add_keeping_parsers(commands)

    demo = commands.add_parser(
        "demo", help=_("fill the database with realistic example assessments")
    )
    demo.add_argument("--councils", type=positive, required=True, metavar="N")
    demo.add_argument("--seed", type=whole_number, default=1, metavar="S")

    from csn_desktop.cli.export import add_parser as add_export_parser

    add_export_parser(commands)
    from csn_desktop.cli.importing import add_parser as add_import_parser
    from csn_desktop.cli.reporting import add_parser as add_report_parser
    from csn_desktop.cli.versions import add_parser as add_versions_parser

    add_import_parser(commands)
    add_report_parser(commands)
    add_versions_parser(commands)
    from csn_desktop.cli.benchmark import add_parser as add_benchmark_parser

    add_benchmark_parser(commands)
    from csn_desktop.cli.database import add_parser as add_database_parser

    add_database_parser(commands)
    return parser
