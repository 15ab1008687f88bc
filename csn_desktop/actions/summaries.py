"""Stored summaries brought up to date when the questionnaires they were computed with change."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.progress import RULES_VERSION, overall_progress
from csn_desktop.storage import summaries as stored
from csn_desktop.storage.database import Database

log = logging.getLogger(__name__)
# Assessments whose answers are read at once while refreshing: bounded memory at any size.
CHUNK = 400
# Told (done, total) after each chunk.
ProgressCallback = Callable[[int, int], None]


def library_basis(library: QuestionnaireLibrary) -> str:
    """A digest of everything progress depends on: the questionnaires as loaded (about 1 ms)
    and the counting rule's version."""
    text = RULES_VERSION + repr(library.questionnaires)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def refresh_summaries(
    database: Database, library: QuestionnaireLibrary, progress: ProgressCallback | None = None
) -> int:
    """Recompute every stored summary unless they were computed with these questionnaires.

    One query when they were (every start); otherwise every assessment's answers are read, in
    chunks, and the counts kept in one transaction (after a migration, or new definitions).
    Returns how many were recomputed.
    """
    basis = library_basis(library)
    with database.read_session() as session:
        if stored.summary_basis(session) == basis:
            return 0
    with database.session() as session:
        keys = stored.questionnaires_of(session)
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            answers = stored.answers_of(session, [i for i, _, _ in chunk])
            computed = []
            for assessment_id, questionnaire_id, version in chunk:
                questionnaire = library.get(questionnaire_id, version)
                computed.append(
                    (
                        assessment_id,
                        None
                        if questionnaire is None
                        else overall_progress(questionnaire, answers[assessment_id]),
                    )
                )
            stored.store_many(session, computed)
            if progress is not None:
                progress(start + len(chunk), len(keys))
        stored.set_summary_basis(session, basis)
        session.commit()
    log.info("recomputed the progress of %d assessments", len(keys))
    return len(keys)
