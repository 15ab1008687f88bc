"""Keyboard focus: every Tab stop is a visible, named control; the ring shows where focus is."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from csn_desktop.ui.focus_style import (
    FocusRingKeeper,
    contrast,
    install_focus_ring,
    ring_colour,
)
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.matrix_table import MatrixTable
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog
from tests.ui.conftest import TypeText
from tests.ui.test_ui_accessibility import accessible_name
from tests.ui.test_ui_scaling_and_palette import dark_palette

# What a Tab may land on: controls that show focus and take keys. A page, a scroll area or a
# plain container here is the invisible stop that swallowed typing (issue 14).
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QAbstractSlider,
    QTabBar,
)


def open_council(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, other: str | None = None
) -> MainWindow:
    gss = None if other else "W06000015"
    request = NewAssessment("2026/27", gss, other, None)
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))
    window: MainWindow = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.menus.new.trigger()
    assert window.assessment_page is not None
    qtbot.waitUntil(window.assessment_page.navigator.hasFocus)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_stops(page: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from the current focus until it leaves ``page``; the widgets it stopped on."""
    stops: list[QWidget] = []
    for _ in range(limit):
        current = focused()
        if isinstance(current, MatrixTable):
            # Keyed like a spreadsheet: Tab moves between its cells, Ctrl+Tab leaves it.
            QTest.keyClick(current, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        else:
            QTest.keyClick(current, Qt.Key.Key_Tab)
        widget = focused()
        if not page.isAncestorOf(widget):
            return stops
        stops.append(widget)
    raise AssertionError("Tab never left the page")


def test_the_first_tab_from_the_navigator_lands_in_the_first_field(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, type_text: TypeText
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    page = window.assessment_page
    assert page is not None and page.navigator.hasFocus()
    QTest.keyClick(page.navigator, Qt.Key.Key_Tab)
    assert accessible_name(focused()) == "Your name"
    type_text(focused(), "Siân Ŵyn")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert accessible_name(focused()) == "Your job title or role"
    state = window.state
    assert state is not None
    qtbot.waitUntil(lambda: state.value("respondent_name") is not None)
    assert state.value("respondent_name") == "Siân Ŵyn"
    assert state.value("respondent_role") is None


def test_every_tab_stop_is_a_visible_named_control(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    page = window.assessment_page
    assert page is not None
    for row in range(page.navigator_model.rowCount()):
        page.show_section(row)
        page.navigator.setFocus()
        current = page.pages.currentWidget()
        stops = tab_stops(current)
        name = page.navigator_model.index(row, 0).data()
        assert stops, name
        for widget in stops:
            what = f"{name}: {type(widget).__name__} {accessible_name(widget)!r}"
            assert widget.isVisible(), what
            assert isinstance(widget, CONTROLS), what
            assert accessible_name(widget).strip(), what


def test_the_ring_follows_focus_and_stands_out_in_light_and_dark(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, qapp: QApplication
) -> None:
    keeper = install_focus_ring(qapp)
    assert install_focus_ring(qapp) is keeper
    try:
        ring_follows_focus(keeper, make_window, monkeypatch, qtbot)
    finally:
        keeper.remove()  # later tests' windows draw no ring
    assert qapp.findChild(FocusRingKeeper) is None


def ring_follows_focus(
    keeper: FocusRingKeeper, make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    page = window.assessment_page
    assert page is not None
    QTest.keyClick(page.navigator, Qt.Key.Key_Tab)
    field = focused()
    ring = keeper.ring
    assert ring.isVisible() and ring.target is field
    host = ring.parentWidget()
    assert host is not None
    corner = field.mapTo(host, field.rect().topLeft())
    assert ring.geometry() == QRect(corner, field.size()).adjusted(-2, -2, 2, 2)
    # Its pixels: the ring's colour just outside the field's top edge, where no ring was before.
    image = window.grab().toImage()
    at = field.mapTo(window, field.rect().topLeft())
    colour = image.pixelColor(at.x() + field.width() // 2, at.y() - 1)
    expected = ring_colour(field.palette())
    assert abs(colour.red() - expected.red()) + abs(colour.blue() - expected.blue()) < 60
    window_colour = field.palette().color(QPalette.ColorRole.Window)
    assert contrast(expected, window_colour) >= 3
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert keeper.ring.target is focused()


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_ring_colour_has_three_to_one_against_window_and_fields(
    qapp: QApplication, palette: str
) -> None:
    chosen = QPalette() if palette == "light" else dark_palette()
    colour = ring_colour(chosen)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(colour, chosen.color(role)) >= 3, (palette, role, colour.name())


def test_contrast_is_wcags() -> None:
    black, white = QColor("black"), QColor("white")
    assert contrast(black, white) == pytest.approx(21)
    assert contrast(white, white) == pytest.approx(1)


def test_review_has_a_current_item_and_enter_goes_to_it(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    page = window.assessment_page
    assert page is not None
    QTest.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.pages.currentWidget() is page.review
    review = page.review
    assert review.list.currentIndex().row() == 0
    assert review.list.hasFocus()
    assert "required answers are missing" in review.summary.text()
    assert "things" not in review.summary.text()
    QTest.keyClick(review.list, Qt.Key.Key_Return)
    assert page.pages.currentIndex() == 0
    assert accessible_name(focused()).startswith("Chief executive")  # the first team box


def test_window_shortcuts_work_inside_a_text_field(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, type_text: TypeText
) -> None:
    window = open_council(make_window, monkeypatch, qtbot)
    exported: list[bool] = []
    window.menus.export.triggered.disconnect()
    window.menus.export.triggered.connect(lambda: exported.append(True))
    page = window.assessment_page
    assert page is not None
    QTest.keyClick(page.navigator, Qt.Key.Key_Tab)
    field = focused()
    assert isinstance(field, QLineEdit)
    type_text(field, "Ynys Môn")
    field.setCursorPosition(0)
    QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == [True]
    assert field.cursorPosition() == 0  # not taken as "end of line"
    QTest.keyClick(field, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.pages.currentIndex() == 1


def test_the_ring_installed_after_the_first_paint_is_drawn_round_the_focused_list(
    make_window: Any, qtbot: QtBot, qapp: QApplication
) -> None:
    window: MainWindow = make_window()
    window.activateWindow()
    table = window.home.table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    keeper = install_focus_ring(qapp)  # as the app does, once the list has been painted
    try:
        assert keeper.ring.target is table and keeper.ring.isVisible()
    finally:
        keeper.remove()
