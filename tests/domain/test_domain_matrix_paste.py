"""A block pasted from a spreadsheet becomes a list of changes, with what was refused and why."""

from __future__ import annotations

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.matrix_paste import match_choice, plan_paste, split_block
from csn_desktop.domain.questionnaire import Questionnaire


def _plan(q: Questionnaire, text: str, answers: Answers | None = None, row: int = 0, col: int = 0):
    matrix = q.question("standards")
    codes = [s.code for s in q.standards]
    return plan_paste(q, matrix, answers or Answers(), text, codes, row, col)


def test_split_block_reads_quoted_cells_with_newlines() -> None:
    text = 'A\t"Cost of buying or accessing the standard\nToo complex"\tx\r\nB\t\t\r\n\r\n'
    assert split_block(text) == [
        ["A", "Cost of buying or accessing the standard\nToo complex", "x"],
        ["B", "", ""],
    ]


def test_choices_match_by_label_id_then_ignoring_case_and_spaces(
    real_questionnaire: Questionnaire,
) -> None:
    use = real_questionnaire.question("standards.use_status")
    assert match_choice(use, "Partly used") == "partly_used"
    assert match_choice(use, "partly_used") == "partly_used"
    assert match_choice(use, "  PARTLY   used ") == "partly_used"
    assert match_choice(use, "Partly") is None


def test_rows_by_code_and_title_in_column_order(real_questionnaire: Questionnaire) -> None:
    q = real_questionnaire
    first, second, third = q.standards[:3]
    text = (
        f"{first.code}\tPartly used\tNeeded\tSkills or staff capacity; too complex\n"
        f"{second.title.upper()}\tnot_aware\tNot relevant to us\n"
        f"{third.code}\tFully used\tEssential\tToo complex\n"
        "ISO 99999\tFully used\n"
    )
    plan = _plan(q, text)
    assert plan.by_rows
    assert plan.as_changes() == [
        ("standards.use_status", first.code, "partly_used"),
        ("standards.need", first.code, "needed"),
        ("standards.barriers", first.code, ["skills_capacity", "too_complex"]),
        ("standards.use_status", second.code, "not_aware"),
        ("standards.need", second.code, "not_relevant"),
        ("standards.use_status", third.code, "fully_used"),
        ("standards.need", third.code, "essential"),
    ]
    refused = {(r.line, r.text) for r in plan.refused}
    # Barriers do not apply to a standard that is fully used; the unknown code matched nothing.
    assert refused == {(3, "Too complex"), (4, "ISO 99999")}


def test_header_row_names_columns_and_unchanged_cells_are_left_out(
    real_questionnaire: Questionnaire,
) -> None:
    q = real_questionnaire
    code = q.standards[0].code
    answers = Answers()
    answers.set("standards.need", code, "needed")
    text = f"Code\tNeed\tNote\tColour\n{code}\tNeeded\tNodyn am Ynys Môn — ŵ ŷ\tred\n"
    plan = _plan(q, text, answers)
    assert plan.as_changes() == [("standards.note", code, "Nodyn am Ynys Môn — ŵ ŷ")]
    assert [(r.line, r.text) for r in plan.refused] == [(1, "Colour")]
    assert plan.changes[0].old is None


def test_straight_into_cells_from_the_current_cell(real_questionnaire: Questionnaire) -> None:
    q = real_questionnaire
    codes = [s.code for s in q.standards]
    text = "Needed\tnot a barrier\nNice to have\t\nEssential\tToo complex\textra\tx\ty\n"
    plan = _plan(q, text, row=len(codes) - 2, col=1)
    assert not plan.by_rows
    assert plan.as_changes() == [
        ("standards.need", codes[-2], "needed"),
        ("standards.need", codes[-1], "nice_to_have"),
    ]
    reasons = [(r.line, r.text) for r in plan.refused]
    assert reasons == [(1, "not a barrier"), (3, "Essential\tToo complex\textra\tx\ty")]


def test_invalid_values_and_fixed_columns_are_refused(real_questionnaire: Questionnaire) -> None:
    q = real_questionnaire
    code = q.standards[0].code
    plan = _plan(q, "x" * 2001 + "\tintranet/policy\n", col=3)
    assert plan.changes == []
    assert len(plan.refused) == 2
    plan = _plan(q, "My own title\tFully used\n", col=-1)
    assert plan.as_changes() == [("standards.use_status", code, "fully_used")]
    assert [r.text for r in plan.refused] == ["My own title"]
