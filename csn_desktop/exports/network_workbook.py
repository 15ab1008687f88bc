"""The network workbook: tidy, printable sheets of the figures; per-council rows when restricted."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import BinaryIO

from openpyxl import Workbook

from csn_desktop.domain.aggregation import Submission
from csn_desktop.domain.network_figures import NetworkFigures
from csn_desktop.exports.control import CancelCheck, ProgressCallback, Steps
from csn_desktop.exports.network_council_sheets import (
    council_answers_sheet,
    council_standards_sheet,
)
from csn_desktop.exports.network_dictionary import dictionary_sheet
from csn_desktop.exports.network_rankings import (
    barriers_sheet,
    demand_sheet,
    gaps_sheet,
    priorities_sheet,
)
from csn_desktop.exports.network_sheets import (
    about_sheet,
    response_sheet,
    standards_sheet,
    themes_sheet,
)
from csn_desktop.exports.network_table import Sheet, write_sheet
from csn_desktop.exports.xlsx_save import abandon_write_only, save_workbook

# About, the figures' seven sheets, the dictionary, and two more when restricted.
_SHEETS = 11


def write_network_workbook(
    stream: BinaryIO,
    figures: NetworkFigures,
    submissions: Sequence[Submission],
    generated_at: datetime,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Write the workbook of ``figures``; ``submissions`` are read only when it is restricted.

    A publishable workbook is computed from ``figures`` alone, so that nothing withheld there
    can reach it; a restricted one adds a row per council and standard and per council and answer.
    """
    council_rows = figures.restricted
    steps = Steps(_SHEETS + (2 * len(submissions) if council_rows else 0), progress, cancelled)
    sheets: list[Sheet] = [
        response_sheet(figures),
        standards_sheet(figures),
        themes_sheet(figures),
        demand_sheet(figures),
        barriers_sheet(figures),
        priorities_sheet(figures),
        gaps_sheet(figures),
    ]
    if council_rows:
        q = figures.questionnaire
        sheets.append(council_standards_sheet(q, submissions, steps))
        sheets.append(council_answers_sheet(q, submissions, steps))
    dictionary = dictionary_sheet(sheets)
    # The About sheet lists every sheet, and the dictionary covers About's own columns too.
    about = about_sheet(figures, generated_at, [*sheets, dictionary])
    dictionary = dictionary_sheet([about, *sheets])
    book = Workbook(write_only=True)
    try:
        for sheet in (about, *sheets, dictionary):
            write_sheet(book, sheet, restricted=figures.restricted, steps=steps)
        save_workbook(book, stream, modified=generated_at)
    except BaseException:
        # Cancelled, or the disk is full: nothing of the sheets may be finished later.
        abandon_write_only(book)
        raise
    steps.finish()
