"""Fills a database with realistic, reproducible example assessments."""

from __future__ import annotations

import random
import uuid

from csn_desktop.domain.answers import NO_ITEM
from csn_desktop.domain.known_ids import RESPONDENT_QUESTION
from csn_desktop.domain.progress import is_complete
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.storage import answers as stored_answers
from csn_desktop.storage import assessments as stored
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import OTHER_TYPE_CODE
from csn_desktop.storage.organisations import list_organisations
from csn_desktop.storage.summaries import refresh_progress

# Three in four assessments are for the current period, the others for the one before.
CURRENT_PERIOD = "2026/27"
EARLIER_PERIOD = "2025/26"
PERIODS = (CURRENT_PERIOD, CURRENT_PERIOD, CURRENT_PERIOD, EARLIER_PERIOD)


def fill_demo(
    database: Database,
    questionnaire: Questionnaire,
    *,
    councils: int,
    seed: int,
    earlier: Questionnaire | None = None,
) -> tuple[int, int]:
    """Add one assessment for each of ``councils`` councils; returns (final, draft) counts.

    The same seed gives the same councils, periods and answers. About 40% are complete and final.
    With ``earlier`` (an older version of the questionnaire), the earlier period's assessments
    answer it, as councils did before ``questionnaire`` was published.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible examples, not secrets
    with database.session() as session:
        candidates = [
            (o.id, o.gss_code)
            for o in list_organisations(session, current_only=True)
            if o.type_code != OTHER_TYPE_CODE
        ]
    chosen = rng.sample(
        sorted(candidates, key=lambda c: c[1] or ""), min(councils, len(candidates))
    )
    finals = drafts = 0
    for organisation_id, _ in chosen:
        complete = rng.random() < 0.4
        period = rng.choice(PERIODS)
        answering = earlier if earlier is not None and period == EARLIER_PERIOD else questionnaire
        answers = sample_answers(
            answering, rng, completeness=1.0 if complete else rng.uniform(0.2, 0.9)
        )
        with database.session() as session:
            assessment = stored.create_assessment(
                session,
                organisation_id=organisation_id,
                questionnaire_id=answering.id,
                questionnaire_version=answering.version,
                period=period,
                respondent=str(answers.get(RESPONDENT_QUESTION, NO_ITEM) or "") or None,
                uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            )
            for key, value in answers:
                stored_answers.save_answer(
                    session, assessment.id, key.question_id, key.item_key, value
                )
            refresh_progress(session, assessment.id, answering)
            if complete and is_complete(answering, answers):
                stored.finalise_assessment(session, assessment.id)
                finals += 1
            else:
                drafts += 1
            session.commit()
    return finals, drafts
