"""Keeping text that could not be saved as an answer, so that nothing typed is ever lost."""

from __future__ import annotations

from csn_desktop.storage import answer_drafts
from csn_desktop.storage.database import Database


def keep_draft(
    database: Database,
    assessment_id: int,
    question_id: str,
    item_key: str,
    text: str,
    reason: str,
) -> None:
    """Store the text as the unsaved draft of one answer, with the reason it was refused."""
    with database.session() as session:
        answer_drafts.keep_draft(session, assessment_id, question_id, item_key, text, reason)
        session.commit()


def drafts_of(database: Database, assessment_id: int) -> list[answer_drafts.Draft]:
    with database.read_session() as session:
        return answer_drafts.load_drafts(session, assessment_id)
