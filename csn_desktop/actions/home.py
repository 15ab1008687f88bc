"""The home list of assessments, also readable without SQLAlchemy so the window starts fast."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop.domain.counts import Progress
from csn_desktop.storage.home_list import AssessmentRow, read_home_list
from csn_desktop.storage.locations import is_url

if TYPE_CHECKING:
    # The questionnaire model is imported only when progress is computed: a home list from the
    # snapshot (see home_snapshot) is shown without it.
    from csn_desktop.definition.library import QuestionnaireLibrary
    from csn_desktop.domain.answers import AnswerKey
    from csn_desktop.domain.values import JsonValue
    from csn_desktop.storage.database import Database


@dataclass(frozen=True, slots=True)
class HomeRow:
    """One line of the home list."""

    id: int
    council: str
    gss_code: str | None
    period: str
    status: str
    respondent: str | None
    progress: Progress | None  # None when this app lacks the questionnaire version
    updated_at: datetime


def home_rows(database: Database, library: QuestionnaireLibrary) -> list[HomeRow]:
    """The home list read through the open database (the normal path)."""
    from csn_desktop.actions.assessments import list_assessments

    return [
        HomeRow(
            s.id, s.council, s.gss_code, s.period, s.status, s.respondent, s.progress, s.updated_at
        )
        for s in list_assessments(database, library)
    ]


def quick_home_rows(location: str | Path, library: QuestionnaireLibrary) -> list[HomeRow] | None:
    """The home list read straight from an existing SQLite file, read-only, with the standard
    library only; None when that is not possible (a URL, no file yet, another layout).

    Used only to show the window filled at once: the database is opened properly right after.
    """
    from csn_desktop.domain.answers import AnswerKey
    from csn_desktop.domain.values import value_from_json

    path = local_file(location)
    read = read_home_list(path) if path is not None else None
    if read is None:
        return None
    try:
        values: dict[int, dict[AnswerKey, JsonValue]] = defaultdict(dict)
        for assessment_id, question_id, item_key, text in read.answers:
            values[assessment_id][AnswerKey(question_id, item_key)] = value_from_json(text)
        return [_row(row, library, values.get(int(str(row[0])), {})) for row in read.assessments]
    except (ValueError, TypeError):
        return None


def local_file(location: str | Path) -> Path | None:
    """The existing SQLite file at ``location``, absolute; None for a URL or no file yet."""
    if isinstance(location, str):
        if is_url(location):
            return None
        location = Path(location)
    path = location.expanduser().absolute()
    return path if path.is_file() else None


def _row(
    row: AssessmentRow, library: QuestionnaireLibrary, values: dict[AnswerKey, JsonValue]
) -> HomeRow:
    from csn_desktop.domain.answers import Answers
    from csn_desktop.domain.progress import overall_progress

    ident, name, gss, period, status, q_id, q_version, updated, respondent = row
    questionnaire = library.get(str(q_id), int(str(q_version)))
    progress = (
        overall_progress(questionnaire, Answers.from_mapping(values)) if questionnaire else None
    )
    return HomeRow(
        id=int(str(ident)),
        council=str(name),
        gss_code=None if gss is None else str(gss),
        period=str(period),
        status=str(status),
        respondent=None if respondent is None else str(respondent),
        progress=progress,
        updated_at=datetime.fromisoformat(str(updated)).replace(tzinfo=UTC),
    )
