"""An assessment shown read-only: every answer by section in questionnaire order, as words."""

from __future__ import annotations

from collections import defaultdict

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

QUESTION_WIDTH = 420


class AssessmentViewer(QDialog):
    """Sections, then questions (each standard or repeat item with its fields) and the answers."""

    def __init__(self, loaded: LoadedAssessment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        s = loaded.summary
        self.setWindowTitle(f"{s.council} — {s.period} (read-only)")
        layout = QVBoxLayout(self)
        intro = QLabel(f"{s.council} ({s.gss_code or 'no code'}), {s.period}, {s.status}. "
                       "Read-only: only the answers given are listed.", self)  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Question", "Answer"])
        self.tree.setAccessibleName(f"Answers of {s.council}, {s.period}")
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
        close.setText("Close")
        close.setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 680)

    def _fill(self) -> None:
        for section in self.loaded.questionnaire.sections:
            top = QTreeWidgetItem(self.tree, [section.title])
            top.setFirstColumnSpanned(True)
            for question in section.questions:
                if question.type is QuestionType.STANDARDS_MATRIX:
                    self._matrix(top, question)
                elif question.type is QuestionType.REPEAT_GROUP:
                    self._repeats(top, question)
                else:
                    value = self.by_question.get(question.id, {}).get("")
                    if value is not None:
                        _row(top, question.label, answer_words(question, value))
            top.setExpanded(True)
            if top.childCount() == 0:
                _row(top, "No answers in this section.", "")

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
