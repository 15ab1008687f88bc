"""Per-questionnaire lookups for answer rows, built once and shared by every file of a batch."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, assert_never

from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType
from csn_desktop.domain.values import JsonValue, value_from_json, value_to_json
from csn_desktop.i18n import _
from csn_desktop.imports.outcomes import Place
from csn_desktop.imports.value_checks import ValueRefused, check_value, refused_answer

# Values whose JSON text is at most this long are remembered once checked: choices, yes/no,
# numbers, dates and short text repeat across councils. Longer text is checked every time.
_REMEMBERED_TEXT = 200
_REMEMBERED_VALUES = 100_000


class Kind(Enum):
    """Which item keys a question takes."""

    PLAIN = "plain"  # none
    MATRIX = "matrix"  # a standard's code
    REPEAT = "repeat"  # 1, 2, 3 …


def group_kind(group: Question) -> Kind:
    """How the rows of a group are keyed: by a standard's code, or by an item number."""
    match group.type:
        case QuestionType.STANDARDS_MATRIX:
            return Kind.MATRIX
        case QuestionType.REPEAT_GROUP:
            return Kind.REPEAT
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
            raise ValueError(f"{group.id} is a question, not a group")
        case _ as unreachable:
            assert_never(unreachable)


@dataclass(frozen=True, slots=True)
class Slot:
    """A question that takes a value, with what its item keys must be."""

    question: Question
    kind: Kind
    group_id: str


# One answer: question id, item key, value, and the value's JSON as the database stores it.
AnswerRow = tuple[str, str, JsonValue, str]
# Answers read but invalid (kept in a draft): (question id, item key) → (why, where).
InvalidAnswers = dict[tuple[str, str], tuple[str, Place]]


class AnswerRules:
    """The questions of one questionnaire version by id, and a memory of values already checked."""

    def __init__(self, questionnaire: Questionnaire) -> None:
        self.questionnaire = questionnaire
        self.slots: dict[str, Slot] = {}
        self.groups: set[str] = set()
        for _section, question in questionnaire.iter_questions():
            if question.id in self.slots or question.id in self.groups:
                continue  # the first of two questions with one id wins, as in the questionnaire
            if question.is_group:
                self.groups.add(question.id)
                continue
            group = questionnaire.parent_of(question)
            kind = Kind.PLAIN if group is None else group_kind(group)
            self.slots[question.id] = Slot(question, kind, group.id if group else "")
        self.standards = frozenset(s.code for s in questionnaire.standards)
        self._checked: dict[tuple[str, str], tuple[JsonValue, str]] = {}

    def known_row(self, row: list[Any]) -> AnswerRow | None:
        """The answer of an Answers row whose value was checked before, or None to check it all.

        A remembered value's cell passed every check; a known question id and a fitting item
        key (empty, a catalogue code, or a plain item number) hold no control characters.
        """
        if len(row) != 3:
            return None
        question_id, item_key, text = row
        if type(question_id) is not str or type(item_key) is not str or type(text) is not str:
            return None
        slot = self.slots.get(question_id)
        found = self._checked.get((question_id, text)) if slot is not None else None
        if slot is None or found is None:
            return None
        kind = slot.kind
        if kind is Kind.PLAIN:
            if item_key:
                return None
        elif kind is Kind.MATRIX:
            if item_key not in self.standards:
                return None
        elif not is_item_number(item_key):
            return None
        value, stored = found
        return question_id, item_key, (list(value) if type(value) is list else value), stored

    def value(self, question: Question, text: str) -> tuple[JsonValue, str, str | None]:
        """The value written as JSON ``text``, its JSON as stored, and why it is invalid (None
        when valid); ValueRefused when it cannot be an answer to the question at all."""
        key = (question.id, text)
        found = self._checked.get(key)
        if found is not None:
            value, stored = found
            return (list(value) if isinstance(value, list) else value), stored, None
        try:
            value = value_from_json(text)
        except (ValueError, RecursionError):
            raise ValueRefused(
                _("“{text}” is not an answer value written as JSON.").format(text=text[:60])
            ) from None
        try:
            reason = check_value(question, value)
        except ValueRefused as refused:
            raise ValueRefused(refused_answer(question, refused)) from None
        stored = value_to_json(value)
        if reason is None and len(text) <= _REMEMBERED_TEXT:
            if len(self._checked) >= _REMEMBERED_VALUES:
                self._checked.clear()
            self._checked[key] = (list(value) if isinstance(value, list) else value, stored)
        return value, stored, reason


def is_item_number(text: str) -> bool:
    """1, 2, 3 …: ASCII digits without a leading zero."""
    return text.isdigit() and text.isascii() and not text.startswith("0")


_RULES: dict[int, AnswerRules] = {}


def rules_for(questionnaire: Questionnaire) -> AnswerRules:
    """The rules of a questionnaire, built on first use (the rules keep it alive, so ids stay)."""
    rules = _RULES.get(id(questionnaire))
    if rules is None or rules.questionnaire is not questionnaire:
        if len(_RULES) >= 16:
            _RULES.clear()
        rules = _RULES[id(questionnaire)] = AnswerRules(questionnaire)
    return rules
