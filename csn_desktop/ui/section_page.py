"""A page of the questionnaire: its introduction and its questions, shown or hidden by relevance."""

from __future__ import annotations

import html
from typing import assert_never

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from csn_desktop.domain.questionnaire import Question, QuestionType, Section
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.matrix_widget import StandardsMatrixWidget
from csn_desktop.ui.question_field import QuestionField
from csn_desktop.ui.repeat_group import RepeatGroupWidget
from csn_desktop.ui.rich_text import paragraphs

QuestionWidget = QuestionField | StandardsMatrixWidget | RepeatGroupWidget


def question_widget(state: AssessmentState, question: Question, parent: QWidget) -> QuestionWidget:
    """The widget that shows and edits the question: a matrix, a repeat group or a field."""
    match question.type:
        case QuestionType.STANDARDS_MATRIX:
            return StandardsMatrixWidget(state, question, parent)
        case QuestionType.REPEAT_GROUP:
            return RepeatGroupWidget(state, question, parent)
        case (
            QuestionType.TEXT
            | QuestionType.LONG_TEXT
            | QuestionType.SINGLE_CHOICE
            | QuestionType.MULTIPLE_CHOICE
            | QuestionType.YES_NO
            | QuestionType.NUMBER
            | QuestionType.DATE
            | QuestionType.EMAIL
            | QuestionType.URL
        ):
            return QuestionField(state, question, parent=parent)
        case _ as unreachable:
            assert_never(unreachable)


class SectionPage(QScrollArea):
    """Scrollable; a hidden question keeps its answer but is not shown or required."""

    def __init__(
        self, state: AssessmentState, section: Section, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.section = section
        self.setWidgetResizable(True)
        self.setAccessibleName(section.title)
        # The page itself is no Tab stop: it would take the first Tab from the navigator and show
        # no focus, and typed text would go nowhere. It scrolls to the focused field instead.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        heading = QLabel(f"<h2>{html.escape(section.title)}</h2>", body)
        intro = QLabel(paragraphs(section.intro), body)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)
        self.questions: dict[str, QuestionWidget] = {}
        for question in section.questions:
            widget = question_widget(state, question, body)
            stretch = 1 if isinstance(widget, StandardsMatrixWidget) else 0
            layout.addWidget(widget, stretch)
            self.questions[question.id] = widget
        if not any(isinstance(w, StandardsMatrixWidget) for w in self.questions.values()):
            layout.addStretch(1)
        self.setWidget(body)
        state.answer_changed.connect(self._answer_changed)
        state.answer_restored.connect(self._answer_restored)
        state.status_changed.connect(self.status_changed)
        self.refresh_relevance()
        self.status_changed()

    def _answer_changed(self, question_id: str, item_key: str) -> None:
        self.refresh_relevance()
        for field in self.fields():
            if field.question.id == question_id and field.item_key == item_key:
                field.show_problem()

    def _answer_restored(self, question_id: str, item_key: str) -> None:
        for field in self.fields():
            if field.question.id == question_id and field.item_key == item_key:
                field.reload()

    def fields(self) -> list[QuestionField]:
        found: list[QuestionField] = []
        for widget in self.questions.values():
            if isinstance(widget, QuestionField):
                found.append(widget)
            elif isinstance(widget, RepeatGroupWidget):
                found.extend(widget.fields)
        return found

    def refresh_relevance(self) -> None:
        questionnaire, answers = self.state.questionnaire, self.state.answers
        for question in self.section.questions:
            widget = self.questions[question.id]
            widget.setVisible(answers.is_relevant(questionnaire, question))
            if isinstance(widget, RepeatGroupWidget):
                for field in widget.fields:
                    field.setVisible(
                        answers.is_relevant(questionnaire, field.question, field.item_key)
                    )

    def status_changed(self) -> None:
        final = self.state.is_final
        for widget in self.questions.values():
            if isinstance(widget, StandardsMatrixWidget):
                widget.status_changed()
            else:
                widget.set_read_only(final)

    def flush(self) -> None:
        for field in self.fields():
            field.flush()
        for widget in self.questions.values():
            if isinstance(widget, StandardsMatrixWidget):
                widget.flush()  # a note typed in its detail pane

    def focus_question(self, question_id: str, item_key: str) -> bool:
        """Show and focus a question (or a matrix cell, or a repeat item's field)."""
        for widget in self.questions.values():
            if isinstance(widget, StandardsMatrixWidget) and (
                question_id == widget.matrix.id or question_id.startswith(widget.matrix.id + ".")
            ):
                self.ensureWidgetVisible(widget)
                widget.focus_cell(question_id, item_key)
                return True
            if isinstance(widget, RepeatGroupWidget) and question_id == widget.group.id:
                self.ensureWidgetVisible(widget.add)
                widget.add.setFocus()
                return True
        for field in self.fields():
            if field.question.id == question_id and field.item_key == item_key:
                self.ensureWidgetVisible(field)
                field.editor.focus_target().setFocus()
                return True
        return False
