"""The answers of one assessment, keyed by question id and item key."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from csn_desktop.domain.conditions import Condition, evaluate
from csn_desktop.domain.questionnaire import Question, Questionnaire
from csn_desktop.domain.values import JsonValue, is_answered

# The item key of a question that is not inside a standards matrix or repeat group.
NO_ITEM = ""


@dataclass(frozen=True, slots=True, order=True)
class AnswerKey:
    """Where an answer belongs: a question and, inside a group, the row (standard code or item)."""

    question_id: str
    item_key: str = NO_ITEM


@dataclass
class Answers:
    """A mutable map of answers; a value of None is never stored."""

    values: dict[AnswerKey, JsonValue] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, mapping: Mapping[AnswerKey, JsonValue]) -> Answers:
        return cls({k: v for k, v in mapping.items() if v is not None})

    def get(self, question_id: str, item_key: str = NO_ITEM) -> JsonValue:
        return self.values.get(AnswerKey(question_id, item_key))

    def set(self, question_id: str, item_key: str, value: JsonValue) -> None:
        key = AnswerKey(question_id, item_key)
        if value is None:
            self.values.pop(key, None)
        else:
            self.values[key] = value

    def __iter__(self) -> Iterator[tuple[AnswerKey, JsonValue]]:
        return iter(sorted(self.values.items()))

    def __len__(self) -> int:
        return len(self.values)

    def item_keys(self, group: Question) -> list[str]:
        """The item keys present under a group, repeat items in numeric order."""
        prefix = group.id + "."
        keys = {k.item_key for k in self.values if k.question_id.startswith(prefix)}
        return sorted(keys, key=_item_sort_key)

    def next_item_key(self, group: Question) -> str:
        """A fresh item key for a new repeat-group item; keys are never reused or renumbered."""
        numbers = [int(k) for k in self.item_keys(group) if k.isdigit()]
        return str(max(numbers, default=0) + 1)

    def lookup(self, item_key: str, group: str | None) -> LookupInContext:
        return LookupInContext(self, item_key, group)

    def is_relevant(
        self, questionnaire: Questionnaire, question: Question, item_key: str = NO_ITEM
    ) -> bool:
        """Whether a question is shown: its own condition and its group's both hold."""
        if question.group is not None:
            parent = questionnaire.question(question.group)
            if not self.is_relevant(questionnaire, parent):
                return False
        return _holds(question.relevant, self.lookup(item_key, question.group))

    def answered(self, question_id: str, item_key: str = NO_ITEM) -> bool:
        return is_answered(self.get(question_id, item_key))


def _holds(condition: Condition | None, lookup: LookupInContext) -> bool:
    return condition is None or evaluate(condition, lookup)


@dataclass(frozen=True, slots=True)
class LookupInContext:
    """Reads answers for a condition: a sibling field of the same group reads the same item."""

    answers: Answers
    item_key: str
    group: str | None

    def __call__(self, question_id: str) -> JsonValue:
        in_group = self.group is not None and question_id.startswith(self.group + ".")
        return self.answers.get(question_id, self.item_key if in_group else NO_ITEM)


def _item_sort_key(key: str) -> tuple[int, int, str]:
    return (0, int(key), "") if key.isdigit() else (1, 0, key)
