"""Where the officer was editing each assessment (section and question), to reopen it there."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from csn_desktop.ui.assessment_page import AssessmentPage
from csn_desktop.ui.matrix_widget import StandardsMatrixWidget
from csn_desktop.ui.question_field import QuestionField
from csn_desktop.ui.repeat_group import RepeatGroupWidget

# The Review page's place: no section has this id (ids are words with underscores).
REVIEW = "review page"  # not translated: a settings value


def place_key(assessment_id: int) -> str:
    return f"places/{assessment_id}"  # not translated: a settings key


class PlaceKeeper(QObject):
    """Writes the section shown and the question focused to the settings as they change."""

    def __init__(self, page: AssessmentPage, settings: QSettings, assessment_id: int) -> None:
        super().__init__(page)
        self.page = page
        self.settings = settings
        self.key = place_key(assessment_id)
        page.navigator.selectionModel().currentChanged.connect(self._section_shown)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)

    def _section_shown(self, current: QModelIndex, _previous: QModelIndex) -> None:
        sections = self.page.state.questionnaire.sections
        if not current.isValid():
            return
        row = current.row()
        section = sections[row].id if row < len(sections) else REVIEW
        self._write(section, "", "")

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        pages = self.page.pages
        if new is None or not pages.isAncestorOf(new):
            return
        section = self.page.state.questionnaire.sections
        row = pages.currentIndex()
        if row >= len(section):
            return
        question, item = where(new)
        self._write(section[row].id, question, item)

    def _write(self, section: str, question: str, item: str) -> None:
        self.settings.setValue(self.key, [section, question, item])


def where(widget: QWidget) -> tuple[str, str]:
    """The question (and repeat item) a focused widget belongs to; ("", "") for none."""
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, QuestionField):
            return parent.question.id, parent.item_key
        if isinstance(parent, StandardsMatrixWidget):
            return parent.matrix.id, ""
        if isinstance(parent, RepeatGroupWidget):
            return parent.group.id, ""
        parent = parent.parentWidget()
    return "", ""


def remember_place(page: AssessmentPage, settings: QSettings, assessment_id: int) -> bool:
    """Reopen the page where the officer last was (shown once laid out); keep track from now.

    False when there is no known place: the caller chooses where focus starts.
    """
    stored = settings.value(place_key(assessment_id))
    PlaceKeeper(page, settings, assessment_id)
    if not isinstance(stored, list) or len(stored) != 3:
        return False
    section, question, item = (str(part) for part in stored)
    ids = [s.id for s in page.state.questionnaire.sections]
    if section == REVIEW:
        page.show_review()
        page.review.list.setFocus()
        return True
    if section not in ids:
        return False
    row = ids.index(section)
    page.show_section(row)
    page.navigator.setFocus()
    if question:
        page.jump_to(section, question, item)  # focused now: nothing typed goes elsewhere
        _scroll_when_laid_out(page.section_pages[row])
    return True


def _scroll_when_laid_out(section_page: QScrollArea) -> None:
    """Scroll to the focused question once the page has its size, if the focus is still there."""
    focused = section_page.window().focusWidget()
    if focused is None or not section_page.isAncestorOf(focused):
        return

    def scroll() -> None:
        if section_page.window().focusWidget() is focused:
            section_page.ensureWidgetVisible(focused)

    QTimer.singleShot(0, section_page, scroll)
