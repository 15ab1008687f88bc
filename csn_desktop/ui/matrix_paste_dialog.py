"""The preview of a paste into the matrix: every answer that will change, and what was refused."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.domain.matrix_paste import PastePlan
from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.domain.values import JsonValue
from csn_desktop.ui.formats import format_number


def shown_value(field: Question, value: JsonValue) -> str:
    """A stored value as the matrix shows it: choice labels, barriers joined by semicolons."""
    if value is None:
        return ""
    if field.type is QuestionType.SINGLE_CHOICE and isinstance(value, str):
        return field.choice_label(value)
    if isinstance(value, list):
        return "; ".join(field.choice_label(str(v)) for v in value)
    return str(value)


class PastePreviewDialog(QDialog):
    """Nothing is stored until "Paste" is pressed; then all of it, as one undoable step."""

    def __init__(self, matrix: Question, plan: PastePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Paste into the standards matrix"))
        fields = {f.id: f for f in matrix.fields}
        how = (
            self.tr("Rows matched by the standard's code or title in the first column.")
            if plan.by_rows
            else self.tr("Pasted straight into the cells, from the current cell.")
        )
        summary = QLabel(
            " ".join(
                [
                    how,
                    self.tr("Answers that will change: {count}.").format(
                        count=format_number(len(plan.changes))
                    ),
                    self.tr("Lines or cells refused: {count}.").format(
                        count=format_number(len(plan.refused))
                    )
                    if plan.refused
                    else "",
                ]
            ),
            self,
        )
        summary.setWordWrap(True)
        self.changes = self._table(
            [self.tr("Standard"), self.tr("Column"), self.tr("Now"), self.tr("After the paste")],
            [
                [
                    c.code,
                    fields[c.field_id].column_label,
                    shown_value(fields[c.field_id], c.old) or self.tr("(no answer)"),
                    shown_value(fields[c.field_id], c.new),
                ]
                for c in plan.changes
            ],
        )
        self.changes.setAccessibleName(self.tr("Answers that will change"))
        self.refused = self._table(
            [self.tr("Line"), self.tr("Text"), self.tr("Why it was refused")],
            [[format_number(r.line), r.text, r.reason] for r in plan.refused],
        )
        self.refused.setAccessibleName(self.tr("Lines and cells refused"))
        buttons = QDialogButtonBox(self)
        self.paste = buttons.addButton(
            self.tr("&Paste these answers"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.paste.setEnabled(bool(plan.changes))
        self.paste.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Will change:"), self))
        layout.addWidget(self.changes, 2)
        refused_label = QLabel(self.tr("Refused (nothing is stored for these):"), self)
        layout.addWidget(refused_label)
        layout.addWidget(self.refused, 1)
        refused_label.setVisible(bool(plan.refused))
        self.refused.setVisible(bool(plan.refused))
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 28)

    def _table(self, headers: list[str], rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        return table
