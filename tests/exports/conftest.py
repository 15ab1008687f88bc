"""Fixtures for export tests: a database with a complete assessment and one full of hostile text."""

from __future__ import annotations

import random

import pytest

from csn_desktop.actions.assessments import save_answer, start_assessment
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.storage import answers as stored_answers
from csn_desktop.storage.database import Database

CARDIFF = "W06000015"
WELSH = "Mae'r cyngor yn defnyddio'r safon ar gyfer Dŵr a thŷ: ŵ ŷ Ŵ Ŷ â ê î ô û"
LONG_WORD = "Llanfair" + "x" * 19_992
HOSTILE = {
    "respondent_name": "=cmd|' /C calc'!A0",
    "respondent_role": "+SUM(A1)",
    "departments_other": "@x",
    "strategy_lead": "-1+1",
    "standards_lead_role": "<font color=\"[[[getattr(pow, '__globals__')]]]\">red</font>",
    "national_priorities_how": '<img src="/etc/hostname"/> and an unclosed <b>bold',
    "approved_by_role": "Cyfarwyddwr ✓ ☀ ✈ ❤ שלום עולם مرحبا بالعالم",
    "respondent_email": "emoji 🚲👍🌍@example.gov.uk",
}
HOSTILE_NOTE = "\tTab first, then a line\nand a second line with &amp; and &nbsp; <br/>"


@pytest.fixture
def database(app_database: Database) -> Database:
    return app_database


def fill_complete(database: Database, questionnaire: Questionnaire, *, seed: int = 7) -> int:
    """A draft with every standard answered and long notes, saved as the window would."""
    assessment = start_assessment(database, questionnaire, period="2026/27", gss_code=CARDIFF)
    answers = sample_answers(questionnaire, random.Random(seed))
    themes = [t.id for t in questionnaire.themes]
    answers.set("priority_themes", "", themes)
    rng = random.Random(seed)
    for standard in questionnaire.standards:
        answers.set("standards.use_status", standard.code, rng.choice(["not_aware", "planning"]))
        answers.set("standards.need", standard.code, rng.choice(["needed", "essential"]))
        answers.set("standards.barriers", standard.code, ["cost_of_access", "too_complex"])
        note = f"{WELSH}. " + " ".join(["A long note about how the council uses it."] * 40)
        answers.set("standards.note", standard.code, note[:2000])
        answers.set("standards.evidence_url", standard.code, "https://example.gov.uk/e/1")
    for key, value in answers:
        save_answer(database, questionnaire, assessment, key.question_id, key.item_key, value)
    return assessment


@pytest.fixture
def complete_id(database: Database, questionnaire: Questionnaire) -> int:
    return fill_complete(database, questionnaire)


@pytest.fixture
def hostile_id(database: Database, questionnaire: Questionnaire) -> int:
    """A draft whose answers hold formulas, markup, a 20,000-character word, emoji and RTL text."""
    assessment = fill_complete(database, questionnaire, seed=3)

    def save(question_id: str, value: object, item: str = "") -> None:
        save_answer(database, questionnaire, assessment, question_id, item, value)  # type: ignore[arg-type]

    save("departments", ["other", "digital_it"])
    save("strategy_status", "adopted")
    save("has_standards_lead", True)
    save("national_priorities", ["clean_growth"])
    save("has_gaps", True)
    for question_id, text in HOSTILE.items():
        save(question_id, text)
    save("network_other", WELSH)
    first = questionnaire.standards[0].code
    save("standards.note", HOSTILE_NOTE, first)
    save("gaps.description", '=HYPERLINK("http://x","y") ' + WELSH, "1")
    # Longer than the question allows (as an older import might hold): stored below actions.
    with database.session() as session:
        stored_answers.save_answer(session, assessment, "gaps.should_cover", "1", LONG_WORD)
        session.commit()
    return assessment
