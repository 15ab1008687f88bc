"""Format-1 files (with an Answers sheet) still import: the readable sheets win, changes named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import NoteReason, Outcome
from csn_desktop.imports.reader import parse_submission
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from tests.imports.conftest import about_cell, edit_cells, group_cell, sample, write
from tests.imports.format1 import format1_bytes


def _answers(questionnaire: Questionnaire) -> Any:
    answers = sample(questionnaire, seed=4)
    answers.set("network_other", "", "Two lines\r\nkept exactly, with a space at the end ")
    answers.set("has_gaps", "", True)
    answers.set("gaps.description", "1", "Bus stop data")
    return answers


def test_an_unedited_format_1_file_imports_its_exact_answers_without_notes(
    library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    answers = _answers(questionnaire)
    parsed = parse_submission(format1_bytes(questionnaire, answers), library)
    assert parsed.meta.format_version == 1
    assert parsed.notes == ()
    assert parsed.tampered is False
    # Where the readable cell shows the Answers value, the exact value is kept.
    assert parsed.answers.values == submitted_answers(questionnaire, answers).values
    assert parsed.answers.get("network_other") == answers.get("network_other")


def test_edited_readable_cells_win_each_difference_named_at_its_cell(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    answers = _answers(questionnaire)
    code = questionnaire.standards[1].code
    answers.set("standards.use_status", code, "planning")
    use = questionnaire.question("standards.use_status")
    fully = next(c for c in use.choices if c.id == "fully_used")

    def edit(workbook: Any) -> None:
        group_cell(workbook, "Standards", code, "standards.use_status").value = fully.label
        about_cell(workbook, "strategy_lead").value = None
        group_cell(workbook, "Gaps", "2", "gaps.description").value = "Added in Excel"

    data = edit_cells(format1_bytes(questionnaire, answers), edit)
    [result] = import_files(app_database, library, [write(tmp_path, "edited.xlsx", data)])
    assert (result.outcome, result.flagged) == (Outcome.NEW, True), result
    edited = {n.question_id: n for n in result.notes if n.reason is NoteReason.EDITED}
    assert set(edited) == {"standards.use_status", "strategy_lead", "gaps.description"}
    use_note = edited["standards.use_status"]
    assert use_note.item_key == code
    assert use_note.place is not None and use_note.place.sheet == "Standards"
    assert use_note.place.row == 3 and use_note.place.cell == "D3"
    assert use_note.message == (
        f"Standards, row 3 ({code}, use): the readable sheet says “{fully.label}”, the Answers "
        "sheet “Planning to use it”; the readable sheet was imported."
    )
    lead = edited["strategy_lead"]
    assert lead.place is not None and lead.place.sheet == "About"
    assert lead.place.cell is not None and lead.place.cell.startswith("D")
    assert "is blank" in lead.message and "removed" in lead.message
    assert "has no answer" in edited["gaps.description"].message
    with app_database.session() as session:
        stored = load_answers(session, session.scalars(select(Assessment)).one().id)
    assert stored.get("standards.use_status", code) == "fully_used"
    assert stored.get("strategy_lead") is None
    assert stored.get("gaps.description", "2") == "Added in Excel"
    assert stored.get("network_other") == answers.get("network_other")  # unchanged: exact


def test_a_changed_answers_sheet_loses_to_the_readable_cell(
    library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    from tests.imports.conftest import answer_row

    def edit(workbook: Any) -> None:
        answer_row(workbook, "strategy_status")[2].value = '"in_development"'

    answers = _answers(questionnaire)
    parsed = parse_submission(edit_cells(format1_bytes(questionnaire, answers), edit), library)
    assert parsed.tampered is True
    assert parsed.answers.get("strategy_status") == answers.get("strategy_status")
    [note] = [n for n in parsed.notes if n.reason is NoteReason.EDITED]
    assert note.question_id == "strategy_status"
    label = questionnaire.question("strategy_status").choice_label("in_development")
    assert f"the Answers sheet “{label}”" in note.message
    assert note.place is not None and note.place.sheet == "About"
