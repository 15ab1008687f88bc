"""What is required right now, what is missing or invalid, and progress per section and overall."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import assert_never

from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.counts import Progress
from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType, Section
from csn_desktop.domain.validation import validate_value


@dataclass(frozen=True, slots=True)
class Requirement:
    """One required answer: a question, or a field of one matrix row or repeat item."""

    section_id: str
    question_id: str
    item_key: str
    answered: bool


@dataclass(frozen=True, slots=True)
class InvalidAnswer:
    """A stored, relevant answer that fails validation."""

    section_id: str
    question_id: str
    item_key: str
    reason: str


def requirements(questionnaire: Questionnaire, answers: Answers) -> list[Requirement]:
    """Every answer required right now, given the answers so far; hidden questions need none."""
    found: list[Requirement] = []
    for section in questionnaire.sections:
        for question in section.questions:
            found.extend(_question_requirements(questionnaire, section, question, answers))
    return found


def _question_requirements(
    questionnaire: Questionnaire, section: Section, question: Question, answers: Answers
) -> Iterator[Requirement]:
    if not answers.is_relevant(questionnaire, question):
        return
    match question.type:
        case QuestionType.STANDARDS_MATRIX:
            for code in required_rows(questionnaire, question, answers):
                yield from _item_requirements(questionnaire, section, question, code, answers)
        case QuestionType.REPEAT_GROUP:
            keys = answers.item_keys(question)
            needed = max(question.min_items, 1 if question.required else 0)
            if needed:
                yield Requirement(section.id, question.id, NO_ITEM, len(keys) >= needed)
            for key in keys:
                yield from _item_requirements(questionnaire, section, question, key, answers)
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
            if question.required:
                yield Requirement(section.id, question.id, NO_ITEM, answers.answered(question.id))
        case _ as unreachable:
            assert_never(unreachable)


def _item_requirements(
    questionnaire: Questionnaire, section: Section, group: Question, key: str, answers: Answers
) -> Iterator[Requirement]:
    for field in group.fields:
        if field.required and answers.is_relevant(questionnaire, field, key):
            yield Requirement(section.id, field.id, key, answers.answered(field.id, key))


def required_rows(questionnaire: Questionnaire, matrix: Question, answers: Answers) -> list[str]:
    """The standard codes whose rows must be answered: those in the themes the council chose."""
    if not matrix.required:
        return []
    if matrix.required_rows_from is None:
        return [s.code for s in questionnaire.standards]
    source = questionnaire.question(matrix.required_rows_from)
    chosen = answers.get(source.id) if answers.is_relevant(questionnaire, source) else None
    themes = set(chosen) if isinstance(chosen, list) else set()
    return [s.code for s in questionnaire.standards if s.theme in themes]


def section_progress(questionnaire: Questionnaire, answers: Answers) -> dict[str, Progress]:
    """Progress of every section, in order, including sections with nothing required."""
    totals = {section.id: Progress(0, 0) for section in questionnaire.sections}
    for req in requirements(questionnaire, answers):
        totals[req.section_id] += Progress(int(req.answered), 1)
    return totals


def overall_progress(questionnaire: Questionnaire, answers: Answers) -> Progress:
    return sum(section_progress(questionnaire, answers).values(), Progress(0, 0))


def invalid_answers(questionnaire: Questionnaire, answers: Answers) -> list[InvalidAnswer]:
    """Stored answers to shown questions that fail validation, in questionnaire order."""
    found: list[InvalidAnswer] = []
    order = {q.id: n for n, (_, q) in enumerate(questionnaire.iter_questions())}
    for key, value in sorted(answers, key=lambda kv: (order.get(kv[0].question_id, -1), kv[0])):
        if not questionnaire.has_question(key.question_id):
            continue
        question = questionnaire.question(key.question_id)
        if not answers.is_relevant(questionnaire, question, key.item_key):
            continue
        reason = validate_value(question, value)
        if reason is not None:
            section = questionnaire.section_of(question.id)
            found.append(InvalidAnswer(section.id, question.id, key.item_key, reason))
    return found


def is_complete(questionnaire: Questionnaire, answers: Answers) -> bool:
    """Ready to finalise: every requirement answered and nothing invalid."""
    return overall_progress(questionnaire, answers).complete and not invalid_answers(
        questionnaire, answers
    )
