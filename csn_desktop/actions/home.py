"""The home list: the council's own assessments, from their stored summaries, fast to start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop.domain.counts import Progress
from csn_desktop.storage.home_list import AssessmentRow, read_home_list
from csn_desktop.storage.locations import is_url

if TYPE_CHECKING:
    # Imported only once the database is open: the quick list is shown without them.
    from csn_desktop.definition.library import QuestionnaireLibrary
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


@dataclass(frozen=True, slots=True)
class HomeList:
    """The council's own assessments, newest change first; imported ones are only counted
    (they live in the Network window)."""

    rows: list[HomeRow]
    imported: int = 0


def home_list(database: Database, library: QuestionnaireLibrary) -> HomeList:
    """The home list read through the open database (the normal path): two queries."""
    from csn_desktop.actions.assessments import list_assessments
    from csn_desktop.storage.models import ORIGIN_IMPORTED, ORIGIN_LOCAL
    from csn_desktop.storage.summaries import count_by_origin

    rows = [
        HomeRow(
            s.id, s.council, s.gss_code, s.period, s.status, s.respondent, s.progress, s.updated_at
        )
        for s in list_assessments(database, library, origin=ORIGIN_LOCAL)
    ]
    with database.read_session() as session:
        imported = count_by_origin(session).get(ORIGIN_IMPORTED, 0)
    return HomeList(rows, imported)


def quick_home_list(location: str | Path) -> HomeList | None:
    """The home list read straight from an existing SQLite file, read-only, with the standard
    library only; None when that is not possible (a URL, no file yet, another layout, or a
    summary not yet computed).

    Used only to show the window filled at once: the database is opened properly right after.
    """
    path = local_file(location)
    read = read_home_list(path) if path is not None else None
    if read is None:
        return None
    try:
        rows = [_row(row) for row in read.assessments]
    except (ValueError, TypeError):
        return None
    if any(row.progress is None for row in rows):
        return None  # only the questionnaires can tell, and loading them is not quick
    return HomeList(rows, read.imported)


def local_file(location: str | Path) -> Path | None:
    """The existing SQLite file at ``location``, absolute; None for a URL or no file yet."""
    if isinstance(location, str):
        if is_url(location):
            return None
        location = Path(location)
    path = location.expanduser().absolute()
    return path if path.is_file() else None


def _row(row: AssessmentRow) -> HomeRow:
    ident, name, gss, period, status, respondent, answered, required, updated = row
    return HomeRow(
        id=int(str(ident)),
        council=str(name),
        gss_code=None if gss is None else str(gss),
        period=str(period),
        status=str(status),
        respondent=None if respondent is None else str(respondent),
        progress=None
        if answered is None or required is None
        else Progress(int(str(answered)), int(str(required))),
        updated_at=datetime.fromisoformat(str(updated)).replace(tzinfo=UTC),
    )
