"""The council's earlier period: its answers under today's question ids, and what changed since."""

from __future__ import annotations

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.period_changes import (
    EarlierPeriod,
    PeriodChanges,
    on_current_ids,
    period_changes,
)
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.storage import answers as stored_answers
from csn_desktop.storage import assessments as stored
from csn_desktop.storage.database import Database


def earlier_period(
    database: Database, library: QuestionnaireLibrary, assessment_id: int
) -> EarlierPeriod | None:
    """The answers of the same council's newest earlier period (see
    ``storage.assessments.earlier_assessment``), or None when it has none."""
    with database.read_session() as session:
        assessment = stored.get_assessment(session, assessment_id)
        earlier = stored.earlier_assessment(session, assessment)
        if earlier is None:
            return None
        answers = stored_answers.load_answers(session, earlier.id)
        renamed = library.renames(assessment.questionnaire_id).between(
            earlier.questionnaire_version, assessment.questionnaire_version
        )
        return EarlierPeriod(earlier.period, on_current_ids(answers, renamed))


def changes_since_earlier(
    database: Database,
    library: QuestionnaireLibrary,
    assessment_id: int,
    questionnaire: Questionnaire,
    answers: Answers,
) -> PeriodChanges | None:
    """What changed since the earlier period, or None when the council has none; answers to
    questions hidden by their conditions count as not given, as in the report."""
    earlier = earlier_period(database, library, assessment_id)
    if earlier is None:
        return None
    return period_changes(questionnaire, earlier, submitted_answers(questionnaire, answers))
