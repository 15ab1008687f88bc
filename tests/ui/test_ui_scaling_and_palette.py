"""Usable at 200 % (text twice the size) and in a dark palette: no clipped text or fixed colours."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

import csn_desktop.ui
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.matrix_widget import MAX_CHOICE_CHARS, StandardsMatrixWidget
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog
from csn_desktop.ui.question_field import QuestionField

UI_SOURCES = sorted(Path(csn_desktop.ui.__file__).parent.glob("*.py"))
FIXED_COLOUR = re.compile(
    r"QColor\(|#[0-9a-fA-F]{6}\b|setStyleSheet|Qt\.GlobalColor|Qt\.(white|black)\b"
)


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for which, colour in (
        (role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#2f2f2f"), (role.Text, "#e6e6e6"), (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"), (role.Highlight, "#2f65ca"), (role.HighlightedText, "#fff"),
        (role.PlaceholderText, "#8a8a8a"), (role.ToolTipBase, "#3c3c3c"),
        (role.ToolTipText, "#e6e6e6"),
    ):  # fmt: skip
        palette.setColor(which, QColor(colour))
    return palette


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[QApplication]:
    """Restore the application's palette and font after the test."""
    palette, font = qapp.palette(), qapp.font()
    yield qapp
    qapp.setPalette(palette)
    qapp.setFont(font)


def open_cardiff(make_window: Any, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    request = NewAssessment("2026/27", "W06000015", None, None)
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))
    window: MainWindow = make_window()
    window.menus.new.trigger()
    assert window.assessment_page is not None
    return window


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (word-wrapped labels excepted)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{type(widget).__name__} {widget.text()!r}")
    return found


def test_no_fixed_colours_in_the_window_code() -> None:
    for source in UI_SOURCES:
        assert not FIXED_COLOUR.search(source.read_text(encoding="utf-8")), source.name


def test_twice_the_text_size_fits_and_wraps(
    app_look: QApplication, make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    font = QFont(app_look.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    app_look.setFont(font)
    window = open_cardiff(make_window, monkeypatch)
    page = window.assessment_page
    assert page is not None
    # A 4K screen at 200 % offers 1920 × 1080; the window must not need more.
    window.resize(1920, 1080)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1920 and hint.height() <= 1080, hint
    for row, section_page in enumerate(page.section_pages):
        page.show_section(row)
        app_look.processEvents()
        for widget in section_page.questions.values():
            if isinstance(widget, QuestionField):
                assert widget.label.wordWrap() and widget.help.wordWrap(), widget.question.id
                assert widget.problem.wordWrap()
        assert clipped(section_page) == [], section_page.section.id
    assert clipped(window) == []
    matrix = page.section_pages[2].questions["standards"]
    assert isinstance(matrix, StandardsMatrixWidget)
    # The usual answers in the Use and Need columns are not cut short.
    metrics = matrix.table.fontMetrics()
    for name in ("standards.use_status", "standards.need"):
        column = matrix.model.column_of(name)
        field = matrix.model.field_at(column)
        assert field is not None
        for choice in field.choices:
            if len(choice.label) <= MAX_CHOICE_CHARS:
                width = metrics.horizontalAdvance(choice.label)
                assert matrix.table.columnWidth(column) > width, choice.label


def test_dark_palette_is_followed(
    app_look: QApplication, make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    app_look.setPalette(dark_palette())
    window = open_cardiff(make_window, monkeypatch)
    page = window.assessment_page
    assert page is not None
    page.show_section(2)
    matrix = page.section_pages[2].questions["standards"]
    assert isinstance(matrix, StandardsMatrixWidget)
    model = matrix.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for colour_role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
                assert index.data(colour_role) is None
    assert matrix.table.palette().color(QPalette.ColorRole.Base) == QColor("#1e1e1e")
    image = window.grab().toImage()
    # Mostly dark pixels: nothing paints its own light background.
    samples = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 23)
        for y in range(0, image.height(), 23)
    ]
    assert sum(s < 100 for s in samples) / len(samples) > 0.8
