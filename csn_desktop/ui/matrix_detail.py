"""The detail pane beside the matrix: the current standard in full, and every answer of its row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from csn_desktop.domain.questionnaire import Question, Standard
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.matrix_delegates import problem_colour
from csn_desktop.ui.question_field import QuestionField


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MatrixDetailPane(QScrollArea):
    """Shows one standard: code, full title, publisher, year, theme, and its answers to edit.

    The note is a multi-line box with a character counter, barriers a checklist, and the
    evidence link says what is wrong with it, in colour and in words.
    """

    def __init__(self, state: AssessmentState, matrix: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.matrix = matrix
        self.code = ""
        self.setWidgetResizable(True)
        # The pane scrolls, but is no Tab stop itself: Tab goes straight to its editors.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Details of the current standard"))
        body = QWidget(self)
        self.heading = QLabel(body)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(body)
        self.facts.setWordWrap(True)
        self.fields: list[QuestionField] = []
        self._layout = QVBoxLayout(body)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.facts)
        self._layout.addStretch(1)
        self.setWidget(body)
        state.answer_changed.connect(self._answer_changed)
        state.answer_restored.connect(self._answer_restored)
        self.show_standard(None, False)

    def show_standard(self, standard: Standard | None, required: bool) -> None:
        """Show ``standard`` (None: nothing is current), keeping what was typed for the last."""
        for field in self.fields:
            field.flush()  # saved for the standard it was typed for
        if standard is None:
            self.code = ""
            self.heading.setText(self.tr("Choose a standard in the table to see it in full."))
            self.facts.clear()
            for field in self.fields:
                field.setVisible(False)
            return
        self.code = standard.code
        heading = f"<h3>{_escape(standard.code)}</h3><p>{_escape(standard.title)}</p>"
        if required:
            heading += "<p><b>{}</b></p>".format(
                _escape(self.tr("✱ Required: it is in a theme you chose."))
            )
        self.heading.setText(heading)
        theme = self.state.questionnaire.theme_label(standard.theme)
        year = str(standard.year) if standard.year else self.tr("year not given")
        self.facts.setText(
            self.tr("{publisher}, {year} · Theme: {theme}").format(
                publisher=standard.publisher, year=year, theme=theme
            )
        )
        if not self.fields:
            self._make_fields()
        for field in self.fields:
            # The same editors, moved to this standard's answers (quicker than new ones).
            field.item_key = standard.code
            field.reload()
            field.set_read_only(self.state.is_final)
        self._refresh()

    def _make_fields(self) -> None:
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        for question in self.matrix.fields:
            field = QuestionField(self.state, question, self.code, self.widget())
            palette = field.problem.palette()
            palette.setColor(QPalette.ColorRole.WindowText, problem_colour(palette))
            field.problem.setPalette(palette)
            self._layout.insertWidget(self._layout.count() - 1, field)
            self.fields.append(field)

    def _refresh(self) -> None:
        answers, questionnaire = self.state.answers, self.state.questionnaire
        for field in self.fields:
            shown = answers.is_relevant(questionnaire, field.question, self.code)
            if field.isVisibleTo(self) != shown:
                field.setVisible(shown)

    def _answer_changed(self, question_id: str, item_key: str) -> None:
        if item_key != self.code:
            return
        self._refresh()
        for field in self.fields:
            if field.question.id == question_id:
                field.show_problem()

    def _answer_restored(self, question_id: str, item_key: str) -> None:
        if item_key != self.code:
            return
        for field in self.fields:
            if field.question.id == question_id:
                field.reload()

    def flush(self) -> None:
        for field in self.fields:
            field.flush()

    def field(self, question_id: str) -> QuestionField:
        return next(f for f in self.fields if f.question.id == question_id)
