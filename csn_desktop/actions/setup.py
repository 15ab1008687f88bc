"""Opening the app's database and questionnaires, as both the window and the command line do."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from csn_desktop.actions.summaries import ProgressCallback, refresh_summaries
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.paths import assessments_dir, councils_csv, user_cache_dir
from csn_desktop.storage.database import Database, open_database
from csn_desktop.storage.locations import resolve_database
from csn_desktop.storage.organisations import (
    count_current_councils,
    load_organisations,
    read_organisations_csv,
)


def open_app_database(
    location: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    library: QuestionnaireLibrary | None = None,
    progress: ProgressCallback | None = None,
) -> Database:
    """Open (creating or migrating) the database chosen by --database, CSN_DATABASE or default.

    The bundled councils are loaded when the database lacks them or the bundled list changed;
    the assessments' stored progress is recomputed when the questionnaires changed (``progress``
    hears how far that has got).
    """
    chosen = location if isinstance(location, Path) else resolve_database(location, environ)
    database = open_database(chosen, marks=user_cache_dir() / "databases")
    try:
        ensure_councils(database)
        refresh_summaries(database, library or questionnaire_library(), progress)
    except BaseException:
        database.close()
        raise
    return database


def ensure_councils(database: Database, csv_path: Path | None = None) -> None:
    """Load the bundled council list unless the database already holds exactly as many councils."""
    rows = read_organisations_csv(csv_path or councils_csv())
    with database.session() as session:
        if count_current_councils(session) != len(rows):
            load_organisations(session, rows, retire_missing=True)
            session.commit()


@cache
def questionnaire_library(folder: Path | None = None) -> QuestionnaireLibrary:
    """Every bundled questionnaire version, checked once per process."""
    return QuestionnaireLibrary.load(folder or assessments_dir())
