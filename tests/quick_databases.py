"""A database for the quick-read tests: local drafts, imported versions, the bin and the archive."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.home import remember_definitions
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.counts import Progress
from csn_desktop.storage.assessments import create_assessment
from csn_desktop.storage.models import Assessment, Organisation
from csn_desktop.storage.summaries import store_progress

WELSH_COUNCIL = "Ynys Môn — Cyngor Sir ŵ ŷ"


def make_database(path: Path, *, remember: bool = True) -> dict[str, int]:
    """Five local drafts (one council renamed in Welsh), one in the bin, one archived, and
    imported versions (current, older, withdrawn, needing a decision); the ids by role."""
    library = questionnaire_library()
    with open_app_database(path, library=library) as database:
        fill_demo(database, library.latest(), councils=5, seed=3)
        with database.session() as session:
            local = session.query(Assessment).order_by(Assessment.id).all()
            session.execute(
                update(Organisation)
                .where(Organisation.id == local[0].organisation_id)
                .values(name=WELSH_COUNCIL)
            )
            now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
            binned, archived = local[1].id, local[2].id
            session.execute(
                update(Assessment).where(Assessment.id == binned).values(deleted_at=now)
            )
            session.execute(
                update(Assessment).where(Assessment.id == archived).values(archived_at=now)
            )
            ids = {"binned": binned, "archived": archived}
            for role in ("older", "current", "withdrawn", "pending"):
                imported = create_assessment(
                    session,
                    organisation_id=local[3].organisation_id,
                    questionnaire_id=library.latest().id,
                    questionnaire_version=library.latest().version,
                    period="2024/25",
                    origin="imported",
                )
                store_progress(session, imported.id, Progress(1234, 2000))
                ids[role] = imported.id
            session.execute(
                update(Assessment)
                .where(Assessment.id == ids["older"])
                .values(superseded_by_id=ids["current"])
            )
            session.execute(
                update(Assessment).where(Assessment.id == ids["withdrawn"]).values(withdrawn_at=now)
            )
            session.execute(
                update(Assessment)
                .where(Assessment.id == ids["pending"])
                .values(decision_pending=True)
            )
            session.commit()
        if remember:
            remember_definitions(database, library)
    return ids
