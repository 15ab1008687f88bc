"""What is required, missing or invalid right now, and progress per section and overall.

How progress is counted (the rule the navigator, the home list and finalising share):

- a required question shown to the officer is one requirement, met when its answer is given and
  valid;
- a standards matrix counts one requirement per required row (a standard in the chosen themes),
  met when every required field shown in that row is given and valid; rows outside the chosen
  themes are optional detail and never counted;
- a required repeat group counts ONE requirement, met once it holds its minimum number of
  complete items (every required field shown given and valid); further items are detail.

So detail — another gap, a barrier, a note, an evidence link — never adds to the denominator:
adding it can raise progress, never lower it. What is still wrong in detail (an unfinished gap,
an invalid link) is counted apart, as things "to fix": a section is done (✓) only when its
requirements are met and nothing in it is to fix, and ``is_complete`` (finalising) is the same
rule over every section.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import assert_never

from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.counts import Progress
from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType, Section
from csn_desktop.domain.validation import validate_value

# Changes whenever the counting rule above changes, so stored summary counts are recomputed.
RULES_VERSION = "2"  # not translated: part of a digest


@dataclass(frozen=True, slots=True)
class Requirement:
    """One counted requirement: a question, one required matrix row (item key = the standard's
    code) or a repeat group as a whole (item key empty); ``answered`` when it is met."""

    section_id: str
    question_id: str
    item_key: str
    answered: bool


@dataclass(frozen=True, slots=True)
class MissingAnswer:
    """A required answer not given: a question, a field of a matrix row or repeat item, or a
    repeat group (question id of the group, no item key) that needs more items."""

    section_id: str
    question_id: str
    item_key: str


@dataclass(frozen=True, slots=True)
class InvalidAnswer:
    """A stored, relevant answer that fails validation."""

    section_id: str
    question_id: str
    item_key: str
    reason: str


@dataclass(frozen=True, slots=True)
class SectionState:
    """A section's counted progress and how many things in it are to fix besides."""

    progress: Progress
    to_fix: int

    @property
    def done(self) -> bool:
        return self.progress.complete and self.to_fix == 0


def requirements(questionnaire: Questionnaire, answers: Answers) -> list[Requirement]:
    """Every counted requirement right now, given the answers so far; hidden questions need none."""
    found: list[Requirement] = []
    for section in questionnaire.sections:
        for question in section.questions:
            found.extend(_requirements(questionnaire, section, question, answers))
    return found


def _requirements(
    questionnaire: Questionnaire, section: Section, question: Question, answers: Answers
) -> Iterator[Requirement]:
    if not answers.is_relevant(questionnaire, question):
        return
    match question.type:
        case QuestionType.STANDARDS_MATRIX:
            for code in required_rows(questionnaire, question, answers):
                met = not _missing_fields(questionnaire, question, code, answers, valid=True)
                yield Requirement(section.id, question.id, code, met)
        case QuestionType.REPEAT_GROUP:
            needed = items_needed(question)
            if needed:
                complete = len(answers.item_keys(question)) - len(
                    unfinished_items(questionnaire, question, answers)
                )
                yield Requirement(section.id, question.id, NO_ITEM, complete >= needed)
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
                yield Requirement(
                    section.id, question.id, NO_ITEM, _given(question, answers, NO_ITEM, True)
                )
        case _ as unreachable:
            assert_never(unreachable)


def items_needed(group: Question) -> int:
    """How many complete items a repeat group needs (0 when it is optional)."""
    return max(group.min_items, 1 if group.required else 0)


def unfinished_items(questionnaire: Questionnaire, group: Question, answers: Answers) -> list[str]:
    """The item keys of a shown repeat group whose required fields are not all given and valid."""
    if not answers.is_relevant(questionnaire, group):
        return []
    return [
        key
        for key in answers.item_keys(group)
        if _missing_fields(questionnaire, group, key, answers, valid=True)
    ]


def _given(question: Question, answers: Answers, key: str, valid: bool) -> bool:
    if not answers.answered(question.id, key):
        return False
    return not valid or validate_value(question, answers.get(question.id, key)) is None


def _missing_fields(
    questionnaire: Questionnaire, group: Question, key: str, answers: Answers, *, valid: bool
) -> list[Question]:
    """The required fields shown in one row or item that are not given (or not valid)."""
    return [
        field
        for field in group.fields
        if field.required
        and answers.is_relevant(questionnaire, field, key)
        and not _given(field, answers, key, valid)
    ]


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


def missing_answers(questionnaire: Questionnaire, answers: Answers) -> list[MissingAnswer]:
    """Every required answer not yet given, field by field, in questionnaire order."""
    found: list[MissingAnswer] = []
    for section in questionnaire.sections:
        for question in section.questions:
            if not answers.is_relevant(questionnaire, question):
                continue
            if question.type is QuestionType.STANDARDS_MATRIX:
                keys = required_rows(questionnaire, question, answers)
            elif question.type is QuestionType.REPEAT_GROUP:
                keys = answers.item_keys(question)
                if len(keys) < items_needed(question):
                    found.append(MissingAnswer(section.id, question.id, NO_ITEM))
            else:
                if question.required and not answers.answered(question.id):
                    found.append(MissingAnswer(section.id, question.id, NO_ITEM))
                continue
            for key in keys:
                for field in _missing_fields(questionnaire, question, key, answers, valid=False):
                    found.append(MissingAnswer(section.id, field.id, key))
    return found


def section_progress(questionnaire: Questionnaire, answers: Answers) -> dict[str, Progress]:
    """Progress of every section, in order, including sections with nothing required."""
    totals = {section.id: Progress(0, 0) for section in questionnaire.sections}
    for req in requirements(questionnaire, answers):
        totals[req.section_id] += Progress(int(req.answered), 1)
    return totals


def section_states(questionnaire: Questionnaire, answers: Answers) -> dict[str, SectionState]:
    """Every section's progress and its count of things to fix: invalid answers, and repeat
    items started but unfinished (which progress does not count, being detail)."""
    to_fix = {section.id: 0 for section in questionnaire.sections}
    for invalid in invalid_answers(questionnaire, answers):
        to_fix[invalid.section_id] += 1
    for section in questionnaire.sections:
        for question in section.questions:
            if question.type is QuestionType.REPEAT_GROUP:
                unfinished = unfinished_items(questionnaire, question, answers)
                # Items that hold only invalid answers are already counted as invalid.
                to_fix[section.id] += sum(
                    1
                    for key in unfinished
                    if _missing_fields(questionnaire, question, key, answers, valid=False)
                )
    return {
        section_id: SectionState(progress, to_fix[section_id])
        for section_id, progress in section_progress(questionnaire, answers).items()
    }


def overall_progress(questionnaire: Questionnaire, answers: Answers) -> Progress:
    return sum(section_progress(questionnaire, answers).values(), Progress(0, 0))


def invalid_answers(questionnaire: Questionnaire, answers: Answers) -> list[InvalidAnswer]:
    """Stored answers to shown questions that fail validation, in questionnaire order."""
    found: list[InvalidAnswer] = []
    order = {q.id: n for n, (_, q) in enumerate(questionnaire.iter_questions())}
    # The stored map, sorted once (iterating ``answers`` would sort it first by key as well).
    stored = answers.values.items()
    for key, value in sorted(stored, key=lambda kv: (order.get(kv[0].question_id, -1), kv[0])):
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
    """Ready to finalise: nothing required is missing and nothing is invalid (so every section
    is done, and overall progress is complete)."""
    return not missing_answers(questionnaire, answers) and not invalid_answers(
        questionnaire, answers
    )
