"""The whole flow through the window: create, answer every type, reopen, review, finalise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment
from csn_desktop.actions.directory import assessment_history
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.ui.date_editor import DateEditor
from csn_desktop.ui.editors import (
    ChoiceButtonsEditor,
    LongTextEditor,
    MultipleChoiceEditor,
    TextEditor,
    YesNoEditor,
)
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog
from csn_desktop.ui.question_field import QuestionField
from csn_desktop.ui.repeat_group import RepeatGroupWidget

WELSH = "Cyngor Sir Ynys Môn — ŵyr a ŷd"


@pytest.fixture
def new_request(monkeypatch: pytest.MonkeyPatch) -> None:
    request = NewAssessment("2026/27", "W06000001", None, "Siân")
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))


def field(window: MainWindow, question_id: str, item_key: str = "") -> QuestionField:
    page = window.assessment_page
    assert page is not None
    for section_page in page.section_pages:
        for found in section_page.fields():
            if found.question.id == question_id and found.item_key == item_key:
                return found
    raise KeyError(question_id)


def show_section_of(window: MainWindow, question_id: str) -> None:
    page = window.assessment_page
    assert page is not None and window.state is not None
    ids = [s.id for s in window.state.questionnaire.sections]
    page.show_section(ids.index(window.state.questionnaire.section_of(question_id).id))


def start(window: MainWindow, qtbot: QtBot) -> None:
    window.menus.new.trigger()
    assert window.state is not None
    assert window.state.loaded.summary.gss_code == "W06000001"
    # A new assessment opens on its start page; its Start button goes to section 1.
    page = window.assessment_page
    assert page is not None and page.pages.currentWidget() is page.start_page
    qtbot.keyClick(page.start_page.start_button, Qt.Key.Key_Space)
    assert page.pages.currentWidget() is page.section_pages[0]


def answer_everything_but_sign_off(window: MainWindow, qtbot: QtBot) -> None:
    state = window.state
    assert state is not None
    show_section_of(window, "departments")
    departments = field(window, "departments").editor
    assert isinstance(departments, MultipleChoiceEditor)
    departments.boxes[0][1].click()
    strategy = field(window, "strategy_status").editor
    assert isinstance(strategy, ChoiceButtonsEditor)
    strategy.focus_target().setFocus()
    qtbot.keyClick(strategy.focus_target(), Qt.Key.Key_Space)
    assert state.value("strategy_status") == "none"
    show_section_of(window, "procurement_practice")
    practice = field(window, "procurement_practice").editor
    assert isinstance(practice, ChoiceButtonsEditor)
    practice.buttons[1][1].click()
    lead = field(window, "has_standards_lead").editor
    assert isinstance(lead, YesNoEditor)
    lead.no.click()
    staff = field(window, "standards_staff").editor
    assert isinstance(staff, TextEditor)
    staff.edit.setFocus()
    qtbot.keyClicks(staff.edit, "3")
    qtbot.keyClick(staff.edit, Qt.Key.Key_Return)
    assert state.value("standards_staff") == 3
    themes = field(window, "priority_themes").editor
    assert isinstance(themes, MultipleChoiceEditor)
    themes.boxes[0][1].click()  # data and interoperability: its standards become required
    matrix = window.assessment_page.section_pages[2].questions["standards"]  # type: ignore[union-attr]
    model = matrix.model  # type: ignore[union-attr]
    for row in range(model.rowCount()):
        if model.is_required(row):
            model.setData(model.index(row, model.column_of("standards.use_status")), "fully_used")
            model.setData(model.index(row, model.column_of("standards.need")), "needed")
    show_section_of(window, "has_gaps")
    gaps = field(window, "has_gaps").editor
    assert isinstance(gaps, YesNoEditor)
    gaps.no.click()
    top = field(window, "top_themes").editor
    assert isinstance(top, MultipleChoiceEditor)
    top.boxes[1][1].click()
    join = field(window, "join_network").editor
    assert isinstance(join, ChoiceButtonsEditor)
    join.buttons[2][1].click()


def test_whole_flow(
    make_window: Any,
    qtbot: QtBot,
    new_request: None,
    answered: Any,
    type_text: Any,
    db_path: Path,
    library: QuestionnaireLibrary,
) -> None:
    window = make_window()
    start(window, qtbot)
    state = window.state
    assert state is not None
    # Welsh text typed key by key into a text field, saved after the typing pause.
    name = field(window, "respondent_name").editor
    assert isinstance(name, TextEditor)
    assert name.edit.text() == "Siân"  # the respondent named in New assessment
    name.edit.setFocus()
    name.edit.selectAll()
    with qtbot.waitSignal(state.saved, timeout=3000):
        type_text(name.edit, WELSH)
    assert state.value("respondent_name") == WELSH
    assert window.save_status.text().startswith("Saved ")
    # An invalid e-mail is saved as typed and explained beside its field.
    email = field(window, "respondent_email")
    assert isinstance(email.editor, TextEditor)
    email.editor.edit.setFocus()
    qtbot.keyClicks(email.editor.edit, "not an address")
    email.editor.edit.clearFocus()
    email.editor.flush()
    assert "e-mail address" in email.problem.text()
    assert email.problem.isVisibleTo(window)
    answer_everything_but_sign_off(window, qtbot)
    # Relevance: strategy_lead shows only for a strategy; its answer is kept while hidden.
    lead = field(window, "strategy_lead")
    assert lead.isHidden()
    strategy = field(window, "strategy_status").editor
    assert isinstance(strategy, ChoiceButtonsEditor)
    strategy.buttons[1][1].click()
    assert not lead.isHidden()
    long_text = field(window, "network_other").editor
    assert isinstance(long_text, LongTextEditor)
    long_text.edit.setFocus()
    type_text(long_text.edit, "Diolch yn fawr — ŵ ŷ")
    long_text.flush()
    assert state.value("network_other") == "Diolch yn fawr — ŵ ŷ"

    # Close and reopen the window on the same database: every answer is there.
    saved = dict(state.answers.values)
    window.close()
    window = make_window()
    assert window.home.model.rowCount() == 1
    assert window.home.current_id() == state.assessment_id
    window.menus.open.trigger()
    assert window.state is not None
    assert dict(window.state.answers.values) == saved
    assert field(window, "respondent_name").editor.edit.text() == WELSH  # type: ignore[attr-defined]

    # The review lists the missing sign-off; activating it jumps to the question.
    page = window.assessment_page
    assert page is not None
    window.menus.review.trigger()
    review = page.review
    assert not review.finalise_button.isEnabled()
    texts = [i.text for i in review.model.items]
    assert any("Approved by (name): not answered" in t for t in texts)
    assert any("e-mail" in t for t in texts)
    row = next(n for n, t in enumerate(texts) if "Approved by (name)" in t)
    review.list.activated.emit(review.model.index(row, 0))
    target = field(window, "approved_by_name").editor.focus_target()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
    type_text(target, "Rhian Ŵen")
    target.clearFocus()
    for question_id, text in (("approved_by_role", "Director"), ("approved_on", "2026-11-24")):
        editor = field(window, question_id).editor
        assert isinstance(editor, TextEditor | DateEditor)
        editor.edit.setText(text)
        editor.flush()
    email_editor = field(window, "respondent_email").editor
    assert isinstance(email_editor, TextEditor)
    email_editor.edit.setText("sian@ynysmon.gov.wales")
    email_editor.flush()

    # Finalise: read-only until reopened with a reason; both in the audit trail.
    window.menus.review.trigger()
    assert review.model.rowCount() == 0, [i.text for i in review.model.items]
    assert review.finalise_button.isEnabled()
    review.finalise_button.click()
    assert window.state.is_final
    assert field(window, "respondent_role").editor.edit.isReadOnly()  # type: ignore[attr-defined]
    assert not review.finalise_button.isEnabled()
    review.reopen_button.click()
    assert not window.state.is_final
    kinds = [e.kind for e in assessment_history(window.state.database, window.state.assessment_id)]
    assert kinds[-3:] == ["finalised", "reopened", "reopen_reason"]
    assert "Corrected the sign-off date" in review.history.text()
    assert answered.messages == []
    assert load_assessment(window.state.database, library, window.state.assessment_id)


def test_repeat_group_items_are_saved_and_removed(
    make_window: Any, qtbot: QtBot, new_request: None, type_text: Any
) -> None:
    window = make_window()
    start(window, qtbot)
    state = window.state
    assert state is not None
    show_section_of(window, "has_gaps")
    gaps_yes = field(window, "has_gaps").editor
    assert isinstance(gaps_yes, YesNoEditor)
    group = window.assessment_page.section_pages[3].questions["gaps"]  # type: ignore[union-attr]
    assert isinstance(group, RepeatGroupWidget)
    assert group.isHidden()
    gaps_yes.yes.click()
    assert not group.isHidden()
    group.add.click()
    description = field(window, "gaps.description", "1").editor
    assert isinstance(description, LongTextEditor)
    type_text(description.edit, "Dim safon ar gyfer data parcio")
    description.flush()
    assert state.value("gaps.description", "1") == "Dim safon ar gyfer data parcio"
    group.add.click()
    assert [b.key for b in group.boxes] == ["1", "2"]
    group.boxes[0].remove.click()
    assert state.value("gaps.description", "1") is None
    assert [b.key for b in group.boxes] == ["2"]


def test_a_failed_save_stays_visibly_unsaved(
    make_window: Any, qtbot: QtBot, new_request: None
) -> None:
    window = make_window()
    start(window, qtbot)
    state = window.state
    assert state is not None
    state.database.close()
    state.database.path.unlink()  # type: ignore[union-attr]
    state.database.path.parent.chmod(0o500)  # type: ignore[union-attr]
    try:
        role = field(window, "respondent_role")
        assert isinstance(role.editor, TextEditor)
        with qtbot.waitSignal(state.save_failed, timeout=3000):
            role.editor.edit.setText("Head of Digital")
            role.editor.flush()
    finally:
        state.database.path.parent.chmod(0o700)  # type: ignore[union-attr]
    assert window.save_status.text().startswith("Could not save:")
    assert "Not saved" in role.problem.text()
    assert role.editor.edit.text() == "Head of Digital"


def test_section_navigator_counts(make_window: Any, qtbot: QtBot, new_request: None):
    window = make_window()
    start(window, qtbot)
    page = window.assessment_page
    assert page is not None
    first = page.navigator_model.index(0, 0).data()
    assert first.endswith("0/2")
    departments = field(window, "departments").editor
    assert isinstance(departments, MultipleChoiceEditor)
    departments.boxes[0][1].click()
    assert page.navigator_model.index(0, 0).data().endswith("1/2")
    page.step(1)
    assert page.pages.currentIndex() == 1
    assert isinstance(page.navigator.currentIndex(), QModelIndex)
