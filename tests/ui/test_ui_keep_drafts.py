"""Nothing typed is lost: refused text stays in its field and in the database, comes back after
a restart, and closing the window with it asks first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from csn_desktop.storage.models import AnswerDraft
from csn_desktop.ui.editors import LongTextEditor
from csn_desktop.ui.main_window import MainWindow
from tests.ui.test_ui_main_window import field, new_request, show_section_of, start

__all__ = ["new_request"]  # the fixture, used by name

PASTED = ("Ynys Môn: ŵ ŷ " * 300)[:4100]


def _drafts(window: MainWindow) -> list[tuple[str, str, str]]:
    assert window.database is not None
    with window.database.read_session() as session:
        return [(d.question_id, d.text, d.reason) for d in session.scalars(select(AnswerDraft))]


def _paste_into_network_other(window: MainWindow, qtbot: QtBot) -> LongTextEditor:
    state = window.state
    assert state is not None
    show_section_of(window, "network_other")
    editor = field(window, "network_other").editor
    assert isinstance(editor, LongTextEditor)
    QGuiApplication.clipboard().setText(PASTED)
    editor.edit.setFocus()
    with qtbot.waitSignal(state.save_failed, timeout=5000):
        qtbot.keyClick(editor.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return editor


def _ctrl_q(window: MainWindow, qtbot: QtBot) -> None:
    """File → Quit by its shortcut, through the window so that its shortcut map sees it; the
    offscreen platform binds no key to Quit, so there the action is triggered instead."""
    if window.menus.quit.shortcut().isEmpty():
        window.menus.quit.trigger()
        return
    window.activateWindow()
    qtbot.waitActive(window)
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_pasted_text_over_the_limit_is_kept_asked_about_and_back_after_a_restart(
    make_window: Any, qtbot: QtBot, new_request: None, answered: Any
) -> None:
    window = make_window()
    start(window, qtbot)
    editor = _paste_into_network_other(window, qtbot)
    assert editor.edit.toPlainText() == PASTED  # nothing cut
    assert "⚠ 4,100 / 4,000 characters: too long" in editor.counter.text()
    [(question, text, reason)] = _drafts(window)
    assert (question, text) == ("network_other", PASTED)
    assert "the limit is 4,000" in reason
    other = field(window, "network_other")
    assert "Not saved" in other.problem.text()

    # Ctrl+Q asks; "Keep editing" keeps the window and the text.
    answered.close_anyway = False
    _ctrl_q(window, qtbot)
    assert len(answered.unsaved_asked) == 1
    assert answered.unsaved_asked[0] == [
        "Is there anything else you would like to tell the network?"
    ]
    assert window.isVisible() and window.state is not None
    assert editor.edit.toPlainText() == PASTED
    # Home asks too.
    window.menus.home.trigger()
    assert len(answered.unsaved_asked) == 2 and window.assessment_page is not None
    # Closing the window (its title bar's ×) asks too.
    window.close()
    assert len(answered.unsaved_asked) == 3 and window.isVisible()
    # "Close anyway": the window closes; the draft stays stored.
    answered.close_anyway = True
    _ctrl_q(window, qtbot)
    assert len(answered.unsaved_asked) == 4
    assert not window.isVisible()

    # A new window on the same database reopens it with the text and the reason.
    again = make_window()
    again.reopen_last()  # as start-up does
    assert again.state is not None, "the assessment open at closing is reopened"
    show_section_of(again, "network_other")
    restored = field(again, "network_other")
    assert isinstance(restored.editor, LongTextEditor)
    assert restored.editor.edit.toPlainText() == PASTED
    assert (
        "Not saved" in restored.problem.text() and "the limit is 4,000" in restored.problem.text()
    )
    assert again.state.unsaved_reason("network_other") == reason

    # Shortened to the limit by key presses, it saves and the draft goes.
    restored.editor.edit.setFocus()
    cursor = restored.editor.edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    restored.editor.edit.setTextCursor(cursor)
    for _n in range(100):
        qtbot.keyClick(restored.editor.edit, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(again.state.saved, timeout=5000):
        restored.editor.flush()
    assert _drafts(again) == []
    assert "Not saved" not in restored.problem.text()
    again.menus.home.trigger()
    assert len(answered.unsaved_asked) == 4  # nothing unsaved: no question
