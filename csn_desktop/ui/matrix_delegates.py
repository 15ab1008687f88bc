"""Editing matrix cells: a drop-down for single choices and a checkable list for barriers."""

from __future__ import annotations

from typing import Any, assert_never

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.ui.editors import KEEP_WHOLE
from csn_desktop.ui.matrix_model import ProblemRole, StandardsMatrixModel, ValueRole
from csn_desktop.ui.matrix_typeahead import TypeAheadCombo

Index = QModelIndex | QPersistentModelIndex


def problem_colour(palette: QPalette) -> QColor:
    """The palette's text colour turned red: as readable on a light base as on a dark one."""
    colour = palette.color(QPalette.ColorRole.Text)
    colour.setHsl(0, 200, 190 if colour.lightness() >= 128 else 100)
    return colour


def _field(index: Index) -> Question | None:
    model: Any = index.model()
    while model is not None and not isinstance(model, StandardsMatrixModel):
        index = model.mapToSource(index)
        model = index.model()
    return model.field_at(index.column()) if model is not None else None


class MatrixDelegate(QStyledItemDelegate):
    """Chooses the editor by the field's type; text cells use the default line edit. A cell
    whose answer is invalid or unsaved is drawn in red as well as marked "⚠"."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.data(ProblemRole):
            colour = problem_colour(option.palette)
            option.palette.setColor(QPalette.ColorRole.Text, colour)

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        field = _field(index)
        if field is None:
            return super().createEditor(parent, option, index)
        match field.type:
            case QuestionType.SINGLE_CHOICE:
                return self._choice_editor(parent, field)
            case QuestionType.MULTIPLE_CHOICE:
                return self._checklist(parent, field)
            case (
                QuestionType.TEXT
                | QuestionType.LONG_TEXT
                | QuestionType.YES_NO
                | QuestionType.NUMBER
                | QuestionType.DATE
                | QuestionType.EMAIL
                | QuestionType.URL
                | QuestionType.STANDARDS_MATRIX  # never a matrix field: the loader refuses it
                | QuestionType.REPEAT_GROUP
            ):
                editor = super().createEditor(parent, option, index)
                editor.setAccessibleName(field.label)
                if isinstance(editor, QLineEdit):
                    # Qt's default limit (32,767) would cut a long paste silently; the save
                    # refuses text over the field's limit and keeps it as a draft instead.
                    editor.setMaxLength(KEEP_WHOLE)
                return editor
            case _ as unreachable:
                assert_never(unreachable)

    def _choice_editor(self, parent: QWidget, field: Question) -> QComboBox:
        combo = TypeAheadCombo(parent)
        combo.addItem(self.tr("— Not answered —"), None)
        for choice in field.choices:
            combo.addItem(choice.label, choice.id)
        combo.setAccessibleName(field.label)
        return combo

    def _checklist(self, parent: QWidget, field: Question) -> QListWidget:
        checklist = QListWidget(parent)
        checklist.setAccessibleName(field.label)
        checklist.setAccessibleDescription(self.tr("Space ticks or unticks a choice; Enter saves."))
        for choice in field.choices:
            item = QListWidgetItem(choice.label, checklist)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        checklist.setCurrentRow(0)
        return checklist

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(ValueRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value) if value is not None else 0
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QListWidget):
            chosen = set(value) if isinstance(value, list) else set()
            for row in range(editor.count()):
                item = editor.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QListWidget):
            chosen = [
                str(editor.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(editor.count())
                if editor.item(row).checkState() == Qt.CheckState.Checked
            ]
            model.setData(index, chosen or None, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        if isinstance(editor, QListWidget):
            # The checklist drops down below the cell, tall enough for every choice.
            rect = option.rect
            height = editor.sizeHintForRow(0) * editor.count() + 2 * editor.frameWidth()
            width = max(rect.width(), editor.sizeHintForColumn(0) + 4 * editor.frameWidth())
            editor.setGeometry(rect.x(), rect.y(), width, height)
            editor.raise_()
        else:
            super().updateEditorGeometry(editor, option, index)
