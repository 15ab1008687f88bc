"""Every bundled questionnaire version has the ids the app's own code reads (domain.known_ids)."""

from __future__ import annotations

import pytest

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain import known_ids as ids
from csn_desktop.domain.questionnaire import (
    CHOICE_TYPES,
    TEXT_TYPES,
    Question,
    Questionnaire,
    QuestionType,
)


def _answering(library: QuestionnaireLibrary, q: Questionnaire, known: str) -> Question | None:
    """The question of version ``q`` whose answers count for ``known`` (a newest-version id),
    directly or under an old id a later version renames; None if a later version introduced it.
    """
    renamed = library.to_version(q, library.latest(q.id))
    olds = [old for old, new in renamed.items() if new == known]
    found = [q.question(i) for i in (known, *olds) if q.has_question(i)]
    if found:
        assert len(found) == 1, (q.version, known, found)
        assert known not in ids.INTRODUCED_IN or q.version >= ids.INTRODUCED_IN[known]
        return found[0]
    assert ids.INTRODUCED_IN.get(known, 0) > q.version, f"{known} missing in version {q.version}"
    return None


def _question(library: QuestionnaireLibrary, q: Questionnaire, known: str) -> Question:
    found = _answering(library, q, known)
    assert found is not None, (q.version, known)
    return found


def test_known_ids_exist_in_every_bundled_questionnaire(library: QuestionnaireLibrary) -> None:
    assert len(library.questionnaires) >= 2  # the mapping below is exercised, not trivial
    for q in library.questionnaires:
        matrix = _question(library, q, ids.MATRIX)
        assert matrix.type is QuestionType.STANDARDS_MATRIX
        matrix_fields = (ids.USE_STATUS, ids.NEED, ids.BARRIERS, ids.NOTE, ids.EVIDENCE_URL)
        for field in matrix_fields:
            assert _question(library, q, field).group == matrix.id, (q.version, field)
        use = tuple(c.id for c in _question(library, q, ids.USE_STATUS).choices)
        assert use == ids.USE_STATUS_ORDER
        assert set(use) == ids.IN_USE | ids.NOT_IN_USE and not ids.IN_USE & ids.NOT_IN_USE
        assert {c.id for c in _question(library, q, ids.NEED).choices} >= ids.IN_DEMAND
        assert _question(library, q, ids.BARRIERS).type is QuestionType.MULTIPLE_CHOICE
        assert _question(library, q, ids.NOTE).type in TEXT_TYPES
        assert _question(library, q, ids.EVIDENCE_URL).type is QuestionType.URL
        gaps = _question(library, q, ids.GAPS_GROUP)
        assert gaps.type is QuestionType.REPEAT_GROUP
        gap_fields = (ids.GAP_THEME, ids.GAP_DESCRIPTION, ids.GAP_IMPACT, ids.GAP_SHOULD_COVER)
        for field in gap_fields:
            assert _question(library, q, field).group == gaps.id, (q.version, field)
        assert _question(library, q, ids.GAP_THEME).type in CHOICE_TYPES
        assert _question(library, q, ids.GAP_IMPACT).type in CHOICE_TYPES
        assert _question(library, q, ids.GAP_DESCRIPTION).type in TEXT_TYPES
        assert _question(library, q, ids.GAP_SHOULD_COVER).type in TEXT_TYPES
        for question in ids.PRIORITY_QUESTIONS:
            assert _question(library, q, question).type in CHOICE_TYPES, (q.version, question)
        assert _question(library, q, ids.RESPONDENT_QUESTION).type in TEXT_TYPES
        assert _question(library, q, ids.NETWORK_OTHER).type in TEXT_TYPES
        consent = _answering(library, q, ids.QUOTE_CONSENT)
        assert consent is None or consent.type is QuestionType.YES_NO
        assert ids.SIGN_OFF_SECTION in [s.id for s in q.sections]
        assert _question(library, q, ids.SIGN_OFF_DATE).type is QuestionType.DATE


def test_the_newest_version_has_every_known_id_under_its_own_name(
    library: QuestionnaireLibrary,
) -> None:
    newest = library.latest()
    known = [
        ids.MATRIX,
        ids.USE_STATUS,
        ids.NEED,
        ids.BARRIERS,
        ids.NOTE,
        ids.EVIDENCE_URL,
        ids.GAPS_GROUP,
        ids.GAP_THEME,
        ids.GAP_DESCRIPTION,
        ids.GAP_IMPACT,
        ids.GAP_SHOULD_COVER,
        *ids.PRIORITY_QUESTIONS,
        ids.RESPONDENT_QUESTION,
        ids.NETWORK_OTHER,
        ids.QUOTE_CONSENT,
        ids.SIGN_OFF_DATE,
    ]
    missing = [i for i in known if not newest.has_question(i)]
    assert missing == []
    assert newest.section_of(ids.QUOTE_CONSENT).id == ids.SIGN_OFF_SECTION


@pytest.mark.parametrize("question_id", [*ids.PRIORITY_QUESTIONS, ids.GAP_THEME, ids.GAP_IMPACT])
def test_counted_choice_ids_are_the_same_in_every_version(
    library: QuestionnaireLibrary, question_id: str
) -> None:
    # Figures over councils that answered different versions add up only if the choices agree.
    newest = {c.id for c in library.latest().question(question_id).choices}
    for q in library.questionnaires:
        assert {c.id for c in _question(library, q, question_id).choices} == newest, q.version


def test_ids_introduced_later_are_absent_before_and_present_from_their_version(
    library: QuestionnaireLibrary,
) -> None:
    for known, first in ids.INTRODUCED_IN.items():
        for q in library.questionnaires:
            assert q.has_question(known) == (q.version >= first), (known, q.version)


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
