"""Every bundled questionnaire keeps the ids the app's own code reads (domain.known_ids)."""

from __future__ import annotations

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain import known_ids as ids
from csn_desktop.domain.questionnaire import CHOICE_TYPES, TEXT_TYPES, QuestionType


def test_known_ids_exist_in_every_bundled_questionnaire(library: QuestionnaireLibrary) -> None:
    for q in library.questionnaires:
        assert q.question(ids.MATRIX).type is QuestionType.STANDARDS_MATRIX
        matrix_fields = (ids.USE_STATUS, ids.NEED, ids.BARRIERS, ids.NOTE, ids.EVIDENCE_URL)
        for field in matrix_fields:
            assert q.has_question(field), (q.version, field)
            assert q.question(field).group == ids.MATRIX
        use = {c.id for c in q.question(ids.USE_STATUS).choices}
        assert use == ids.IN_USE | ids.NOT_IN_USE
        assert {c.id for c in q.question(ids.NEED).choices} >= ids.IN_DEMAND
        assert q.question(ids.BARRIERS).type is QuestionType.MULTIPLE_CHOICE
        assert q.question(ids.NOTE).type in TEXT_TYPES
        assert q.question(ids.EVIDENCE_URL).type is QuestionType.URL
        assert q.question(ids.GAPS_GROUP).type is QuestionType.REPEAT_GROUP
        gap_fields = (ids.GAP_THEME, ids.GAP_DESCRIPTION, ids.GAP_IMPACT, ids.GAP_SHOULD_COVER)
        for field in gap_fields:
            assert q.has_question(field), (q.version, field)
            assert q.question(field).group == ids.GAPS_GROUP
        assert q.question(ids.GAP_THEME).type in CHOICE_TYPES
        assert q.question(ids.GAP_IMPACT).type in CHOICE_TYPES
        assert q.question(ids.GAP_DESCRIPTION).type in TEXT_TYPES
        assert q.question(ids.GAP_SHOULD_COVER).type in TEXT_TYPES
        for question in ids.PRIORITY_QUESTIONS:
            assert q.question(question).type in CHOICE_TYPES, (q.version, question)
        assert q.question(ids.RESPONDENT_QUESTION).type in TEXT_TYPES
        assert q.question(ids.NETWORK_OTHER).type in TEXT_TYPES
        assert ids.SIGN_OFF_SECTION in [s.id for s in q.sections]
        assert q.question(ids.SIGN_OFF_DATE).type is QuestionType.DATE


def test_local_field_ids_match_the_full_ids() -> None:
    pairs = [
        (ids.USE_STATUS, ids.MATRIX, ids.USE_STATUS_FIELD),
        (ids.NEED, ids.MATRIX, ids.NEED_FIELD),
        (ids.BARRIERS, ids.MATRIX, ids.BARRIERS_FIELD),
        (ids.NOTE, ids.MATRIX, ids.NOTE_FIELD),
        (ids.EVIDENCE_URL, ids.MATRIX, ids.EVIDENCE_URL_FIELD),
        (ids.GAP_THEME, ids.GAPS_GROUP, ids.GAP_THEME_FIELD),
        (ids.GAP_DESCRIPTION, ids.GAPS_GROUP, ids.GAP_DESCRIPTION_FIELD),
        (ids.GAP_IMPACT, ids.GAPS_GROUP, ids.GAP_IMPACT_FIELD),
        (ids.GAP_SHOULD_COVER, ids.GAPS_GROUP, ids.GAP_SHOULD_COVER_FIELD),
    ]
    for full, group, local in pairs:
        assert full == f"{group}.{local}"
