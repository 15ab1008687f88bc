"""Edit menu by keyboard: Undo/Redo of typing and of saved answers, cut, copy and paste."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.ui.main_window import MainWindow
from tests.ui.conftest import TypeText
from tests.ui.test_ui_accessibility import accessible_name
from tests.ui.test_ui_keyboard_focus import focused, open_council

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(window: MainWindow, library: QuestionnaireLibrary, question_id: str) -> Any:
    """The answer as the database holds it (not the window's copy)."""
    assert window.database is not None and window.state is not None
    loaded = load_assessment(window.database, library, window.state.assessment_id)
    return loaded.answers.get(question_id, "")


def first_field(window: MainWindow) -> QLineEdit:
    page = window.assessment_page
    assert page is not None
    QTest.keyClick(page.navigator, Qt.Key.Key_Tab)
    field = focused()
    assert isinstance(field, QLineEdit)
    return field


def test_ctrl_z_in_a_field_undoes_typing_then_the_saved_answer(
    make_window: Any,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    type_text: TypeText,
    library: QuestionnaireLibrary,
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    state = window.state
    assert state is not None
    edit = window.editing
    field = first_field(window)
    type_text(field, "Siân")
    edit.update()
    assert edit.undo.text() == "&Undo typing"
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)  # before the pause: the typing goes
    assert field.text() == ""
    type_text(field, "Gwenllian ap Ŵyn")
    QTest.keyClick(field, Qt.Key.Key_Return)  # saved now
    assert stored(window, library, "respondent_name") == "Gwenllian ap Ŵyn"
    edit.update()
    assert edit.undo.text() == "&Undo change an answer"
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)  # after saving: the answer's history
    assert field.text() == ""
    assert stored(window, library, "respondent_name") is None
    assert edit.redo.isEnabled() and edit.redo.text() == "&Redo change an answer"
    QTest.keyClick(field, Qt.Key.Key_Y, CTRL)
    assert field.text() == "Gwenllian ap Ŵyn"
    assert stored(window, library, "respondent_name") == "Gwenllian ap Ŵyn"


def test_undo_outside_a_field_goes_back_to_the_answers_section(
    make_window: Any,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    type_text: TypeText,
    library: QuestionnaireLibrary,
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    page = window.assessment_page
    assert page is not None
    field = first_field(window)
    type_text(field, "Ynys Môn")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    # To the Review page, by keyboard, then undo from its list.
    QTest.keyClick(focused(), Qt.Key.Key_R, CTRL)
    assert page.pages.currentWidget() is page.review
    page.review.list.setFocus()
    assert window.editing.undo.isEnabled()
    QTest.keyClick(page.review.list, Qt.Key.Key_Z, CTRL)
    assert stored(window, library, "respondent_name") is None
    assert page.pages.currentIndex() == 0  # the section of the undone answer
    assert accessible_name(focused()) == "Your name"
    assert not window.editing.undo.isEnabled()


def test_radio_choices_by_keyboard_and_their_undo(
    make_window: Any,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    type_text: TypeText,
    library: QuestionnaireLibrary,
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    page = window.assessment_page
    assert page is not None
    stops = 0
    while not (isinstance(focused(), QRadioButton) and "strategy" in accessible_name_of_group()):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        stops += 1
        assert stops < 40
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    assert stored(window, library, "strategy_status") == "none"
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    assert stored(window, library, "strategy_status") == "adopted"
    assert accessible_name(focused()) == "Adopted but not yet funded"
    QTest.keyClick(focused(), Qt.Key.Key_Delete)
    assert stored(window, library, "strategy_status") is None
    assert accessible_name(focused()) == "We do not have one"
    QTest.keyClick(focused(), Qt.Key.Key_Right)
    QTest.keyClick(focused(), Qt.Key.Key_Right)
    assert stored(window, library, "strategy_status") == "adopted"
    # Another answer, then two undos from outside any field: the name, then the choice.
    page.navigator.setFocus()
    name = first_field(window)
    type_text(name, "Ynys Môn")
    QTest.keyClick(name, Qt.Key.Key_Return)
    page.navigator.setFocus()
    QTest.keyClick(page.navigator, Qt.Key.Key_Z, CTRL)
    assert stored(window, library, "respondent_name") is None
    assert stored(window, library, "strategy_status") == "adopted"
    QTest.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert stored(window, library, "strategy_status") is None
    radio = focused()
    assert isinstance(radio, QRadioButton) and "strategy" in accessible_name_of_group()
    group = radio.parentWidget()
    assert group is not None
    assert not any(b.isChecked() for b in group.findChildren(QRadioButton))


def accessible_name_of_group() -> str:
    widget = focused()
    return widget.accessibleDescription().lower()


def test_cut_copy_paste_and_select_all_from_the_menu(
    make_window: Any,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    type_text: TypeText,
    library: QuestionnaireLibrary,
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    edit = window.editing
    field = first_field(window)
    type_text(field, "Friends of <Ynys Môn> & Co")
    edit.update()
    assert not edit.copy.isEnabled() and not edit.cut.isEnabled()
    edit.select_all.trigger()
    edit.update()
    assert edit.copy.isEnabled() and edit.cut.isEnabled()
    edit.copy.trigger()
    assert QGuiApplication.clipboard().text() == "Friends of <Ynys Môn> & Co"
    edit.cut.trigger()
    assert field.text() == ""
    QTest.keyClick(field, Qt.Key.Key_Tab)
    role = focused()
    assert isinstance(role, QLineEdit)
    edit.update()
    assert edit.paste.isEnabled()
    edit.paste.trigger()
    QTest.keyClick(role, Qt.Key.Key_Return)
    assert stored(window, library, "respondent_role") == "Friends of <Ynys Môn> & Co"
    assert stored(window, library, "respondent_name") is None
    assert QApplication.focusWidget() is role


def test_copy_from_a_table_copies_its_current_cell(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = open_council(make_window, monkeypatch, qtbot, other="Friends of <Ynys Môn> & Co")
    QTest.keyClick(focused(), Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    table = window.home.table
    assert table.hasFocus()
    QGuiApplication.clipboard().clear()
    window.editing.update()
    assert window.editing.copy.isEnabled() and not window.editing.cut.isEnabled()
    assert not window.editing.undo.isEnabled()  # no assessment open: no answers' history
    window.editing.copy.trigger()
    assert QGuiApplication.clipboard().text() == table.currentIndex().data()
    assert QGuiApplication.clipboard().text()
