"""Hand-made councils and their network workbook read back with openpyxl, for the workbook tests."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from openpyxl import Workbook, load_workbook

from csn_desktop.domain.aggregation import Filters, Submission
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.known_ids import GAPS_GROUP, QUOTE_CONSENT
from csn_desktop.domain.network_figures import (
    Audience,
    CouncilPlace,
    NetworkFigures,
    network_figures,
)
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.exports.network_workbook import write_network_workbook

PERIOD = "2026/27"
GENERATED_AT = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)
# Made-up councils: their names and codes must never reach a publishable workbook.
PLACES = (
    "Aberporth",
    "Bryncoch",
    "Cwmafan",
    "Dinas Cross",
    "Efailwen",
    "Ffostrasol",
    "Glanaman",
    "Hirwaun",
    "Llanboidy",
    "Maenclochog",
    "Nantgaredig",
    "Pontsian",
)
EXISTING = tuple(CouncilPlace("Wales", "Wales", "Unitary authority") for _ in range(22))


def council_name(n: int) -> str:
    return f"{PLACES[n]} County Borough Council"


def gss_code(n: int) -> str:
    return f"W069{n:05d}"


def gap_text(n: int, item: int) -> str:
    """A gap description naming its own council, unique to the council and the gap."""
    return f"Gap {item} of {PLACES[n]}: sensor data from {PLACES[n]} cannot be shared"


def council(
    questionnaire: Questionnaire, n: int, *, seed: int | None = None, consent: bool = False
) -> Submission:
    """Council ``n`` with a complete sample assessment and two gaps that name it."""
    answers: Answers = sample_answers(questionnaire, random.Random(n if seed is None else seed))
    for key, _value in list(answers):
        if key.question_id.startswith(GAPS_GROUP + "."):
            answers.set(key.question_id, key.item_key, None)
    for item in (1, 2):
        answers.set(f"{GAPS_GROUP}.theme", str(item), questionnaire.themes[item].id)
        answers.set(f"{GAPS_GROUP}.impact", str(item), "major")
        answers.set(f"{GAPS_GROUP}.description", str(item), gap_text(n, item))
        answers.set(f"{GAPS_GROUP}.should_cover", str(item), f"Open data from {PLACES[n]}")
    answers.set(QUOTE_CONSENT, "", consent)
    return Submission(
        assessment_id=n + 1,
        gss_code=gss_code(n),
        council=council_name(n),
        nation="Wales",
        region="Wales",
        authority_type="Unitary authority",
        period=PERIOD,
        status="final",
        answers=answers,
    )


def councils(questionnaire: Questionnaire, count: int, *, consenting: int = 0) -> list[Submission]:
    """``count`` councils, the first ``consenting`` of them agreeing to be quoted."""
    return [council(questionnaire, n, consent=n < consenting) for n in range(count)]


def figures_of(
    questionnaire: Questionnaire,
    submissions: Sequence[Submission],
    *,
    minimum: int = 5,
    audience: Audience = Audience.PUBLISHABLE,
) -> NetworkFigures:
    return network_figures(
        questionnaire,
        submissions,
        Filters(period=PERIOD),
        EXISTING,
        minimum=minimum,
        audience=audience,
    )


def workbook_bytes(figures: NetworkFigures, submissions: Sequence[Submission]) -> bytes:
    stream = io.BytesIO()
    write_network_workbook(stream, figures, submissions, GENERATED_AT)
    return stream.getvalue()


def book_of(figures: NetworkFigures, submissions: Sequence[Submission]) -> Workbook:
    return load_workbook(io.BytesIO(workbook_bytes(figures, submissions)))


def cells(book: Workbook) -> Iterator[tuple[str, Any]]:
    """Every non-empty cell of every sheet, with its sheet's name."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield sheet.title, cell


def headers(sheet: Any) -> list[str]:
    """The column headings: the second row (the first is the sheet's title)."""
    return [str(c.value) for c in sheet[2] if c.value is not None]


def column(sheet: Any, heading: str) -> list[Any]:
    """The cells of the column headed ``heading``, below the header."""
    index = headers(sheet).index(heading) + 1
    return [row[index - 1] for row in sheet.iter_rows(min_row=3)]


def values(book: Workbook) -> dict[str, list[tuple[Any, ...]]]:
    return {s.title: list(s.iter_rows(values_only=True)) for s in book.worksheets}
