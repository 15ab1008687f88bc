"""User and definition text shows whole wherever it reaches a label, button or tooltip."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from csn_desktop.domain.questionnaire import Choice, Question, Questionnaire
from csn_desktop.ui.assessment_page import AssessmentPage
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog

# Starts with markup, so that a label left to guess (Qt.AutoText) takes it for rich text.
SAMPLE = "<i>Friends</i> of <Ynys Môn> & Co"


def shown(text: str, rich: bool) -> str:
    """The text as a label shows it: markup rendered when the label takes it as rich text."""
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def is_rich(widget: QWidget, text: str) -> bool:
    if isinstance(widget, QLabel):
        fmt = widget.textFormat()
        if fmt == Qt.TextFormat.AutoText:
            return GuiQt.mightBeRichText(text)
        return fmt == Qt.TextFormat.RichText
    return False  # buttons and group boxes show plain text


def cut_texts(root: QWidget) -> list[str]:
    """Texts holding the sample that do not show it whole."""
    found = []
    for widget in root.findChildren(QWidget):
        texts: list[tuple[str, bool]] = []
        if isinstance(widget, QLabel):
            texts.append((widget.text(), is_rich(widget, widget.text())))
        if isinstance(widget, QAbstractButton):
            # A button shows "&&" as "&" and takes a single "&" as its mnemonic's mark.
            texts.append((re.sub("&(.)", r"\1", widget.text()), False))
        if isinstance(widget, QGroupBox):
            texts.append((widget.title(), False))
        tip = widget.toolTip()
        texts.append((tip, GuiQt.mightBeRichText(tip)))
        for text, rich in texts:
            if "Ynys" in text and SAMPLE not in shown(text, rich):
                found.append(f"{type(widget).__name__}: {shown(text, rich)!r}")
    return found


def with_sample(questionnaire: Questionnaire) -> Questionnaire:
    """Every title, introduction, label, help and choice of the questionnaire ends in SAMPLE."""

    def choice(c: Choice) -> Choice:
        return dataclasses.replace(c, label=f"{c.label} {SAMPLE}", help=f"{c.help} {SAMPLE}")

    def question(q: Question) -> Question:
        return dataclasses.replace(
            q,
            label=f"{q.label} {SAMPLE}",
            help=f"{q.help} {SAMPLE}",
            choices=tuple(choice(c) for c in q.choices),
            fields=tuple(question(f) for f in q.fields),
        )

    sections = tuple(
        dataclasses.replace(
            s,
            title=f"{s.title} {SAMPLE}",
            intro=f"{s.intro} {SAMPLE}",
            questions=tuple(question(q) for q in s.questions),
        )
        for s in questionnaire.sections
    )
    return dataclasses.replace(questionnaire, sections=sections)


def test_the_sample_finder_sees_a_cut(qtbot: QtBot) -> None:
    label = QLabel(f"<b>{SAMPLE}</b>")
    qtbot.addWidget(label)
    assert cut_texts(label.parentWidget() or _holder(qtbot, label)) != []


def _holder(qtbot: QtBot, child: QWidget) -> QWidget:
    holder = QWidget()
    qtbot.addWidget(holder)
    child.setParent(holder)
    return holder


def test_council_and_definition_text_show_whole(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    request = NewAssessment("2026/27", None, SAMPLE, None)
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))
    window: MainWindow = make_window()
    window.menus.new.trigger()
    assert window.state is not None and window.database is not None
    assert SAMPLE in window.windowTitle()
    assert cut_texts(window) == []
    loaded = dataclasses.replace(
        window.state.loaded, questionnaire=with_sample(window.state.loaded.questionnaire)
    )
    state = AssessmentState(window.database, window.state.library, loaded)
    page = AssessmentPage(state)
    qtbot.addWidget(page)
    page.show()
    for row in range(page.navigator_model.rowCount()):
        page.show_section(row)
        assert cut_texts(page) == [], page.navigator_model.index(row, 0).data()
    page.review.refresh()
    assert SAMPLE in page.review.model.items[0].text
