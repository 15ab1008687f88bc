"""The Review page in plain English: what is missing, what needs correcting, and the history."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.test_ui_keyboard_focus import open_council


def test_summary_and_history_in_plain_words(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    page = window.assessment_page
    state = window.state
    assert page is not None and state is not None
    state.save("respondent_email", "", "not an address")
    page.show_review()
    summary = page.review.summary.text()
    assert "things" not in summary
    assert "required answers are missing." in summary
    # English plural forms come from qt/csn_desktop_en.ts, which the tests do not install.
    assert re.search(r"\b1 answers? needs? correcting\.", summary), summary
    history = page.review.history.text()
    assert "Started on this computer: 2026/27, questionnaire version 2, by " in history
    assert "local" not in history and "(" not in history
