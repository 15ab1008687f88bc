"""``csn-desktop list``: the assessments in the database, one per line."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from csn_desktop.cli.version_words import version_state
from csn_desktop.i18n import SOURCE_LANGUAGE, _, format_number, format_percent, language

# Not typing's: importing typing costs `csn-desktop list` a few milliseconds.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse  # a quick `list` never builds the grammar

# (id, gss code, council, period, status, questionnaire version, answered, required, current,
# withdrawn, decision pending), as storage.quick_list reads them; answered and required are None
# when the progress is unknown.
Listed = tuple[int, str | None, str, str, str, int, int | None, int | None, bool, bool, bool]


def run(arguments: argparse.Namespace) -> int:
    """The normal path: the database opened (created or migrated) and the questionnaires loaded."""
    from csn_desktop.actions.assessments import list_assessments
    from csn_desktop.actions.home import remember_definitions
    from csn_desktop.actions.setup import open_app_database, questionnaire_library

    library = questionnaire_library()
    database = open_app_database(arguments.database, library=library)
    try:
        summaries = list_assessments(database, library, origin=arguments.origin)
        remember_definitions(database, library)  # the next `list` may take the quick path
    finally:
        database.close()
    write_listing(
        [
            (
                s.id,
                s.gss_code,
                s.council,
                s.period,
                s.status,
                s.questionnaire_version,
                None if s.progress is None else s.progress.answered,
                None if s.progress is None else s.progress.required,
                s.current,
                s.withdrawn,
                s.decision_pending,
            )
            for s in summaries
        ]
    )
    return 0


def write_listing(listed: Sequence[Listed]) -> None:
    """Print the rows as a table (or a hint when there are none), in one write.

    Built column by column with cached words: at 8,000 rows this is most of `list`'s own work.
    """
    if not listed:
        hint = _("No assessments yet. Start one in the window, or try `{command}`.")
        print(hint.format(command="csn-desktop demo --councils 5"))  # not translated: a command
        return
    words = _ProgressWords()
    states: dict[tuple[bool, bool, bool], str] = {}
    unknown = _("unknown (questionnaire version {version})")
    for flags in {(bool(r[10]), bool(r[8]), bool(r[9])) for r in listed}:
        pending, current, withdrawn = flags
        states[flags] = version_state(pending=pending, current=current, withdrawn=withdrawn)
    head = (_("ID"), _("GSS CODE"), _("COUNCIL"), _("PERIOD"), _("VERSION"), _("STATUS"))
    columns: list[list[str]] = [
        [str(r[0]) for r in listed],
        [r[1] or "-" for r in listed],
        [r[2] for r in listed],
        [r[3] for r in listed],
        [states[bool(r[10]), bool(r[8]), bool(r[9])] for r in listed],
        [r[4] for r in listed],
    ]
    progress = [
        unknown.format(version=r[5]) if r[6] is None or r[7] is None else words(r[6], r[7])
        for r in listed
    ]
    widths = [
        max(len(title), *map(len, column)) for title, column in zip(head, columns, strict=True)
    ]
    # "%-*s" pads as str.ljust does.
    template = "  ".join(f"%-{w}s" for w in widths) + "  %s"
    lines = [template % (*head, _("PROGRESS"))]
    lines += [template % row for row in zip(*columns, progress, strict=True)]
    sys.stdout.write("\n".join(lines) + "\n")


class _ProgressWords:
    """Progress in words, each count and percentage formatted once (thousands of rows share a
    few hundred counts); in the source language without Babel, whose import and locale data
    would cost more than the whole `list` (the result is the same: see the tests)."""

    def __init__(self) -> None:
        self.template = _("{answered}/{required} ({percent})")
        self.plain = language() == SOURCE_LANGUAGE
        self.numbers: dict[int, str] = {}
        self.percents: dict[int, str] = {}
        self.pairs: dict[tuple[int, int], str] = {}

    def __call__(self, answered: int, required: int) -> str:
        pair = (answered, required)
        if pair not in self.pairs:
            percent = 100 if required == 0 else (100 * answered) // required  # Progress.percent
            if percent not in self.percents:
                self.percents[percent] = (
                    f"{percent:,}%" if self.plain else format_percent(percent / 100)
                )
            self.pairs[pair] = self.template.format(
                answered=self._number(answered),
                required=self._number(required),
                percent=self.percents[percent],
            )
        return self.pairs[pair]

    def _number(self, value: int) -> str:
        if value not in self.numbers:
            self.numbers[value] = f"{value:,}" if self.plain else format_number(value)
        return self.numbers[value]
