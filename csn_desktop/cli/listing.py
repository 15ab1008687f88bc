"""``csn-desktop list``: the assessments in the database, one per line."""

from __future__ import annotations

import argparse

from csn_desktop.actions.assessments import list_assessments
from csn_desktop.actions.setup import open_app_database, questionnaire_library


def run(arguments: argparse.Namespace) -> int:
    database = open_app_database(arguments.database)
    try:
        summaries = list_assessments(database, questionnaire_library())
    finally:
        database.close()
    if not summaries:
        print(
            "No assessments yet. Start one in the window, or try `csn-desktop demo --councils 5`."
        )
        return 0
    rows = [("ID", "GSS CODE", "COUNCIL", "PERIOD", "STATUS", "PROGRESS")]
    for s in summaries:
        progress = (
            f"{s.progress.answered}/{s.progress.required} ({s.progress.percent}%)"
            if s.progress is not None
            else f"unknown (questionnaire version {s.questionnaire_version})"
        )
        rows.append((str(s.id), s.gss_code or "-", s.council, s.period, s.status, progress))
    widths = [max(len(row[n]) for row in rows) for n in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0
