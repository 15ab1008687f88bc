"""Format 2: what the readable sheets show is what is imported, and the checksum agrees with it."""

from __future__ import annotations

import random
from typing import Any

import pytest

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.domain.shown_values import shown_answers
from csn_desktop.imports.outcomes import NoteReason
from csn_desktop.imports.reader import parse_submission
from tests.imports.conftest import about_cell, edit_cells, group_cell, sample, submission_bytes

TRICKY: dict[str, object] = {
    "respondent_name": "  Siân Llŷr  ",
    "respondent_role": "Swyddog ŵŷ\r\nCyfarwyddwr",
    "strategy_lead": "=1+1",
    "network_other": "Line one\r\nline two\rline three\n" + "Hir iawn. " * 300,
    "national_priorities_how": "24/7 and -minus and @at and \ttab and _x0041_ as typed",
    "standards_staff": 12,
    "approved_on": "2026-11-20",
    "departments": ["digital_it", "planning", "housing"],
}


def _parsed(library: QuestionnaireLibrary, data: bytes) -> Any:
    return parse_submission(data, library)


@pytest.mark.parametrize(("seed", "completeness"), [(1, 0.3), (2, 0.6), (3, 0.9), (4, 1.0)])
def test_sample_answers_come_back_as_shown_and_untampered(
    library: QuestionnaireLibrary, questionnaire: Questionnaire, seed: int, completeness: float
) -> None:
    answers = sample_answers(questionnaire, random.Random(seed), completeness=completeness)
    parsed = _parsed(library, submission_bytes(questionnaire, answers, seed=seed))
    exported = submitted_answers(questionnaire, answers)
    assert parsed.tampered is False
    assert parsed.notes == ()
    assert parsed.answers.values == shown_answers(questionnaire, exported).values


@pytest.mark.parametrize("number", [12, 12.5])
def test_tricky_values_come_back_as_shown_and_untampered(
    library: QuestionnaireLibrary, questionnaire: Questionnaire, number: float
) -> None:
    answers = sample(questionnaire, seed=5)
    for question_id, value in TRICKY.items():
        answers.set(question_id, "", value)  # type: ignore[arg-type]
    answers.set("standards_staff", "", number)
    answers.set("has_gaps", "", True)
    answers.set("gaps.description", "1", "  Bus data 24/7\r\n— “quoted”  ")
    answers.set("gaps.description", "3", '=HYPERLINK("x")')
    # A draft: 12.5 staff is invalid (a whole number is asked for), so kept and named.
    parsed = _parsed(library, submission_bytes(questionnaire, answers, status="draft"))
    shown = shown_answers(questionnaire, submitted_answers(questionnaire, answers))
    assert parsed.tampered is False, parsed.notes
    invalid = [n.question_id for n in parsed.notes if n.reason is NoteReason.INVALID]
    assert invalid == ([] if number == 12 else ["standards_staff"])
    assert parsed.answers.values == shown.values
    assert parsed.answers.get("respondent_name") == "Siân Llŷr"
    assert parsed.answers.get("respondent_role") == "Swyddog ŵŷ\nCyfarwyddwr"
    assert parsed.answers.get("standards_staff") == number
    assert type(parsed.answers.get("standards_staff")) is type(number)
    assert parsed.answers.get("national_priorities_how") == TRICKY["national_priorities_how"]


def test_editing_the_readable_cells_changes_exactly_those_answers(
    library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    answers = sample(questionnaire, seed=3)
    answers.set("has_gaps", "", True)
    answers.set("gaps.description", "1", "The first gap")
    answers.set("respondent_name", "", "Alex Morgan")
    code = questionnaire.standards[0].code
    answers.set("standards.use_status", code, "planning")
    data = submission_bytes(questionnaire, answers)
    before = _parsed(library, data)
    use = questionnaire.question("standards.use_status")
    fully = next(c for c in use.choices if c.id == "fully_used")

    def edit(workbook: Any) -> None:
        group_cell(workbook, "Standards", code, "standards.use_status").value = fully.label
        group_cell(workbook, "Gaps", "2", "gaps.description").value = "A gap added in Excel"
        about_cell(workbook, "strategy_lead").value = "Leader of the council"
        about_cell(workbook, "respondent_name").value = None

    after = _parsed(library, edit_cells(data, edit))
    assert after.tampered is True
    assert not before.tampered
    changed = _differences(before.answers, after.answers)
    assert changed == {
        ("standards.use_status", code): ("planning", "fully_used"),
        ("gaps.description", "2"): (None, "A gap added in Excel"),
        ("strategy_lead", ""): ("Chief Executive", "Leader of the council"),
        ("respondent_name", ""): ("Alex Morgan", None),
    }
    # Barriers of a standard now fully used are hidden: kept, and named.
    hidden = [n for n in after.notes if n.reason is NoteReason.HIDDEN]
    if before.answers.get("standards.barriers", code) is not None:
        assert hidden and "kept but not counted" in hidden[0].message


def _differences(old: Answers, new: Answers) -> dict[tuple[str, str], tuple[object, object]]:
    keys = set(old.values) | set(new.values)
    return {
        (k.question_id, k.item_key): (old.values.get(k), new.values.get(k))
        for k in keys
        if old.values.get(k) != new.values.get(k)
    }


def test_a_template_is_never_tampered(library: QuestionnaireLibrary) -> None:
    from tests.imports.test_imports_template import council_and_answers, filled_template

    parsed = _parsed(library, filled_template(library.latest(), council_and_answers))
    assert parsed.tampered is False
    assert parsed.meta.answers_sha256 == parsed.answers_sha256
