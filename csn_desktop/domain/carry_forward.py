"""Carrying a previous period's answers into a new draft, across questionnaire versions."""

from __future__ import annotations

from collections.abc import Mapping

from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.known_ids import SIGN_OFF_SECTION
from csn_desktop.domain.questionnaire import Questionnaire, QuestionType
from csn_desktop.domain.validation import validate_value
from csn_desktop.domain.values import JsonValue


def carry_answers(
    source: Answers, target: Questionnaire, renamed: Mapping[str, str]
) -> list[tuple[AnswerKey, JsonValue]]:
    """Answers that still fit ``target``: renames followed, unknown or invalid answers dropped.

    ``renamed`` maps the source version's question ids to ``target``'s where they differ
    (``QuestionnaireLibrary.to_version``).
    """
    carried: list[tuple[AnswerKey, JsonValue]] = []
    for key, value in source:
        question_id = renamed.get(key.question_id, key.question_id)
        if not target.has_question(question_id):
            continue
        if target.section_of(question_id).id == SIGN_OFF_SECTION:
            continue
        question = target.question(question_id)
        if question.is_group or validate_value(question, value) is not None:
            continue
        in_matrix = question.group is not None and target.question(question.group).type == (
            QuestionType.STANDARDS_MATRIX
        )
        if in_matrix and target.standard(key.item_key) is None:
            continue  # a standard withdrawn from the catalogue
        carried.append((AnswerKey(question_id, key.item_key), value))
    return carried
