"""The canonical form of a submission's answers: which are submitted, their JSON and SHA-256."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.validation import validate_value
from csn_desktop.domain.values import JsonValue

# The Excel submission format (docs/csn-submission.md); the importer reads these names too.
SUBMISSION_FORMAT = "csn-submission"
SUBMISSION_FORMAT_VERSION = 2
# Older format versions this csn-desktop still reads (format 1 carried an Answers sheet).
READABLE_FORMAT_VERSIONS = frozenset({1, 2})


def submitted_answers(questionnaire: Questionnaire, answers: Answers) -> Answers:
    """The answers a submission carries: those to questions of this questionnaire that are shown.

    An answer to a question hidden by its condition is kept in the app but is not submitted,
    and neither is an answer to a question id the questionnaire does not have.
    """
    kept = Answers()
    for key, value in answers:
        if not questionnaire.has_question(key.question_id):
            continue
        question = questionnaire.question(key.question_id)
        if question.is_group or not answers.is_relevant(questionnaire, question, key.item_key):
            continue
        kept.set(key.question_id, key.item_key, value)
    return kept


def counted_answers(questionnaire: Questionnaire, answers: Answers) -> Answers:
    """The answers figures count: submitted ones that also pass their question's checks.

    An import keeps what a file holds, as the app keeps it: answers hidden by their
    conditions, and in a draft answers that fail their checks. Neither is counted.
    """
    counted = Answers()
    for key, value in submitted_answers(questionnaire, answers):
        if validate_value(questionnaire.question(key.question_id), value) is None:
            counted.set(key.question_id, key.item_key, value)
    return counted


def canonical_answers_json(answers: Answers) -> bytes:
    """The canonical bytes: sorted ``[question_id, item_key, value]`` lists, compact UTF-8 JSON."""
    # Answers iterate sorted by (question_id, item_key): plain code-point order of both strings.
    return canonical_rows_json([(key.question_id, key.item_key, value) for key, value in answers])


def canonical_rows_json(rows: Sequence[tuple[str, str, JsonValue]]) -> bytes:
    """The canonical bytes of ``(question_id, item_key, value)`` rows already in that order."""
    text = json.dumps(rows, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def canonical_answers_sha256(answers: Answers) -> str:
    """Hex SHA-256 of ``canonical_answers_json``: equal answers give equal hashes, anywhere."""
    return hashlib.sha256(canonical_answers_json(answers)).hexdigest()


def canonical_rows_sha256(rows: Sequence[tuple[str, str, JsonValue]]) -> str:
    """The same hash from rows sorted by question id then item key (as an importer reads them)."""
    return hashlib.sha256(canonical_rows_json(rows)).hexdigest()
