"""Every bundled questionnaire keeps the ids the app's own code reads (domain.known_ids)."""

from __future__ import annotations

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain import known_ids as ids
from csn_desktop.domain.questionnaire import QuestionType


def test_known_ids_exist_in_every_bundled_questionnaire(library: QuestionnaireLibrary) -> None:
    for q in library.questionnaires:
        assert q.question(ids.MATRIX).type is QuestionType.STANDARDS_MATRIX
        for field in (ids.USE_STATUS, ids.NEED, ids.BARRIERS, ids.NOTE):
            assert q.has_question(field), (q.version, field)
        use = {c.id for c in q.question(ids.USE_STATUS).choices}
        assert use == ids.IN_USE | ids.NOT_IN_USE
        assert {c.id for c in q.question(ids.NEED).choices} >= ids.IN_DEMAND
        assert q.question(ids.GAPS_GROUP).type is QuestionType.REPEAT_GROUP
        for question in (*ids.PRIORITY_QUESTIONS, ids.RESPONDENT_QUESTION):
            assert q.has_question(question), (q.version, question)
        assert ids.SIGN_OFF_SECTION in [s.id for s in q.sections]
