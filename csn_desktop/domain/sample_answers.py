"""Plausible, reproducible answers to any questionnaire, for demonstrations and benchmarks."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import assert_never

from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.known_ids import USE_STATUS_ORDER
from csn_desktop.domain.progress import required_rows
from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType
from csn_desktop.domain.values import JsonValue

# Example answers for the demonstration database, written as councils write them (some in Welsh):
# they are stored as answers, so they are data, not text of the program to translate.


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines()]


PEOPLE = _lines(
    """
    Alex Morgan
    Siân Hughes
    Priya Shah
    Tom Fletcher
    Gwenllian Rhys
    Fiona MacLeod
    Daniel O'Neill
    Aisha Begum
    Rhodri Llewelyn
    Claire Dawson
    """  # not translated: sample data, as a council would write it
)
ROLES = _lines(
    """
    Head of Digital
    Smart Places Lead
    Chief Information Officer
    Transport Data Manager
    Assistant Director, Strategy
    Sustainability Officer
    """  # not translated: sample data, as a council would write it
)
NOTES = _lines(
    """
    Used in the new parking sensor contract; suppliers confirmed conformance.
    Referenced in our data strategy but not yet applied to procurement.
    Piloted in the town centre air-quality project with the university.
    We rely on the supplier's own claim of conformance; no independent check.
    Planning team asked for this in the local plan evidence base.
    Y mae'r tîm yn defnyddio'r safon hon ar gyfer data trafnidiaeth.
    Would need training budget before we could adopt it across services.
    """  # not translated: sample data, as a council would write it
)
GAP_SERVICES = _lines(
    """
    Sharing real-time bus occupancy with the combined authority and operators
    A single view of housing damp and mould sensor data across landlords
    Publishing kerbside data for EV charge-point operators
    Joining up adult social care referrals with NHS partners
    Flood early warning from river and gully sensors shared with neighbouring councils
    Measuring the carbon impact of the fleet in a way auditors accept
    """  # not translated: sample data, as a council would write it
)
GAP_COVER = _lines(
    """
    A common data model and API profile that suppliers must support
    Minimum security and privacy requirements for low-cost sensors
    How to describe data quality so partners can rely on it
    Proportionate guidance for small councils without specialist staff
    """  # not translated: sample data, as a council would write it
)
TEAMS = _lines(
    """
    Planning, Transport and IT
    Digital services team
    Economic development
    """  # not translated: sample data, as a council would write it
)
ANYTHING_ELSE = _lines(
    """
    We would welcome procurement templates we can drop into tenders.
    Peer case studies from councils of our size would help most.
    Diolch — happy to share our experience with other Welsh councils.
    """  # not translated: sample data, as a council would write it
)


def sample_answers(
    questionnaire: Questionnaire, rng: random.Random, *, completeness: float = 1.0
) -> Answers:
    """Answers to ``questionnaire``: all shown questions at ``completeness`` 1, fewer below it.

    Questions are answered in order so that conditions see earlier answers, as an officer would.
    """
    answers = Answers()
    for section in questionnaire.sections:
        for question in section.questions:
            if not answers.is_relevant(questionnaire, question):
                continue
            match question.type:
                case QuestionType.STANDARDS_MATRIX:
                    _fill_matrix(questionnaire, question, answers, rng, completeness)
                case QuestionType.REPEAT_GROUP:
                    for key in range(1, rng.randint(max(1, question.min_items), 3) + 1):
                        _fill_fields(questionnaire, question, str(key), answers, rng, 1.0)
                case (
                    QuestionType.TEXT
                    | QuestionType.LONG_TEXT
                    | QuestionType.EMAIL
                    | QuestionType.URL
                    | QuestionType.SINGLE_CHOICE
                    | QuestionType.MULTIPLE_CHOICE
                    | QuestionType.YES_NO
                    | QuestionType.NUMBER
                    | QuestionType.DATE
                ):
                    if (question.required or rng.random() < 0.7) and (
                        completeness >= 1.0 or rng.random() < completeness
                    ):
                        answers.set(question.id, NO_ITEM, _value(question, rng))
                case _ as unreachable:
                    assert_never(unreachable)
    return answers


def _fill_matrix(
    questionnaire: Questionnaire,
    matrix: Question,
    answers: Answers,
    rng: random.Random,
    completeness: float,
) -> None:
    required = set(required_rows(questionnaire, matrix, answers))
    for standard in questionnaire.standards:
        wanted = standard.code in required or rng.random() < 0.35
        if wanted and (completeness >= 1.0 or rng.random() < completeness):
            _fill_fields(questionnaire, matrix, standard.code, answers, rng, 1.0)


def _fill_fields(
    questionnaire: Questionnaire,
    group: Question,
    key: str,
    answers: Answers,
    rng: random.Random,
    chance: float,
) -> None:
    for field in group.fields:
        if not answers.is_relevant(questionnaire, field, key):
            continue
        if field.required or rng.random() < 0.45 * chance:
            answers.set(field.id, key, _value(field, rng))


def _value(question: Question, rng: random.Random) -> JsonValue:
    ids = [c.id for c in question.choices]
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            if tuple(ids) == USE_STATUS_ORDER:
                # Most councils are aware of few standards and fully use fewer.
                return rng.choices(ids, weights=[30, 25, 15, 15, 10, 5])[0]
            return rng.choice(ids)
        case QuestionType.MULTIPLE_CHOICE:
            most = question.max_selections or len(ids)
            return rng.sample(ids, rng.randint(1, max(1, min(most, 4))))
        case QuestionType.YES_NO:
            return rng.random() < 0.6
        case QuestionType.NUMBER:
            low = int(question.minimum or 0)
            high = int(question.maximum) if question.maximum is not None else low + 25
            return rng.randint(low, high)
        case QuestionType.DATE:
            return (date(2026, 4, 1) + timedelta(days=rng.randint(0, 200))).isoformat()
        case QuestionType.EMAIL:
            return f"{rng.choice(PEOPLE).split()[0].lower()}@example-council.gov.uk"
        case QuestionType.URL:
            return f"https://www.example-council.gov.uk/evidence/{rng.randint(100, 999)}"
        case QuestionType.LONG_TEXT:
            return _long_text(question, rng)
        case QuestionType.TEXT:
            return _short_text(question, rng)
        case QuestionType.STANDARDS_MATRIX | QuestionType.REPEAT_GROUP:
            raise ValueError(f"{question.id} is answered through its fields, not a value")
        case _ as unreachable:
            assert_never(unreachable)


def _short_text(question: Question, rng: random.Random) -> str:
    name = question.local_id
    if "role" in name:
        return rng.choice(ROLES)
    if "name" in name or "by" in name or "lead" in name:
        # A person's name only where the definition says the answer is personal data: elsewhere
        # a council is asked for a role, and a name would leak into what the network publishes.
        return rng.choice(PEOPLE if question.personal_data else ROLES)
    return rng.choice(TEAMS)


def _long_text(question: Question, rng: random.Random) -> str:
    name = question.local_id
    if "description" in name or "service" in name:
        return rng.choice(GAP_SERVICES)
    if "cover" in name or "should" in name:
        return rng.choice(GAP_COVER)
    if "note" in name:
        return rng.choice(NOTES)
    return rng.choice(ANYTHING_ELSE + NOTES)
