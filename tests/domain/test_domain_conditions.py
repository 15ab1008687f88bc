"""Structured conditions: each form, multiple-choice any-of, and sibling lookup in groups."""

from __future__ import annotations

import pytest

from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.conditions import (
    AllOf,
    Answered,
    AnyOf,
    Equals,
    InChoices,
    Not,
    evaluate,
    referenced_questions,
)
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.values import JsonValue


def _holds(condition: object, **answers: JsonValue) -> bool:
    return evaluate(condition, lambda qid: answers.get(qid))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("some", True), ("all", True), ("none", False), (None, False), ("", False)],
)
def test_in_for_a_single_choice(answer: JsonValue, expected: bool) -> None:
    assert _holds(InChoices("status", ("some", "all")), status=answer) is expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [(["none", "all"], True), (["some"], True), (["none"], False), ([], False)],
)
def test_in_for_a_multiple_choice_holds_when_any_selected_one_is_listed(
    answer: list[str], expected: bool
) -> None:
    assert _holds(InChoices("themes", ("some", "all")), themes=answer) is expected


def test_equals() -> None:
    assert _holds(Equals("lead", True), lead=True)
    assert not _holds(Equals("lead", True), lead=False)
    assert not _holds(Equals("lead", True))
    assert _holds(Equals("count", 3), count=3)
    assert not _holds(Equals("name", "x"), name="y")


@pytest.mark.parametrize(
    ("answer", "answered"),
    [
        (None, False),
        ("", False),
        ("   ", False),
        ([], False),
        ("x", True),
        (0, True),
        (False, True),
    ],
)
def test_answered(answer: JsonValue, answered: bool) -> None:
    assert _holds(Answered("q"), q=answer) is answered
    assert _holds(Answered("q", expected=False), q=answer) is not answered


def test_all_any_not_combine() -> None:
    some = InChoices("status", ("some",))
    lead = Equals("lead", True)
    assert _holds(AllOf((some, lead)), status="some", lead=True)
    assert not _holds(AllOf((some, lead)), status="some", lead=False)
    assert _holds(AnyOf((some, lead)), status="none", lead=True)
    assert not _holds(AnyOf((some, lead)), status="none", lead=False)
    assert _holds(Not(some), status="none")
    assert not _holds(Not(some), status="some")
    nested = AllOf((some, Not(AnyOf((lead, Answered("note"))))))
    assert _holds(nested, status="some", lead=False)
    assert not _holds(nested, status="some", lead=False, note="written")


def test_referenced_questions_in_order() -> None:
    condition = AllOf((InChoices("a", ("x",)), Not(AnyOf((Equals("b", 1), Answered("c"))))))
    assert referenced_questions(condition) == ["a", "b", "c"]


def test_not_a_condition_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        evaluate("status", lambda _: None)  # type: ignore[arg-type]


def test_matrix_field_reads_the_sibling_of_its_own_row(mini: Questionnaire) -> None:
    answers = Answers()
    answers.set("m.use", "D1", "none")
    answers.set("m.use", "D2", "all")
    why = mini.question("m.why")
    assert answers.is_relevant(mini, why, "D1")
    assert not answers.is_relevant(mini, why, "D2")
    assert not answers.is_relevant(mini, why, "T1")  # that row is not answered at all


def test_repeat_item_field_reads_its_own_item_and_top_level_questions(
    mini: Questionnaire,
) -> None:
    answers = Answers()
    answers.set("has_gaps", NO_ITEM, True)
    answers.set("g.text", "1", "A gap")
    answers.set("status", NO_ITEM, "all")
    more, scope = mini.question("g.more"), mini.question("g.scope")
    assert answers.is_relevant(mini, more, "1")
    assert not answers.is_relevant(mini, more, "2")
    # A bare top-level name is read from the top level, whatever the item.
    assert answers.is_relevant(mini, scope, "1") and answers.is_relevant(mini, scope, "2")


def test_a_field_is_hidden_when_its_group_is(mini: Questionnaire) -> None:
    answers = Answers()
    answers.set("g.text", "1", "A gap")
    answers.set("has_gaps", NO_ITEM, False)
    assert not answers.is_relevant(mini, mini.question("g.more"), "1")
    answers.set("has_gaps", NO_ITEM, True)
    assert answers.is_relevant(mini, mini.question("g.more"), "1")


def test_real_questionnaire_conditions(real_questionnaire: Questionnaire) -> None:
    q = real_questionnaire
    answers = Answers()
    lead = q.question("strategy_lead")
    assert not answers.is_relevant(q, lead)
    answers.set("strategy_status", NO_ITEM, "none")
    assert not answers.is_relevant(q, lead)
    answers.set("strategy_status", NO_ITEM, "in_development")
    assert answers.is_relevant(q, lead)
    assert not answers.is_relevant(q, q.question("strategy_url"))
    answers.set("strategy_status", NO_ITEM, "adopted_funded")
    assert answers.is_relevant(q, q.question("strategy_url"))

    barriers = q.question("standards.barriers")
    answers.set("standards.use_status", "PAS 181:2014", "partly_used")
    answers.set("standards.use_status", "ISO 37120:2018", "certified")
    assert answers.is_relevant(q, barriers, "PAS 181:2014")
    assert not answers.is_relevant(q, barriers, "ISO 37120:2018")

    follow_ups = ["network_members", "network_first_groups", "network_activities"]
    answers.set("join_network", NO_ITEM, "not_now")
    assert not any(answers.is_relevant(q, q.question(f)) for f in follow_ups)
    answers.set("join_network", NO_ITEM, "consider")
    assert all(answers.is_relevant(q, q.question(f)) for f in follow_ups)
    assert answers.is_relevant(q, q.question("network_other"))

    assert not answers.is_relevant(q, q.question("departments_other"))
    answers.set("departments", NO_ITEM, ["digital_it", "other"])
    assert answers.is_relevant(q, q.question("departments_other"))
