"""The matrix shows what matters: the detail pane, invalid links, required rows, my themes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment, start_assessment
from csn_desktop.actions.setup import open_app_database
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.matrix_widget import StandardsMatrixWidget

NOTE = "standards.note"
LINK = "standards.evidence_url"
USE = "standards.use_status"
NEED = "standards.need"
WELSH = "Nodyn am Ynys Môn — ŵ ŷ"


@pytest.fixture
def state(db_path: Any, library: Any) -> Any:
    database = open_app_database(db_path)
    new_id = start_assessment(database, library.latest(), period="2026/27", gss_code="W06000015")
    yield AssessmentState(database, library, load_assessment(database, library, new_id))
    database.close()


def make_matrix(qtbot: QtBot, state: AssessmentState) -> StandardsMatrixWidget:
    widget = StandardsMatrixWidget(state, state.questionnaire.question("standards"))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def stored(state: AssessmentState) -> Any:
    return load_assessment(state.database, state.library, state.assessment_id).answers


def test_detail_pane_shows_the_standard_and_edits_its_note(
    qtbot: QtBot, state: AssessmentState, type_text: Any
) -> None:
    matrix = make_matrix(qtbot, state)
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(matrix.proxy.index(3, 0))
    standard = matrix.model.standards[matrix.proxy.mapToSource(matrix.proxy.index(3, 0)).row()]
    pane = matrix.detail
    assert standard.code in pane.heading.text() and standard.title in pane.heading.text()
    assert standard.publisher in pane.facts.text()
    note = pane.field(NOTE).editor.focus_target()
    assert isinstance(note, QPlainTextEdit)  # several lines, not a one-line box
    note.setFocus()
    type_text(note, WELSH)
    # Leaving the note (Tab) saves it, for this standard.
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(state).get(NOTE, standard.code) == WELSH)
    # Moving to another row shows that row's answers in the same pane.
    matrix.table.setCurrentIndex(matrix.proxy.index(4, 0))
    assert pane.code != standard.code
    assert note.toPlainText() == ""
    matrix.table.setCurrentIndex(matrix.proxy.index(3, 0))
    assert note.toPlainText() == WELSH
    # A note too long is kept in the box, counted and said unsaved; nothing is cut.
    note.setPlainText("x" * 2001)
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    field = pane.field(NOTE)
    assert "2,001 / 2,000" in field.editor.counter.text()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: field.problem.isVisibleTo(pane))
    assert "Not saved" in field.problem.text()
    assert stored(state).get(NOTE, standard.code) == WELSH


def test_barriers_are_a_checklist_shown_only_where_they_apply(
    qtbot: QtBot, state: AssessmentState
) -> None:
    matrix = make_matrix(qtbot, state)
    matrix.table.setCurrentIndex(matrix.proxy.index(0, 0))
    code = matrix.detail.code
    barriers = matrix.detail.field("standards.barriers")
    assert not barriers.isVisibleTo(matrix.detail)  # no use status yet
    state.save(USE, code, "partly_used")
    assert barriers.isVisibleTo(matrix.detail)
    boxes = barriers.findChildren(QCheckBox)
    assert len(boxes) == len(barriers.question.choices)
    boxes[1].setFocus()
    qtbot.keyClick(boxes[1], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: stored(state).get("standards.barriers", code) is not None)
    assert stored(state).get("standards.barriers", code) == ["cost_of_implementation"]


def test_an_invalid_link_is_shown_in_the_pane_and_the_cell_in_colour_and_words(
    qtbot: QtBot, state: AssessmentState
) -> None:
    matrix = make_matrix(qtbot, state)
    matrix.table.setCurrentIndex(matrix.proxy.index(0, 0))
    code = matrix.detail.code
    link = matrix.detail.field(LINK)
    edit = link.editor.focus_target()
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    qtbot.keyClicks(edit, "intranet/policy")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: link.problem.isVisibleTo(matrix.detail))
    assert "⚠" in link.problem.text()
    colour = link.problem.palette().color(QPalette.ColorRole.WindowText)
    assert colour.hue() == 0 and colour.saturation() > 100  # red, not the usual text colour
    cell = matrix.proxy.index(0, matrix.model.column_of(LINK))
    assert cell.data().startswith("⚠")
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == link.problem.text().removeprefix("⚠ ")
    option = QStyleOptionViewItem()
    matrix.table.itemDelegate().initStyleOption(option, cell)
    assert option.palette.color(QPalette.ColorRole.Text).hue() == 0
    fine = matrix.proxy.index(0, matrix.model.column_of(USE))
    matrix.table.itemDelegate().initStyleOption(option := QStyleOptionViewItem(), fine)
    assert option.palette.color(QPalette.ColorRole.Text) == matrix.palette().color(
        QPalette.ColorRole.Text
    )
    assert stored(state).get(LINK, code) == "intranet/policy"  # kept, and marked


def test_required_rows_are_marked_counted_and_shown_by_default(
    qtbot: QtBot, state: AssessmentState
) -> None:
    questionnaire = state.questionnaire
    theme = questionnaire.themes[0].id
    in_theme = [s.code for s in questionnaire.standards if s.theme == theme]
    state.save("priority_themes", "", [theme])
    matrix = make_matrix(qtbot, state)
    # Once themes are chosen, "my themes" is the view.
    assert matrix.required_only.isChecked()
    assert matrix.proxy.rowCount() == len(in_theme)
    total = f"0 of {len(in_theme)}"
    assert total in matrix.required_count.text()
    first = matrix.proxy.index(0, 0)
    assert first.data().startswith("✱")
    assert "(required)" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    # A row counts once every required field of it is answered: use and need.
    state.save(USE, in_theme[0], "fully_used")
    assert total in matrix.required_count.text()
    state.save(NEED, in_theme[0], "needed")
    assert f"1 of {len(in_theme)}" in matrix.required_count.text()
    # The officer may show every standard; the count stays on the required ones.
    qtbot.mouseClick(matrix.required_only, Qt.MouseButton.LeftButton)
    assert matrix.proxy.rowCount() == len(questionnaire.standards)
    assert f"1 of {len(in_theme)}" in matrix.required_count.text()


def test_without_themes_every_standard_is_shown(qtbot: QtBot, state: AssessmentState) -> None:
    matrix = make_matrix(qtbot, state)
    assert not matrix.required_only.isChecked()
    assert matrix.proxy.rowCount() == len(state.questionnaire.standards)
    assert "choose your themes" in matrix.required_count.text()
    # Choosing themes later switches to them.
    state.save("priority_themes", "", [state.questionnaire.themes[1].id])
    assert matrix.required_only.isChecked()
    assert matrix.proxy.rowCount() < len(state.questionnaire.standards)


def test_a_note_being_typed_is_saved_when_the_page_is_flushed(
    qtbot: QtBot, state: AssessmentState, type_text: Any
) -> None:
    from csn_desktop.ui.section_page import SectionPage

    section = next(s for s in state.questionnaire.sections if s.id == "standards")
    page = SectionPage(state, section)
    qtbot.addWidget(page)
    page.show()
    matrix = page.questions["standards"]
    assert isinstance(matrix, StandardsMatrixWidget)
    matrix.table.setCurrentIndex(matrix.proxy.index(2, 0))
    note = matrix.detail.field(NOTE).editor.focus_target()
    type_text(note, WELSH)
    page.flush()  # as closing the window does, before the typing pause has passed
    assert stored(state).get(NOTE, matrix.detail.code) == WELSH


def test_a_long_paste_into_a_note_cell_is_kept_whole_and_not_saved(
    qtbot: QtBot, state: AssessmentState
) -> None:
    matrix = make_matrix(qtbot, state)
    column = matrix.model.column_of(NOTE)
    index = matrix.proxy.index(0, column)
    code = matrix.model.standards[matrix.proxy.mapToSource(index).row()].code
    delegate = matrix.table.itemDelegate()
    editor = delegate.createEditor(matrix.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QLineEdit)
    text = "Nodyn hir am Ynys Môn — ŵ ŷ. " * 1_400  # about 40,600 characters, over Qt's 32,767
    editor.setText(text)
    assert editor.text() == text  # nothing cut by the editor
    delegate.setModelData(editor, matrix.proxy, index)
    assert state.unsaved_reason(NOTE, code) is not None
    assert state.value(NOTE, code) == text
    assert stored(state).get(NOTE, code) is None
