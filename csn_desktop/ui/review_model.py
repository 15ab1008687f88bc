"""What stands between an assessment and finalising: missing and invalid answers, listed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.progress import invalid_answers, missing_answers
from csn_desktop.domain.questionnaire import Questionnaire, QuestionType

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A missing or invalid answer and where it is."""

    section_id: str
    question_id: str
    item_key: str
    text: str


def review_items(questionnaire: Questionnaire, answers: Answers) -> list[ReviewItem]:
    """Missing required answers, then invalid ones, each described in plain words."""
    items = [
        ReviewItem(
            r.section_id,
            r.question_id,
            r.item_key,
            _missing(questionnaire, r.question_id).format(
                where=_where(questionnaire, r.question_id, r.item_key, answers)
            ),
        )
        for r in missing_answers(questionnaire, answers)
    ]
    items += [
        ReviewItem(
            i.section_id,
            i.question_id,
            i.item_key,
            QCoreApplication.translate("ReviewModel", "{where}: {reason}").format(
                where=_where(questionnaire, i.question_id, i.item_key, answers), reason=i.reason
            ),
        )
        for i in invalid_answers(questionnaire, answers)
    ]
    return items


def _missing(questionnaire: Questionnaire, question_id: str) -> str:
    """The sentence for a missing answer, with {where} still to fill in."""
    if questionnaire.question(question_id).type is QuestionType.REPEAT_GROUP:
        return QCoreApplication.translate("ReviewModel", "{where}: add at least one")
    return QCoreApplication.translate("ReviewModel", "{where}: not answered")


def _where(questionnaire: Questionnaire, question_id: str, item_key: str, answers: Answers) -> str:
    section = questionnaire.section_of(question_id)
    question = questionnaire.question(question_id)
    parent = questionnaire.parent_of(question)
    if parent is None or item_key == NO_ITEM:
        return f"{section.title} — {question.label}"
    if parent.type is QuestionType.STANDARDS_MATRIX:
        return f"{section.title} — {item_key} — {question.label}"
    number = (
        answers.item_keys(parent).index(item_key) + 1
        if item_key in answers.item_keys(parent)
        else item_key
    )
    return f"{section.title} — {parent.label} {number} — {question.label}"


class ReviewModel(QAbstractListModel):
    """The review list; the data of ``ItemRole`` is the ReviewItem, to jump to its question."""

    ItemRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.items: list[ReviewItem] = []

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Press Enter or double-click to go to this question.")
        if role == self.ItemRole:
            return item
        return None
