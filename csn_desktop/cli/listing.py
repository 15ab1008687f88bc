"""``csn-desktop list``: the assessments in the database, one per line."""

from __future__ import annotations

import argparse

from csn_desktop.actions.assessments import list_assessments
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.cli.version_words import version_state
from csn_desktop.domain.counts import Progress
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
    words = _ProgressWords()
    for s in summaries:
        if s.progress is None:
            progress = _("unknown (questionnaire version {version})").format(
                version=s.questionnaire_version
            )
        else:
            progress = words(s.progress)
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
    lines = (
        "  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[-1]])
        for row in rows
    )
    print("\n".join(lines))
    return 0


class _ProgressWords:
    """Progress in words; Babel takes about 0.1 ms a number, and thousands of rows share a few
    hundred counts and a hundred percentages, so each is formatted once."""

    def __init__(self) -> None:
        self.template = _("{answered}/{required} ({percent})")
        self.numbers: dict[int, str] = {}
        self.percents: dict[int, str] = {}

    def __call__(self, progress: Progress) -> str:
        percent = progress.percent
        if percent not in self.percents:
            self.percents[percent] = format_percent(percent / 100)
        return self.template.format(
            answered=self._number(progress.answered),
            required=self._number(progress.required),
            percent=self.percents[percent],
        )

    def _number(self, value: int) -> str:
        if value not in self.numbers:
            self.numbers[value] = format_number(value)
        return self.numbers[value]
