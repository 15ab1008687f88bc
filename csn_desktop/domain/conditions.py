"""Structured relevance conditions and their evaluation — data, never ``eval``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from csn_desktop.domain.values import JsonValue, is_answered


@dataclass(frozen=True, slots=True)
class InChoices:
    """True when the answer is one of ``values`` (for multiple choice: when any selected one is)."""

    question: str
    values: tuple[JsonValue, ...]


@dataclass(frozen=True, slots=True)
class Equals:
    """True when the answer equals ``value`` (yes/no, number, text)."""

    question: str
    value: JsonValue


@dataclass(frozen=True, slots=True)
class Answered:
    """True when the question has (``expected=True``) or has not (``False``) been answered."""

    question: str
    expected: bool = True


@dataclass(frozen=True, slots=True)
class AllOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    condition: Condition


Condition = InChoices | Equals | Answered | AllOf | AnyOf | Not

# Looks up the answer to a qualified question id in the context being evaluated.
Lookup = Callable[[str], JsonValue]


def evaluate(condition: Condition, lookup: Lookup) -> bool:
    """Evaluate a condition against answers reached through ``lookup``."""
    match condition:
        case InChoices(question, values):
            answer = lookup(question)
            if isinstance(answer, list):
                return any(item in values for item in answer)
            return answer is not None and answer in values
        case Equals(question, value):
            return lookup(question) == value
        case Answered(question, expected):
            return is_answered(lookup(question)) == expected
        case AllOf(conditions):
            return all(evaluate(c, lookup) for c in conditions)
        case AnyOf(conditions):
            return any(evaluate(c, lookup) for c in conditions)
        case Not(inner):
            return not evaluate(inner, lookup)
    raise TypeError(f"not a condition: {condition!r}")


def referenced_questions(condition: Condition) -> list[str]:
    """Every question id a condition reads, in order."""
    match condition:
        case InChoices(question, _) | Equals(question, _) | Answered(question, _):
            return [question]
        case AllOf(conditions) | AnyOf(conditions):
            return [q for c in conditions for q in referenced_questions(c)]
        case Not(inner):
            return referenced_questions(inner)
    raise TypeError(f"not a condition: {condition!r}")
