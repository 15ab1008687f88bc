"""``csn-desktop export pdf|xlsx|template``: the report, the submission or the blank workbook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from csn_desktop.cli.languages import add_language
from csn_desktop.cli.numbers import record_id, whole_number
from csn_desktop.i18n import _

# Light at import: the parser (which the window also uses) imports add_parser from here.


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export", help=_("write a PDF report, Excel submission or template")
    )
    kinds = export.add_subparsers(dest="export_kind", required=True, metavar="KIND")
    for kind, what in (
        ("pdf", _("the PDF report of one assessment")),
        ("xlsx", _("the Excel submission of one assessment")),
    ):
        parser = kinds.add_parser(kind, help=what)
        parser.add_argument("--assessment", type=record_id, required=True, metavar="ID")
        parser.add_argument("-o", "--output", required=True, metavar="FILE")
        add_language(parser, bilingual=kind == "pdf")
    template = kinds.add_parser("template", help=_("the blank Excel workbook for councils"))
    template.add_argument("-o", "--output", required=True, metavar="FILE")
    template.add_argument("--questionnaire", metavar="ID", help=_("default: the bundled one"))
    template.add_argument(
        "--version", type=whole_number, metavar="N", help=_("default: the newest")
    )
    add_language(template)


def run(arguments: argparse.Namespace) -> int:
    from csn_desktop.actions.exporting import (
        export_pdf,
        export_template,
        export_xlsx,
        missing_letters_warning,
    )
    from csn_desktop.actions.output_guard import OutputKind, check_output, location_files
    from csn_desktop.actions.setup import open_app_database, questionnaire_library

    output = Path(arguments.output)
    library = questionnaire_library()
    if arguments.export_kind == "template":
        # No database is opened, but the one the other commands would use is still protected.
        written = export_template(
            library,
            output,
            arguments.questionnaire,
            arguments.version,
            protected=location_files(arguments.database),
            language=arguments.language,
        )
    else:
        kind = OutputKind.PDF if arguments.export_kind == "pdf" else OutputKind.XLSX
        # Checked before the database is opened (which may create or migrate it), and again after.
        check_output(output, kind, protected=location_files(arguments.database))
        database = open_app_database(arguments.database)
        missing: set[str] = set()
        try:
            if arguments.export_kind == "pdf":
                written = export_pdf(
                    database,
                    library,
                    arguments.assessment,
                    output,
                    missing_letters=missing,
                    language=arguments.language,
                )
            else:
                written = export_xlsx(
                    database, library, arguments.assessment, output, language=arguments.language
                )
        finally:
            database.close()
        if missing:
            print(_("Warning: {warning}").format(warning=missing_letters_warning(missing)),
                  file=sys.stderr)  # fmt: skip
    print(_("Wrote {path}").format(path=written))
    return 0
