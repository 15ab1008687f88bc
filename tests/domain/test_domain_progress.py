"""What is required given the answers so far, progress per section and overall, completeness."""

from __future__ import annotations

from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.progress import (
    InvalidAnswer,
    Progress,
    SectionState,
    invalid_answers,
    is_complete,
    missing_answers,
    overall_progress,
    required_rows,
    requirements,
    section_progress,
    section_states,
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
    assert ("m", "T1") in _required(mini, answers)
    assert ("m", "D1") not in _required(mini, answers)
    answers.set("themes", NO_ITEM, ["data", "transport"])
    assert required_rows(mini, matrix, answers) == ["D1", "D2", "T1"]
    # One requirement per required standard, met when its shown required fields all are.
    answers.set("m.use", "D1", "none")
    answers.set("m.use", "D2", "all")
    assert section_progress(mini, answers)["matrix"] == Progress(1, 3)
    missing = [(m.question_id, m.item_key) for m in missing_answers(mini, answers)]
    assert ("m.why", "D1") in missing
    assert ("m.why", "D2") not in missing
    answers.set("m.why", "D1", "Too dear")
    assert section_progress(mini, answers)["matrix"] == Progress(2, 3)


def test_matrix_counts_standards_not_cells(real_questionnaire: Questionnaire) -> None:
    q = real_questionnaire
    answers = Answers()
    answers.set("priority_themes", NO_ITEM, ["data-interoperability"])
    rows = required_rows(q, q.question("standards"), answers)
    assert len(rows) > 1
    assert section_progress(q, answers)["standards"] == Progress(0, len(rows))
    answers.set("standards.use_status", rows[0], "fully_used")
    assert section_progress(q, answers)["standards"] == Progress(0, len(rows))
    answers.set("standards.need", rows[0], "essential")
    assert section_progress(q, answers)["standards"] == Progress(1, len(rows))


def test_required_repeat_group_is_one_requirement_met_by_a_complete_item(
    mini: Questionnaire,
) -> None:
    answers = Answers()
    answers.set("has_gaps", NO_ITEM, True)
    assert ("g", "") in _required(mini, answers)
    assert section_progress(mini, answers)["gaps"] == Progress(1, 2)
    answers.set("g.text", "1", "A gap")
    # Item fields are not counted: an unfinished item leaves the group unmet, and is to fix.
    assert [k for k in _required(mini, answers) if k[0].startswith("g")] == [("g", "")]
    assert section_progress(mini, answers)["gaps"] == Progress(1, 2)
    assert section_states(mini, answers)["gaps"] == SectionState(Progress(1, 2), 1)
    assert [(m.question_id, m.item_key) for m in missing_answers(mini, answers)] == [
        ("status", ""),
        ("themes", ""),
        ("g.more", "1"),
    ]
    answers.set("g.more", "1", "More")
    assert section_states(mini, answers)["gaps"] == SectionState(Progress(2, 2), 0)
    # A second gap started: progress stays, but the section is not done until it is finished.
    answers.set("g.text", "2", "Another")
    assert section_states(mini, answers)["gaps"] == SectionState(Progress(2, 2), 1)
    assert not section_states(mini, answers)["gaps"].done
    answers.set("has_gaps", NO_ITEM, False)
    assert section_states(mini, answers)["gaps"] == SectionState(Progress(1, 1), 0)


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
    assert section_progress(q, answers)["standards"] == Progress(0, len(energy))
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


def test_the_three_issue_examples_take_the_tick_away(real_questionnaire: Questionnaire) -> None:
    q = real_questionnaire
    answers = _complete_real_answers()
    for code in required_rows(q, q.question("standards"), answers):
        answers.set("standards.use_status", code, "fully_used")
        answers.set("standards.need", code, "needed")
    assert all(state.done for state in section_states(q, answers).values())
    assert is_complete(q, answers)
    for question_id, bad, section in [
        ("respondent_email", "siân at cardiff", "about_council"),  # optional, but invalid
        ("top_themes", [t.id for t in q.themes[:4]], "national_priorities"),
        ("approved_on", "31/02/2026", "sign_off"),
    ]:
        good = answers.get(question_id)
        answers.set(question_id, NO_ITEM, bad)
        state = section_states(q, answers)[section]
        assert not state.done and state.to_fix == 1, question_id
        assert not is_complete(q, answers)
        answers.set(question_id, NO_ITEM, good)
        assert section_states(q, answers)[section].done


def test_an_invalid_required_answer_is_not_counted_as_given(
    real_questionnaire: Questionnaire,
) -> None:
    answers = _complete_real_answers()
    before = section_progress(real_questionnaire, answers)["sign_off"]
    answers.set("approved_on", NO_ITEM, "next Tuesday")
    after = section_progress(real_questionnaire, answers)["sign_off"]
    assert after == Progress(before.answered - 1, before.required)


def test_an_invalid_link_in_an_optional_row_is_to_fix(mini: Questionnaire) -> None:
    answers = Answers()
    answers.set("themes", NO_ITEM, ["transport"])
    answers.set("m.use", "T1", "all")
    assert section_states(mini, answers)["matrix"] == SectionState(Progress(1, 1), 0)
    answers.set("m.link", "D1", "intranet/page")  # a row outside the chosen themes
    assert section_states(mini, answers)["matrix"] == SectionState(Progress(1, 1), 1)


def test_finalising_agrees_with_every_section_done(real_questionnaire: Questionnaire) -> None:
    q = real_questionnaire
    answers = _complete_real_answers()
    answers.set("has_gaps", NO_ITEM, True)
    for values in [
        {"gaps.description": "Bysiau"},
        {"gaps.theme": "energy-utilities", "gaps.impact": "major"},
        {"gaps.description": None},
    ]:
        for question_id, value in values.items():
            answers.set(question_id, "1", value)
        done = all(state.done for state in section_states(q, answers).values())
        assert done == is_complete(q, answers) == (not missing_answers(q, answers))
