"""Guidance: the start page, Help's guide and shortcuts, and the next step after Finalise."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from csn_desktop.actions import assessments as actions
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.ui.export_dialog import ExportFileDialog, ExportKind
from csn_desktop.ui.help_guide import HelpGuide
from csn_desktop.ui.help_shortcuts import ShortcutsDialog
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog
from csn_desktop.ui.next_step import NextStepDialog

RESPONDENT = "Siân Ŵyn ap Ŷr"


@pytest.fixture
def new_request(monkeypatch: pytest.MonkeyPatch) -> None:
    request = NewAssessment("2026/27", "W06000001", None, RESPONDENT)
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))


def active(window: MainWindow, qtbot: QtBot) -> None:
    """Shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def started(make_window: Any) -> MainWindow:
    window: MainWindow = make_window()
    window.menus.new.trigger()
    assert window.assessment_page is not None
    return window


def test_a_new_assessment_opens_on_its_introduction(
    make_window: Any, qtbot: QtBot, new_request: None, library: QuestionnaireLibrary
) -> None:
    window = started(make_window)
    page = window.assessment_page
    assert page is not None
    assert page.pages.currentWidget() is page.start_page
    text = page.start_page.text.text()
    assert "It takes about an hour" in text  # the definition's own description
    assert "City Standards Network" in text and "no Save button" in text
    assert RESPONDENT in text
    # The Start button, reached by keyboard, goes to section 1.
    page.start_page.start_button.setFocus()
    qtbot.keyClick(page.start_page.start_button, Qt.Key.Key_Space)
    assert page.pages.currentWidget() is page.section_pages[0]
    assert page.navigator.currentIndex().row() == 0
    # Assessment → About this questionnaire shows it again; Ctrl+PgDown goes on to section 1.
    window.guidance.about_questionnaire.trigger()
    assert page.pages.currentWidget() is page.start_page
    active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.pages.currentWidget() is page.section_pages[0]


def test_the_respondent_named_at_the_start_is_stored_as_your_name(
    make_window: Any, new_request: None, db_path: Path, library: QuestionnaireLibrary
) -> None:
    window = started(make_window)
    assert window.state is not None
    assessment_id = window.state.assessment_id
    window.close()
    with open_app_database(db_path) as database:
        loaded = actions.load_assessment(database, library, assessment_id)
    assert loaded.answers.get("respondent_name") == RESPONDENT
    assert loaded.summary.respondent == RESPONDENT


def test_an_assessment_with_answers_opens_on_a_section(
    make_window: Any, db_path: Path, library: QuestionnaireLibrary
) -> None:
    questionnaire = library.latest()
    with open_app_database(db_path) as database:
        assessment_id = actions.start_assessment(
            database, questionnaire, period="2026/27", gss_code="W06000015", respondent="Siân"
        )
        actions.save_answer(
            database, questionnaire, assessment_id, "respondent_role", "", "Swyddog"
        )
    window: MainWindow = make_window()
    window.open_assessment(assessment_id)
    page = window.assessment_page
    assert page is not None and page.pages.currentWidget() is page.section_pages[0]


def test_f1_opens_the_guide_and_shortcuts_lists_the_menus(make_window: Any, qtbot: QtBot) -> None:
    window: MainWindow = make_window()
    active(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(HelpGuide)
    assert guide is not None and guide.isVisible()
    text = guide.text.toPlainText()
    for step in ("Start", "Answer", "Review", "Finalise", "Export", "Send"):
        assert step in text
    assert "invitation" in text
    guide.close()
    window.guidance.shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = {}
    for g in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(g)
        for r in range(group.childCount()):
            rows[group.child(r).text(0)] = (group.text(0), group.child(r).text(1))
    assert rows["Review"] == ("Assessment", "Ctrl+R")
    assert rows["How to complete an assessment"] == ("Help", "F1")
    assert rows["Select every row shown"] == ("In the standards table", "Ctrl+A")
    assert "Network" not in {group for group, _keys in rows.values()}


def finalisable(db_path: Path, library: QuestionnaireLibrary) -> int:
    questionnaire = library.latest()
    with open_app_database(db_path) as database:
        new_id = actions.start_assessment(
            database, questionnaire, period="2026/27", gss_code="E07000064"
        )
        answers = sample_answers(questionnaire, random.Random(3))
        actions.save_answers(
            database, questionnaire, new_id, [(k.question_id, k.item_key, v) for k, v in answers]
        )
    return new_id


def test_after_finalise_the_next_step_offers_the_excel_export(
    make_window: Any,
    qtbot: QtBot,
    db_path: Path,
    library: QuestionnaireLibrary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[ExportKind] = []
    monkeypatch.setattr(
        ExportFileDialog, "ask", classmethod(lambda cls, parent, kind, path: asked.append(kind))
    )
    assessment_id = finalisable(db_path, library)
    window: MainWindow = make_window()
    window.open_assessment(assessment_id)
    assert window.findChild(NextStepDialog) is None
    window.menus.finalise.trigger()
    assert window.state is not None and window.state.is_final
    dialog = window.findChild(NextStepDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "send it to the City Standards Network" in dialog.text.text()
    assert "Rother" in dialog.text.text()
    qtbot.mouseClick(dialog.excel_button, Qt.MouseButton.LeftButton)
    assert asked == [ExportKind.XLSX]
    assert not dialog.isVisible()


def test_the_next_step_is_not_shown_for_an_assessment_opened_final(
    make_window: Any, db_path: Path, library: QuestionnaireLibrary
) -> None:
    assessment_id = finalisable(db_path, library)
    with open_app_database(db_path) as database:
        actions.finalise(database, library, assessment_id)
    window: MainWindow = make_window()
    window.open_assessment(assessment_id)
    assert window.state is not None and window.state.is_final
    QApplication.processEvents()
    assert window.findChild(NextStepDialog) is None
