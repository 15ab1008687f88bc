"""Hand-made councils for the network PDF tests, and reading a written PDF back."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from pypdf import PdfReader

from csn_desktop.domain.aggregation import FINAL, Filters, Submission
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.known_ids import (
    BARRIERS,
    GAP_DESCRIPTION,
    GAP_IMPACT,
    GAP_THEME,
    NEED,
    PRIORITY_QUESTIONS,
    QUOTE_CONSENT,
    USE_STATUS,
)
from csn_desktop.domain.network_figures import (
    Audience,
    CouncilPlace,
    NetworkFigures,
    network_figures,
)
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.network_pdf import write_network_pdf

GENERATED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
PERIOD = "2026/27"


@dataclass(frozen=True)
class Written:
    """A PDF read back: each page's text, the metadata and the outline (title → page, from 1)."""

    pages: list[str]
    metadata: dict[str, str]
    outline: dict[str, int]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def council(n: int, questionnaire: Questionnaire, *, nation: str = "Wales") -> Submission:
    """Council ``n``: every standard answered, some barriers, the priorities, one gap."""
    answers = Answers()
    for k, standard in enumerate(questionnaire.standards):
        answers.set(USE_STATUS, standard.code, "fully_used" if (n + k) % 2 else "not_aware")
        answers.set(NEED, standard.code, "essential" if (n + k) % 3 else "nice_to_have")
        answers.set(BARRIERS, standard.code, ["cost_of_access", "too_complex"][: 1 + n % 2])
    for question_id in PRIORITY_QUESTIONS:
        if questionnaire.has_question(question_id):
            choices = questionnaire.question(question_id).choices
            answers.set(question_id, "", [choices[n % len(choices)].id])
    answers.set(GAP_THEME, "1", questionnaire.themes[n % len(questionnaire.themes)].id)
    answers.set(GAP_IMPACT, "1", "blocking")
    answers.set(GAP_DESCRIPTION, "1", f"Gap story {n}: Sample Council {n} cannot share bus data.")
    return Submission(
        assessment_id=n,
        gss_code=f"W0600{n:04d}",
        council=f"Sample Council {n}",
        nation=nation,
        region=nation,
        authority_type="Welsh unitary authority",
        period=PERIOD,
        status=FINAL,
        answers=answers,
    )


def consenting(submission: Submission, agreed: bool = True) -> Submission:
    answers = Answers(dict(submission.answers.values))
    answers.set(QUOTE_CONSENT, "", agreed)
    return replace(submission, answers=answers)


def figures_of(
    questionnaire: Questionnaire,
    submissions: Sequence[Submission],
    *,
    audience: Audience = Audience.PUBLISHABLE,
    minimum: int = 5,
    existing: int = 22,
) -> NetworkFigures:
    places = [CouncilPlace("Wales", "Wales", "Welsh unitary authority")] * existing
    return network_figures(
        questionnaire,
        submissions,
        Filters(period=PERIOD),
        places,
        minimum=minimum,
        audience=audience,
    )


def write(figures: NetworkFigures, submissions: Sequence[Submission] = ()) -> Written:
    stream = io.BytesIO()
    write_network_pdf(stream, figures, submissions, GENERATED)
    return read(stream.getvalue())


def read(data: bytes) -> Written:
    reader = PdfReader(io.BytesIO(data))
    metadata = {k: str(v) for k, v in (reader.metadata or {}).items()}
    pages = [p.extract_text() for p in reader.pages]
    return Written(pages, metadata, _titles(reader, reader.outline))


def _titles(reader: PdfReader, outline: list[object]) -> dict[str, int]:
    titles: dict[str, int] = {}
    for entry in outline:
        if isinstance(entry, list):
            titles |= _titles(reader, entry)
        else:
            page = reader.get_destination_page_number(entry)  # type: ignore[arg-type]
            titles.setdefault(str(entry.title), page + 1)  # type: ignore[attr-defined]
    return titles
