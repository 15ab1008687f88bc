"""``csn-desktop list``: the assessments in the database, one per line."""

from __future__ import annotations

import argparse

from csn_desktop.actions.assessments import list_assessments
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.cli.version_words import version_state
from csn_desktop.i18n import _, format_number, format_percent


def run(arguments: argparse.Namespace) -> int:
    database = open_app_database(arguments.database)
    try:
        summaries = list_assessments(database, questionnaire_library(), origin=arguments.origin)
    finally:
        database.close()
    if not summaries:
        hint = _("No assessments yet. Start one in the window, or try `{command}`.")
        print(hint.format(command="csn-desktop demo --councils 5"))  # not translated: a command
        return 0
    rows = [
        (
            _("ID"),
            _("GSS CODE"),
            _("COUNCIL"),
            _("PERIOD"),
            _("VERSION"),
            _("STATUS"),
            _("PROGRESS"),
        ),
    ]
    for s in summaries:
        progress = (
            _("{answered}/{required} ({percent})").format(
                answered=format_number(s.progress.answered),
                required=format_number(s.progress.required),
                percent=format_percent(s.progress.percent / 100),
            )
            if s.progress is not None
            else _("unknown (questionnaire version {version})").format(
                version=s.questionnaire_version
            )
        )
        rows.append(
            (
                str(s.id),
                s.gss_code or "-",
                s.council,
                s.period,
                version_state(pending=s.decision_pending, current=s.current, withdrawn=s.withdrawn),
                s.status,
                progress,
            )
        )
    widths = [max(len(row[n]) for row in rows) for n in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0
