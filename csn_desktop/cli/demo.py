"""``csn-desktop demo``: example assessments for trying the app and for benchmarks."""

from __future__ import annotations

import argparse

from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.i18n import format_number, ngettext


def run(arguments: argparse.Namespace) -> int:
    database = open_app_database(arguments.database)
    try:
        library = questionnaire_library()
        questionnaire = library.latest()
        finals, drafts = fill_demo(
            database,
            questionnaire,
            councils=arguments.councils,
            seed=arguments.seed,
            earlier=library.previous(questionnaire),
        )
    finally:
        database.close()
    total = finals + drafts
    print(
        ngettext(
            "Added {count} example assessment ({finals} final, {drafts} drafts).",
            "Added {count} example assessments ({finals} final, {drafts} drafts).",
            total,
        ).format(
            count=format_number(total), finals=format_number(finals), drafts=format_number(drafts)
        )
    )
    return 0
