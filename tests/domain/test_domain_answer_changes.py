"""Answer changes between versions: found, named by label and item, summarised with "and N more"."""

from __future__ import annotations

from csn_desktop.domain.answer_changes import answer_changes, full_list, summary
from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.questionnaire import Questionnaire


def _answers(values: dict[tuple[str, str], object]) -> Answers:
    answers = Answers()
    for (question, item), value in values.items():
        answers.set(question, item, value)  # type: ignore[arg-type]
    return answers


def test_added_removed_and_changed_answers_are_found() -> None:
    before = _answers({("status", ""): "none", ("m.use", "D1"): "some", ("g.text", "1"): "x"})
    after = _answers({("status", ""): "all", ("m.use", "D1"): "some", ("m.use", "D2"): "all"})
    changes = answer_changes(before, after)
    assert [(c.key, c.before, c.after) for c in changes] == [
        (AnswerKey("g.text", "1"), "x", None),
        (AnswerKey("m.use", "D2"), None, "all"),
        (AnswerKey("status", ""), "none", "all"),
    ]


def test_equal_answers_have_no_changes(mini: Questionnaire) -> None:
    same = _answers({("status", ""): "none"})
    assert answer_changes(same, _answers({("status", ""): "none"})) == []
    assert summary(mini, []) == "No answers changed."


def test_summary_names_the_first_few_in_questionnaire_order(mini: Questionnaire) -> None:
    before = _answers({})
    after = _answers(
        {
            ("status", ""): "all",
            ("m.use", "D1"): "some",
            ("m.use", "D2"): "some",
            ("m.use", "T1"): "some",
            ("g.text", "1"): "gap",
        }
    )
    changes = answer_changes(before, after)
    text = summary(mini, changes)
    # In questionnaire order, as a person reads it; standards in catalogue order.
    assert text == "5 answers changed: Status, Use (D1), Use (D2) and 2 more."
    assert full_list(mini, changes).splitlines() == [
        "Status",
        "Use (D1)",
        "Use (D2)",
        "Use (T1)",
        "Gap (1)",
    ]


def test_summary_of_one_change(mini: Questionnaire) -> None:
    changes = answer_changes(_answers({("status", ""): "none"}), _answers({}))
    assert summary(mini, changes) == "1 answer changed: Status."
