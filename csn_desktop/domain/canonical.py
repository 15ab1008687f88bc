"""The canonical form of a submission's answers: which are submitted, their JSON and SHA-256."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence

from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.conditions import evaluate
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.validation import validate_value
from csn_desktop.domain.values import JsonValue, value_from_json

# The Excel submission format (docs/csn-submission.md); the importer reads these names too.
SUBMISSION_FORMAT = "csn-submission"
SUBMISSION_FORMAT_VERSION = 2
# Older format versions this csn-desktop still reads (format 1 carried an Answers sheet).
READABLE_FORMAT_VERSIONS = frozenset({1, 2})


# (question id, an answer's JSON text) → its value and whether it passes the question's checks.
CheckedValues = dict[tuple[str, str], tuple[JsonValue, bool]]


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
    valid = [
        (key, value)
        for key, value in answers.values.items()
        if questionnaire.has_question(key.question_id)
        and validate_value(questionnaire.question(key.question_id), value) is None
    ]
    return _shown(questionnaire, answers, valid)


def counted_from_json(
    questionnaire: Questionnaire,
    rows: Iterable[tuple[str, str, str]],
    checked: CheckedValues,
    renamed: Mapping[str, str] | None = None,
) -> Answers:
    """``counted_answers`` of answers given as the database keeps them: (question id, item key,
    the value's JSON text).

    ``renamed`` maps the question ids of the version the answers were given to onto
    ``questionnaire``'s, where a later version renamed them (``domain.renames``): an answer to
    an older version is checked and counted as an answer to the renamed question.

    Each distinct (question id, text) is parsed and checked once, its verdict kept in
    ``checked``: equal text is an equal value, and a value's checks depend on its question
    alone, so one verdict holds for every assessment of the same questionnaire (share
    ``checked`` only between assessments of one questionnaire). ValueError for text that is
    not an answer value.
    """
    values: dict[AnswerKey, JsonValue] = {}
    valid: list[tuple[AnswerKey, JsonValue]] = []
    for stored_id, item_key, text in rows:
        question_id = renamed.get(stored_id, stored_id) if renamed else stored_id
        known = checked.get((question_id, text))
        if known is None:
            value = value_from_json(text)
            passes = questionnaire.has_question(question_id) and (
                validate_value(questionnaire.question(question_id), value) is None
            )
            known = checked[(question_id, text)] = (value, passes)
        value, passes = known
        key = AnswerKey(question_id, item_key)
        # A list is the one mutable value: each assessment gets its own.
        value = values[key] = list(value) if isinstance(value, list) else value
        if passes:
            valid.append((key, value))
    return _shown(questionnaire, Answers(values), valid)


def counted_to_json(answers: Answers) -> str:
    """Counted answers as kept between reads: compact JSON ``[[question id, item key, value]]``."""
    rows = [[key.question_id, key.item_key, value] for key, value in answers.values.items()]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def counted_from_kept(text: str, keys: dict[tuple[str, str], AnswerKey] | None = None) -> Answers:
    """The counted answers ``counted_to_json`` gave: checked when they were kept, not again.

    ``keys``: answer keys already made, shared between assessments (keys repeat across
    councils, and making one costs more than finding it). ValueError for text that is not
    such a list.
    """
    rows = json.loads(text)
    if not isinstance(rows, list):
        raise ValueError("kept counted answers must be a list")
    made = {} if keys is None else keys
    values: dict[AnswerKey, JsonValue] = {}
    for question_id, item_key, value in rows:
        key = made.get((question_id, item_key))
        if key is None:
            key = made[(question_id, item_key)] = AnswerKey(question_id, item_key)
        values[key] = value
    return Answers(values)


def _shown(
    questionnaire: Questionnaire,
    answers: Answers,
    candidates: Iterable[tuple[AnswerKey, JsonValue]],
) -> Answers:
    """The candidates (some of ``answers``) whose questions are shown, as ``submitted_answers``
    decides: questions of this questionnaire, not groups, relevant given ``answers``.

    Each group's own relevance (which does not depend on the item) is worked out once.
    """
    groups: dict[str, bool] = {}
    kept: dict[AnswerKey, JsonValue] = {}
    for key, value in candidates:
        if not questionnaire.has_question(key.question_id):
            continue
        question = questionnaire.question(key.question_id)
        if question.is_group:
            continue
        group = question.group
        if group is not None:
            shown = groups.get(group)
            if shown is None:
                parent = questionnaire.question(group)
                shown = groups[group] = answers.is_relevant(questionnaire, parent)
            if not shown:
                continue
        if question.relevant is not None and not evaluate(
            question.relevant, answers.lookup(key.item_key, group)
        ):
            continue
        kept[key] = value
    return Answers(kept)


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
