"""Unsaved drafts of answers: text that could not be stored as the answer, kept with the reason."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from csn_desktop.storage.models import AnswerDraft
from csn_desktop.storage.timestamps import utc_now


@dataclass(frozen=True, slots=True)
class Draft:
    """Text typed for one answer and why it is not the stored answer."""

    question_id: str
    item_key: str
    text: str
    reason: str


def keep_draft(
    session: Session, assessment_id: int, question_id: str, item_key: str, text: str, reason: str
) -> None:
    """Store (or replace) the draft of one answer, whole, whatever its length."""
    query = select(AnswerDraft).where(
        AnswerDraft.assessment_id == assessment_id,
        AnswerDraft.question_id == question_id,
        AnswerDraft.item_key == item_key,
    )
    draft = session.scalar(query)
    if draft is None:
        draft = AnswerDraft(assessment_id=assessment_id, question_id=question_id, item_key=item_key)
        session.add(draft)
    draft.text = text
    draft.reason = reason
    draft.updated_at = utc_now()
    session.flush()


def drop_drafts(session: Session, assessment_id: int, keys: Iterable[tuple[str, str]]) -> None:
    """Remove the drafts of these answers (question id, item key): a valid answer was saved."""
    wanted = list(keys)
    if not wanted:
        return
    session.execute(
        delete(AnswerDraft).where(
            AnswerDraft.assessment_id == assessment_id,
            tuple_(AnswerDraft.question_id, AnswerDraft.item_key).in_(wanted),
        )
    )


def load_drafts(session: Session, assessment_id: int) -> list[Draft]:
    """The assessment's drafts, in the order they were typed."""
    query = (
        select(AnswerDraft)
        .where(AnswerDraft.assessment_id == assessment_id)
        .order_by(AnswerDraft.updated_at, AnswerDraft.id)
    )
    return [Draft(d.question_id, d.item_key, d.text, d.reason) for d in session.scalars(query)]
