"""The assessment being answered: the section navigator beside the pages and the review page."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.review_page import ReviewPage
from csn_desktop.ui.section_model import SectionListModel
from csn_desktop.ui.section_page import SectionPage
from csn_desktop.ui.start_page import StartPage, is_new


class AssessmentPage(QWidget):
    """Choosing a section in the navigator shows its page; the last entry is the review."""

    def __init__(self, state: AssessmentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.heading = QLabel(self)
        self.navigator_model = SectionListModel(state)
        self.navigator = QListView(self)
        self.navigator.setModel(self.navigator_model)
        # Long entries ("Standards in use and needed  6/21  ⚠ 1 to fix") wrap rather than scroll
        # sideways out of sight.
        self.navigator.setWordWrap(True)
        self.navigator.setResizeMode(QListView.ResizeMode.Adjust)
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.setAccessibleName(self.tr("Sections"))
        self.navigator.setAccessibleDescription(
            self.tr("Each section with the required answers given out of those required.")
        )
        self.pages = QStackedWidget(self)
        self.section_pages = [
            SectionPage(state, s, self.pages) for s in state.questionnaire.sections
        ]
        for page in self.section_pages:
            self.pages.addWidget(page)
        self.review = ReviewPage(state, self.pages)
        self.pages.addWidget(self.review)
        self.review.jump_requested.connect(self.jump_to)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        self.navigator.selectionModel().currentChanged.connect(self._section_chosen)
        state.status_changed.connect(self._show_heading)
        self._show_heading()
        self.show_section(0)
        self.setTabOrder(self.navigator, self.pages)
        # The questionnaire's introduction: first for a new assessment, later from the menu.
        self.start_page = StartPage(state, self.pages)
        self.pages.addWidget(self.start_page)
        self.start_page.start_requested.connect(self._start)
        if is_new(state):
            self.show_start()

    def show_start(self) -> None:
        self.navigator.selectionModel().clear()
        self.pages.setCurrentWidget(self.start_page)

    def _start(self) -> None:
        self.show_section(0)
        self.section_pages[0].setFocus()

    def _show_heading(self) -> None:
        status = self.tr("final — read-only") if self.state.is_final else self.tr("draft")
        self.heading.setText(
            self.tr("<h1>{title}</h1> <p>Status: {status}</p>").format(
                title=html.escape(self.state.title), status=status
            )
        )

    def _section_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.pages.setCurrentIndex(current.row())
            if self.pages.currentWidget() is self.review:
                self.review.refresh()

    def show_section(self, row: int) -> None:
        row = max(0, min(row, self.navigator_model.rowCount() - 1))
        self.navigator.selectionModel().setCurrentIndex(
            self.navigator_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )

    def show_review(self) -> None:
        """Show the review with the focus on its list, so that Enter goes to the first problem."""
        self.show_section(self.navigator_model.rowCount() - 1)
        self.review.list.setFocus()

    def step(self, delta: int) -> None:
        starting = self.pages.currentWidget() is self.start_page
        self.show_section(-1 + delta if starting else self.pages.currentIndex() + delta)

    def jump_to(self, section_id: str, question_id: str, item_key: str) -> None:
        rows = [s.id for s in self.state.questionnaire.sections]
        if section_id not in rows:
            return
        self.show_section(rows.index(section_id))
        self.section_pages[rows.index(section_id)].focus_question(question_id, item_key)

    def show_answer(self, question_id: str, item_key: str) -> None:
        """Show the section of an answer (one just undone, say) and focus it."""
        section = self.state.questionnaire.section_of(question_id)
        self.jump_to(section.id, question_id, item_key)

    def flush(self) -> None:
        """Save anything typed but not yet saved."""
        for page in self.section_pages:
            page.flush()
