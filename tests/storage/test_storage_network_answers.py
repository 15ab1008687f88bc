"""The network view's reads: current assessments with their councils, and their answers."""

from __future__ import annotations

from csn_desktop.storage.answers import save_answer
from csn_desktop.storage.database import Database
from csn_desktop.storage.network_answers import current_answers, current_assessments
from csn_desktop.storage.organisations import count_current_councils

QUESTIONNAIRE = "csn-self-assessment"


def test_current_assessments_carry_their_council(db: Database, assessment_id: int) -> None:
    with db.session() as session:
        entries = current_assessments(session, QUESTIONNAIRE)
        assert current_assessments(session, "another-questionnaire") == []
    assert [(e.assessment_id, e.council, e.gss_code, e.nation) for e in entries] == [
        (assessment_id, "Cardiff", "W06000015", "Wales")
    ]
    assert entries[0].period == "2026/27" and entries[0].status == "draft"
    assert entries[0].flagged is False and entries[0].exported_at is None


def test_current_answers_are_the_stored_json(db: Database, assessment_id: int) -> None:
    with db.session() as session:
        save_answer(session, assessment_id, "about.name", "", "Caerdydd ŵ")
        save_answer(session, assessment_id, "standards.use_status", "PAS 181", "fully_used")
        session.commit()
    with db.session() as session:
        rows = sorted(tuple(row) for row in current_answers(session, QUESTIONNAIRE))
        assert current_answers(session, "another-questionnaire") == []
    assert rows == [
        (assessment_id, "about.name", "", '"Caerdydd ŵ"'),
        (assessment_id, "standards.use_status", "PAS 181", '"fully_used"'),
    ]


def test_councils_are_counted_without_other_organisations(db: Database, assessment_id: int) -> None:
    with db.session() as session:
        assert count_current_councils(session) == 2
