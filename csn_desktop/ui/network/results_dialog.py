"""The import's results, one row per file, with where a rejected file went wrong."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.imports.outcomes import FileResult
from csn_desktop.ui.formats import format_number


def summary(results: list[FileResult]) -> str:
    counts = Counter(str(r.outcome) for r in results)
    parts = [
        # TRANSLATORS: how many files had an outcome, such as "6 imported".
        QCoreApplication.translate("ImportResultsDialog", "{count} {outcome}").format(
            count=format_number(n), outcome=outcome
        )
        for outcome, n in counts.items()
    ]
    return ", ".join(parts) or QCoreApplication.translate("ImportResultsDialog", "No files.")


class ImportResultsDialog(QDialog):
    """Shows every file's outcome and message; ``ask`` is what the window calls."""

    def __init__(self, results: list[FileResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import results"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary(results), self))
        table = QTableWidget(len(results), 4, self)
        table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Result"), self.tr("Message"), self.tr("Where")]
        )
        for row, result in enumerate(results):
            cells = [
                result.path.name,
                str(result.outcome),
                result.message,
                str(result.place) if result.place else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        self.table = table
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 420)

    @classmethod
    def ask(cls, parent: QWidget | None, results: list[FileResult]) -> None:
        cls(results, parent).exec()
