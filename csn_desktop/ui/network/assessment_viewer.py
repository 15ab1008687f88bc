"""An assessment shown read-only: every answer by section in questionnaire order, as words."""

from __future__ import annotations

from collections import defaultdict
from typing import assert_never

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.actions.assessments import LoadedAssessment
from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.domain.values import JsonValue
from csn_desktop.exports.choices import answer_words
from csn_desktop.ui.home_model import status_text

QUESTION_WIDTH = 420


class AssessmentViewer(QDialog):
    """Sections, then questions (each standard or repeat item with its fields) and the answers."""

    def __init__(self, loaded: LoadedAssessment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        s = loaded.summary
        self.setWindowTitle(
            self.tr("{council} — {period} (read-only)").format(council=s.council, period=s.period)
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{council} ({code}), {period}, {status}. "
                "Read-only: only the answers given are listed."
            ).format(
                council=s.council,
                code=s.gss_code or self.tr("no code"),
                period=s.period,
                status=status_text(s.status),
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Answer")])
        self.tree.setAccessibleName(
            self.tr("Answers of {council}, {period}").format(council=s.council, period=s.period)
        )
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.resizeSection(0, QUESTION_WIDTH)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.loaded = loaded
        self.by_question: dict[str, dict[str, JsonValue]] = defaultdict(dict)
        for key, value in loaded.answers:
            self.by_question[key.question_id][key.item_key] = value
        self._fill()
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 680)

    def _fill(self) -> None:
        for section in self.loaded.questionnaire.sections:
            top = QTreeWidgetItem(self.tree, [section.title])
            top.setFirstColumnSpanned(True)
            for question in section.questions:
                self._question(top, question)
            top.setExpanded(True)
            if top.childCount() == 0:
                _row(top, self.tr("No answers in this section."), "")

    def _question(self, top: QTreeWidgetItem, question: Question) -> None:
        match question.type:
            case QuestionType.STANDARDS_MATRIX:
                self._matrix(top, question)
            case QuestionType.REPEAT_GROUP:
                self._repeats(top, question)
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
                value = self.by_question.get(question.id, {}).get("")
                if value is not None:
                    _row(top, question.label, answer_words(question, value))
            case _ as unreachable:
                assert_never(unreachable)

    def _matrix(self, top: QTreeWidgetItem, question: Question) -> None:
        q = self.loaded.questionnaire
        answered = {key for f in question.fields for key in self.by_question.get(f.id, {})}
        for standard in q.standards:
            if standard.code not in answered:
                continue
            item = _row(top, f"{standard.code} — {standard.title}", "")
            words = self._fields(item, question, standard.code)
            item.setText(1, " · ".join(words[:2]))  # use and need; expand for the rest

    def _repeats(self, top: QTreeWidgetItem, question: Question) -> None:
        keys = {key for f in question.fields for key in self.by_question.get(f.id, {})}
        for n, key in enumerate(sorted(keys, key=lambda k: (len(k), k)), start=1):
            item = _row(top, f"{question.column_label} {n}", "")
            item.setFirstColumnSpanned(True)
            self._fields(item, question, key)
            item.setExpanded(True)

    def _fields(self, item: QTreeWidgetItem, question: Question, key: str) -> list[str]:
        words = []
        for field in question.fields:
            value = self.by_question.get(field.id, {}).get(key)
            if value is not None:
                words.append(f"{field.column_label}: {answer_words(field, value)}")
                _row(item, field.column_label, answer_words(field, value))
        return words


def _row(parent: QTreeWidgetItem, question: str, answer: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem(parent, [question, answer])
    item.setToolTip(0, question)
    item.setToolTip(1, answer)
    return item
