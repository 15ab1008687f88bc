"""The home list: the council's own assessments, from their stored summaries, fast to start."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop.domain.counts import Progress
from csn_desktop.storage.home_list import ASSESSMENTS, IMPORTED, AssessmentRow, read_home_list
from csn_desktop.storage.locations import is_url
from csn_desktop.storage.quick_read import bundled_digest, local_file_at

if TYPE_CHECKING:
    # Imported only once the database is open: the quick list is shown without them.
    from csn_desktop.definition.library import QuestionnaireLibrary
    from csn_desktop.storage.database import Database

log = logging.getLogger(__name__)


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
    council_cy: str | None = None  # the council's Welsh name, shown in Welsh


@dataclass(frozen=True, slots=True)
class HomeList:
    """The council's own assessments, newest change first, neither in the bin nor archived;
    imported ones are only counted (they live in the Network window)."""

    rows: list[HomeRow]
    imported: int = 0


def home_list(database: Database, library: QuestionnaireLibrary) -> HomeList:
    """The home list read through the open database (the normal path): the quick read's SQL,
    and the answers of rows whose summary was never computed, in one more query."""
    from csn_desktop.storage.summaries import answers_of

    with database.read_session() as session:
        connection = session.connection()
        read = list(connection.exec_driver_sql(ASSESSMENTS))
        imported = connection.exec_driver_sql(IMPORTED).scalar_one()
        versions = {(str(r[9]), int(str(r[10]))) for r in read}
        known = {key: library.get(*key) for key in versions}
        missing = [int(str(r[0])) for r in read if r[6] is None or r[7] is None]
        answers = answers_of(session, missing) if missing else {}
    rows = []
    for row in read:
        questionnaire = known[str(row[9]), int(str(row[10]))]
        home = _row(tuple(row))
        if questionnaire is None:
            home = _with_progress(home, None)
        elif home.id in answers:
            from csn_desktop.domain.progress import overall_progress

            home = _with_progress(home, overall_progress(questionnaire, answers[home.id]))
        rows.append(home)
    return HomeList(rows, int(imported))


def quick_home_list(location: str | Path) -> HomeList | None:
    """The home list read straight from an existing SQLite file, read-only, with the standard
    library only; None when that is not possible or not safe (a URL, no file yet, another
    revision, progress computed with other questionnaires, or a summary not yet computed).

    Used only to show the window filled at once: the database is opened properly right after.
    """
    path = local_file(location)
    try:
        read = read_home_list(path, bundled_digest()) if path is not None else None
    except OSError:  # the bundled files unreadable: the normal path says so
        return None
    if read is None:
        return None
    try:
        rows = [_row(row) for row in read.assessments]
    except (ValueError, TypeError):
        return None
    if any(row.progress is None for row in rows):
        return None  # only the questionnaires can tell, and loading them is not quick
    return HomeList(rows, read.imported)


def remember_definitions(database: Database, library: QuestionnaireLibrary) -> None:
    """Record that the stored progress was computed with the bundled definitions, so that the
    quick reads may trust it; call once ``library`` (loaded from them) has refreshed it."""
    from sqlalchemy.exc import SQLAlchemyError

    from csn_desktop.actions.summaries import library_basis
    from csn_desktop.storage.app_state import get_value, set_value
    from csn_desktop.storage.quick_read import DEFINITIONS_KEY, definitions_record

    record = definitions_record(bundled_digest(), library_basis(library))
    try:
        with database.session() as session:
            if get_value(session, DEFINITIONS_KEY) != record:
                set_value(session, DEFINITIONS_KEY, record)
                session.commit()
    except (SQLAlchemyError, OSError) as error:
        # A file that cannot be written now (read-only, busy, full disk) is still listed; the
        # next start merely takes the normal path.
        log.info("could not record the definitions for quick reads: %r", error)


def local_file(location: str | Path) -> Path | None:
    """The existing SQLite file at ``location``, absolute; None for a URL or no file yet."""
    return local_file_at(location, url=isinstance(location, str) and is_url(location))


def _with_progress(row: HomeRow, progress: Progress | None) -> HomeRow:
    return HomeRow(
        row.id,
        row.council,
        row.gss_code,
        row.period,
        row.status,
        row.respondent,
        progress,
        row.updated_at,
        row.council_cy,
    )


def _row(row: AssessmentRow) -> HomeRow:
    ident, name, gss, period, status, respondent, answered, required, updated = row[:9]
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
        updated_at=_moment(updated),
        council_cy=str(row[11]) if len(row) > 11 and row[11] else None,
    )


def _moment(value: object) -> datetime:
    """A stored UTC time: text from SQLite's driver, a datetime from others."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
