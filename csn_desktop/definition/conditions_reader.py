"""Reads structured relevance conditions from a definition and checks what they refer to."""

from __future__ import annotations

from typing import Any, assert_never

from csn_desktop.definition.reader import Reader
from csn_desktop.definition.yaml_source import Path_
from csn_desktop.domain.conditions import (
    AllOf,
    Answered,
    AnyOf,
    Condition,
    Equals,
    InChoices,
    Not,
)
from csn_desktop.domain.questionnaire import (
    CHOICE_TYPES,
    GROUP_TYPES,
    Question,
    Questionnaire,
    QuestionType,
)
from csn_desktop.i18n import _

CONDITION_FORMS = (
    "{question: ID, in: [CHOICE, ...]}, {question: ID, equals: VALUE}, "
    "{question: ID, answered: true|false}, {all: [...]}, {any: [...]}, {not: CONDITION}"
)


class ConditionReader:
    """Turns condition mappings into domain conditions; malformed ones become problems."""

    def __init__(self, reader: Reader, path: Path_) -> None:
        self.r = reader
        self.path = path

    def read(self, value: Any, path: Path_ | None = None) -> Condition | None:
        path = self.path if path is None else path
        if not isinstance(value, dict):
            self.r.problem(
                path, _("a condition must be one of {forms}").format(forms=CONDITION_FORMS)
            )
            return None
        keys = set(value)
        if keys in ({"all"}, {"any"}):
            key = "all" if "all" in keys else "any"
            items = value[key]
            if not isinstance(items, list) or not items:
                self.r.problem(
                    path + (key,),
                    _("'{key}' needs a non-empty list of conditions").format(key=key),
                )
                return None
            parts = [self.read(item, path + (key, n)) for n, item in enumerate(items)]
            if any(p is None for p in parts):
                return None
            found = tuple(p for p in parts if p is not None)
            return AllOf(found) if key == "all" else AnyOf(found)
        if keys == {"not"}:
            inner = self.read(value["not"], path + ("not",))
            return None if inner is None else Not(inner)
        return self._leaf(value, path)

    def _leaf(self, value: dict[str, Any], path: Path_) -> Condition | None:
        keys = set(value)
        question = value.get("question")
        tests = keys - {"question"}
        if not isinstance(question, str) or len(tests) != 1 or tests - {"in", "equals", "answered"}:
            self.r.problem(
                path, _("a condition must be one of {forms}").format(forms=CONDITION_FORMS)
            )
            return None
        test = tests.pop()
        operand = value[test]
        if test == "in":
            if not isinstance(operand, list) or not operand:
                self.r.problem(path + ("in",), _("'in' needs a non-empty list of choice ids"))
                return None
            return InChoices(question, tuple(operand))
        if test == "answered":
            if not isinstance(operand, bool):
                self.r.problem(path + ("answered",), _("'answered' must be true or false"))
                return None
            return Answered(question, operand)
        if isinstance(operand, list | dict):
            self.r.problem(
                path + ("equals",), _("'equals' needs a single value; use 'in' for a list")
            )
            return None
        return Equals(question, operand)

    def check_references(
        self, condition: Condition, owner: Question, questionnaire: Questionnaire
    ) -> None:
        """Every question named exists, may be read from here and is compared with valid values."""
        self._check(condition, owner, questionnaire, self.path)

    def _check(
        self, condition: Condition, owner: Question, questionnaire: Questionnaire, path: Path_
    ) -> None:
        match condition:
            case AllOf(parts) | AnyOf(parts):
                key = "all" if isinstance(condition, AllOf) else "any"
                for n, part in enumerate(parts):
                    self._check(part, owner, questionnaire, path + (key, n))
            case Not(inner):
                self._check(inner, owner, questionnaire, path + ("not",))
            case InChoices(name, values) | Equals(name, values) | Answered(name, values):
                target = self._target(name, owner, questionnaire, path)
                if target is not None and isinstance(condition, InChoices):
                    self._check_choices(target, values, path + ("in",))
                elif target is not None and isinstance(condition, Equals):
                    self._check_equals(target, condition.value, path + ("equals",))

    def _target(
        self, name: str, owner: Question, questionnaire: Questionnaire, path: Path_
    ) -> Question | None:
        qualified = name
        if qualified == owner.id:
            self.r.problem(
                path + ("question",),
                _("'{id}' cannot depend on itself").format(id=owner.local_id),
            )
            return None
        if not questionnaire.has_question(qualified):
            self.r.problem(
                path + ("question",),
                _(
                    "the condition names '{id}', which is not a question of this questionnaire"
                ).format(id=name),
            )
            return None
        target = questionnaire.question(qualified)
        if target.type in GROUP_TYPES:
            self.r.problem(
                path + ("question",),
                _("'{id}' is a {type}; name one of its fields instead").format(
                    id=name, type=target.type
                ),
            )
            return None
        if target.group is not None and target.group != owner.group:
            self.r.problem(
                path + ("question",),
                _(
                    "'{id}' is a field of '{group}'; only fields of the same group can be named"
                ).format(id=name, group=target.group),
            )
            return None
        return target

    def _check_choices(self, target: Question, values: Any, path: Path_) -> None:
        if target.type not in CHOICE_TYPES and target.type is not QuestionType.YES_NO:
            self.r.problem(
                path,
                _("'in' applies to choice questions; '{id}' is a {type} question").format(
                    id=target.local_id, type=target.type
                ),
            )
            return
        valid = [c.id for c in target.choices] if target.type in CHOICE_TYPES else [True, False]
        for n, value in enumerate(values):
            if value not in valid:
                self.r.problem(
                    path + (n,),
                    _("'{value}' is not a choice of '{id}' (choices: {choices})").format(
                        value=value, id=target.local_id, choices=", ".join(str(v) for v in valid)
                    ),
                )

    def _check_equals(self, target: Question, value: Any, path: Path_) -> None:
        match target.type:
            case QuestionType.YES_NO:
                if not isinstance(value, bool):
                    self.r.problem(
                        path,
                        _("'{id}' is a yes/no question: compare with true or false").format(
                            id=target.local_id
                        ),
                    )
            case QuestionType.NUMBER:
                if isinstance(value, bool) or not isinstance(value, int | float):
                    self.r.problem(
                        path,
                        _("'{id}' is a number question: compare with a number").format(
                            id=target.local_id
                        ),
                    )
            case QuestionType.SINGLE_CHOICE | QuestionType.MULTIPLE_CHOICE:
                if value not in [c.id for c in target.choices]:
                    self.r.problem(
                        path,
                        _("'{value}' is not a choice of '{id}'").format(
                            value=value, id=target.local_id
                        ),
                    )
            case (
                QuestionType.TEXT
                | QuestionType.LONG_TEXT
                | QuestionType.EMAIL
                | QuestionType.URL
                | QuestionType.DATE
            ):
                pass  # compared as written
            case QuestionType.STANDARDS_MATRIX | QuestionType.REPEAT_GROUP:
                pass  # a group cannot be named at all (_target refused it)
            case _ as unreachable:
                assert_never(unreachable)


def qualify(condition: Condition, owner: Question, questionnaire: Questionnaire) -> Condition:
    """Rewrite names to qualified ids: in a field's condition a bare name means its sibling."""

    def name(raw: str) -> str:
        sibling = f"{owner.group}.{raw}"
        return sibling if owner.group and questionnaire.has_question(sibling) else raw

    match condition:
        case InChoices(question, values):
            return InChoices(name(question), values)
        case Equals(question, value):
            return Equals(name(question), value)
        case Answered(question, expected):
            return Answered(name(question), expected)
        case AllOf(parts):
            return AllOf(tuple(qualify(p, owner, questionnaire) for p in parts))
        case AnyOf(parts):
            return AnyOf(tuple(qualify(p, owner, questionnaire) for p in parts))
        case Not(inner):
            return Not(qualify(inner, owner, questionnaire))
    raise TypeError(f"not a condition: {condition!r}")
