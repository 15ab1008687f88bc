"""What is required given the answers so far, progress per section and overall, completeness."""

from __future__ import annotations

from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.progress import (
    InvalidAnswer,
    Progress,
    invalid_answers,
    is_complete,
    overall_progress,
    required_rows,
    requirements,
    section_progress,
)
from csn_desktop.domain.questionnaire import Questionnaire


def _required(questionnaire: Questionnaire, answers: Answers) -> list[tuple[str, str]]:
    return [(r.question_id, r.item_key) for r in requirements(questionnaire, answers)]


def test_nothing_answered(mini: Questionnaire) -> None:
    answers = Answers()
    # The matrix needs no row until themes are chosen; the gap group is hidden until has_gaps.
    assert _required(mini, answers) == [("status", ""), ("themes", ""), ("has_gaps", "")]
    assert overall_progress(mini, answers) == Progress(0, 3)
    assert not is_complete(mini, answers)


def test_hidden_question_is_not_required_and_its_answer_is_kept_but_not_counted(
    mini: Questionnaire,
) -> None:
    answers = Answers()
    answers.set("status", NO_ITEM, "some")
    answers.set("status_note", NO_ITEM, "Because")
    assert ("status_note", "") in _required(mini, answers)
    assert section_progress(mini, answers)["about"] == Progress(2, 3)

    answers.set("status", NO_ITEM, "none")
    assert ("status_note", "") not in _required(mini, answers)
    assert answers.get("status_note") == "Because"  # kept, should the officer change back
    assert section_progress(mini, answers)["about"] == Progress(1, 2)


def test_matrix_rows_are_required_only_for_the_chosen_themes(mini: Questionnaire) -> None:
    answers = Answers()
    matrix = mini.question("m")
    answers.set("themes", NO_ITEM, ["transport"])
    assert required_rows(mini, matrix, answers) == ["T1"]
    assert ("m.use", "T1") in _required(mini, answers)
    assert ("m.use", "D1") not in _required(mini, answers)
    answers.set("themes", NO_ITEM, ["data", "transport"])
    assert required_rows(mini, matrix, answers) == ["D1", "D2", "T1"]
    # A row's conditional field is required only where it is shown.
    answers.set("m.use", "D1", "none")
    answers.set("m.use", "D2", "all")
    required = _required(mini, answers)
    assert ("m.why", "D1") in required
    assert ("m.why", "D2") not in required
    assert section_progress(mini, answers)["matrix"] == Progress(2, 4)


def test_required_repeat_group_needs_an_item(mini: Questionnaire) -> None:
    answers = Answers()
    answers.set("has_gaps", NO_ITEM, True)
    assert ("g", "") in _required(mini, answers)
    assert section_progress(mini, answers)["gaps"] == Progress(1, 2)
    answers.set("g.text", "1", "A gap")
    required = _required(mini, answers)
    assert [k for k in required if k[0].startswith("g")] == [
        ("g", ""),
        ("g.text", "1"),
        ("g.more", "1"),
    ]
    assert section_progress(mini, answers)["gaps"] == Progress(3, 4)
    answers.set("has_gaps", NO_ITEM, False)
    assert section_progress(mini, answers)["gaps"] == Progress(1, 1)


def test_section_progress_sums_to_overall(mini: Questionnaire) -> None:
    answers = Answers()
    answers.set("status", NO_ITEM, "all")
    answers.set("themes", NO_ITEM, ["data"])
    answers.set("m.use", "D1", "some")
    answers.set("has_gaps", NO_ITEM, True)
    sections = section_progress(mini, answers)
    assert list(sections) == ["about", "matrix", "gaps"]
    total = sum(sections.values(), Progress(0, 0))
    assert total == overall_progress(mini, answers) == Progress(4, 7)
    assert overall_progress(mini, answers).percent == 57


def test_progress_arithmetic() -> None:
    assert Progress(0, 0).complete and Progress(0, 0).percent == 100
    assert Progress(1, 3) + Progress(2, 3) == Progress(3, 6)
    assert Progress(3, 6).percent == 50 and not Progress(3, 6).complete


def test_invalid_answers_lists_only_relevant_invalid_ones(mini: Questionnaire) -> None:
    answers = Answers()
    answers.set("status", NO_ITEM, "unknown")
    answers.set("status_note", NO_ITEM, "bad\x00")  # hidden: status is not some/all
    answers.set("m.link", "D1", "not a link")
    answers.set("m.link", "D2", "https://example.org")
    answers.set("retired_question", NO_ITEM, "from an older version")
    assert invalid_answers(mini, answers) == [
        InvalidAnswer("about", "status", "", "“unknown” is not one of the choices."),
        InvalidAnswer(
            "matrix", "m.link", "D1", "Enter a web address starting with https:// or http://."
        ),
    ]


def test_is_complete_needs_every_requirement_and_nothing_invalid(mini: Questionnaire) -> None:
    answers = Answers()
    answers.set("status", NO_ITEM, "none")
    answers.set("themes", NO_ITEM, ["transport"])
    answers.set("m.use", "T1", "some")
    answers.set("has_gaps", NO_ITEM, False)
    assert is_complete(mini, answers)
    answers.set("m.link", "T1", "nonsense")
    assert not is_complete(mini, answers)
    answers.set("m.link", "T1", None)
    answers.set("has_gaps", NO_ITEM, True)
    assert not is_complete(mini, answers)


def _complete_real_answers() -> Answers:
    answers = Answers()
    for qid, value in {
        "departments": ["digital_it", "planning"],
        "strategy_status": "adopted",
        "procurement_practice": "occasionally",
        "has_standards_lead": False,
        "priority_themes": ["energy-utilities"],
        "has_gaps": False,
        "top_themes": ["energy-utilities", "mobility-transport", "data-interoperability"],
        "join_network": "not_now",
        "approved_by_name": "Siân Ŵyn",
        "approved_by_role": "Director of Digital",
        "approved_on": "2026-11-24",
    }.items():
        answers.set(qid, NO_ITEM, value)
    return answers


def test_real_questionnaire_requires_rows_of_chosen_themes_then_completes(
    real_questionnaire: Questionnaire,
) -> None:
    q = real_questionnaire
    answers = _complete_real_answers()
    energy = [s.code for s in q.standards if s.theme == "energy-utilities"]
    assert required_rows(q, q.question("standards"), answers) == energy
    assert section_progress(q, answers)["standards"] == Progress(0, 2 * len(energy))
    assert not is_complete(q, answers)
    for code in energy:
        answers.set("standards.use_status", code, "partly_used")
        answers.set("standards.need", code, "essential")
        answers.set("standards.barriers", code, ["cost_of_access", "skills_capacity"])
    assert overall_progress(q, answers).complete
    assert is_complete(q, answers)
    # Sign-off is required to finalise; an impossible date is invalid.
    answers.set("approved_on", NO_ITEM, "2026-02-30")
    assert [i.question_id for i in invalid_answers(q, answers)] == ["approved_on"]
    assert not is_complete(q, answers)
    answers.set("approved_on", NO_ITEM, None)
    assert section_progress(q, answers)["sign_off"] == Progress(2, 3)
    assert not is_complete(q, answers)


def test_real_questionnaire_top_themes_limited_to_three(real_questionnaire: Questionnaire) -> None:
    answers = _complete_real_answers()
    answers.set("top_themes", NO_ITEM, [t.id for t in real_questionnaire.themes[:4]])
    found = invalid_answers(real_questionnaire, answers)
    assert [(i.question_id, i.reason) for i in found] == [("top_themes", "Choose at most 3.")]
