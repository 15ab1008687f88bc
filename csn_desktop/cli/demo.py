"""``csn-desktop demo``: example assessments for trying the app and for benchmarks."""

from __future__ import annotations

import argparse

from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.setup import open_app_database, questionnaire_library


def run(arguments: argparse.Namespace) -> int:
    database = open_app_database(arguments.database)
    try:
        questionnaire = questionnaire_library().latest()
        finals, drafts = fill_demo(
            database, questionnaire, councils=arguments.councils, seed=arguments.seed
        )
    finally:
        database.close()
    print(f"Added {finals + drafts} example assessments ({finals} final, {drafts} drafts).")
    return 0
