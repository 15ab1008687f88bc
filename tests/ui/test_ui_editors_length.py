"""Text longer than a question's limit is kept whole and refused with the reason, never cut."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.ui.editors import LengthCounter, LongTextEditor, TextEditor
from csn_desktop.ui.main_window import MainWindow
from tests.ui.test_ui_main_window import field, new_request, show_section_of, start

__all__ = ["new_request"]  # the fixture, used by name

# Welsh letters outside Latin-1 (ŵ, ŷ) and one outside the BMP, which counts twice as Excel does.
WELSH = "Pennaeth Gwasanaethau Digidol — ŵyr a ŷd, Ynys Môn 🏴 "


def _stored(window: MainWindow, library: QuestionnaireLibrary, question_id: str) -> Any:
    state = window.state
    assert state is not None
    return load_assessment(state.database, library, state.assessment_id).answers.get(question_id)


def _paste(qtbot: QtBot, widget: Any, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    assert QGuiApplication.clipboard().text() == text
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_paste_longer_than_a_line_is_kept_whole_and_not_saved(
    make_window: Any, qtbot: QtBot, new_request: None, library: QuestionnaireLibrary
) -> None:
    window = make_window()
    start(window, qtbot)
    state = window.state
    assert state is not None
    role = field(window, "respondent_role")
    editor = role.editor
    assert isinstance(editor, TextEditor)
    limit = role.question.max_length
    pasted = (WELSH * (limit // len(WELSH) + 2))[: limit + 40]
    with qtbot.waitSignal(state.save_failed, timeout=3000) as failed:
        _paste(qtbot, editor.edit, pasted)
        editor.flush()
    assert editor.edit.text() == pasted  # nothing cut
    assert failed.args is not None and "the limit is 200" in failed.args[2]
    assert "Not saved" in role.problem.text() and "the limit is 200" in role.problem.text()
    assert role.problem.isVisibleTo(window)
    assert window.save_status.text().startswith("Could not save:")
    assert "too long" in editor.counter.text() and editor.counter.isVisibleTo(window)
    assert _stored(window, library, "respondent_role") is None  # never a cut copy

    # Shortened to the limit, it is saved whole, Welsh letters and all.
    fits = pasted[:limit].rstrip("\ud83c")
    while len(fits.encode("utf-16-le")) // 2 > limit:
        fits = fits[:-1]
    with qtbot.waitSignal(state.saved, timeout=3000):
        editor.edit.selectAll()
        _paste(qtbot, editor.edit, fits)
        editor.flush()
    assert _stored(window, library, "respondent_role") == fits
    assert role.problem.text() == ""
    assert "too long" not in editor.counter.text()


def test_typing_past_the_limit_one_key_at_a_time_shows_the_counter(
    make_window: Any, qtbot: QtBot, new_request: None, library: QuestionnaireLibrary, type_text: Any
) -> None:
    window = make_window()
    start(window, qtbot)
    state = window.state
    assert state is not None
    name = field(window, "respondent_name")
    editor = name.editor
    assert isinstance(editor, TextEditor)
    editor.edit.setText("Siân " * 39)  # 195 of 200
    assert editor.counter.isVisibleTo(window)
    assert editor.counter.text() == "195 / 200 characters"
    editor.edit.setFocus()
    type_text(editor.edit, "ŵŷâêîôû")  # one key event each: keyClicks aborts on these
    assert editor.edit.text().endswith("ŵŷâêîôû")
    assert editor.counter.text() == "⚠ 202 / 200 characters: too long"
    with qtbot.waitSignal(state.save_failed, timeout=3000):
        editor.flush()
    # Not saved: the stored answer is still the respondent named in New assessment.
    assert _stored(window, library, "respondent_name") == "Siân"


def test_long_text_has_the_counter_too(make_window: Any, qtbot: QtBot, new_request: None) -> None:
    window = make_window()
    start(window, qtbot)
    show_section_of(window, "national_priorities_how")
    how = field(window, "national_priorities_how")
    editor = how.editor
    assert isinstance(editor, LongTextEditor)
    assert not editor.counter.isVisibleTo(window)
    editor.edit.setPlainText("ŷ" * 4001)
    assert editor.counter.text() == "⚠ 4,001 / 4,000 characters: too long"


@pytest.mark.parametrize("length", [0, 159, 160])
def test_the_counter_appears_near_the_limit(length: int, qtbot: QtBot) -> None:
    counter = LengthCounter(200)
    qtbot.addWidget(counter)
    counter.count("ŵ" * length)
    assert counter.isHidden() is (length < 160)
