"""The import's results, one row per file, with where a rejected file went wrong."""

from __future__ import annotations

from collections import Counter

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


def summary(results: list[FileResult]) -> str:
    counts = Counter(str(r.outcome) for r in results)
    return ", ".join(f"{n} {outcome}" for outcome, n in counts.items()) or "No files."


class ImportResultsDialog(QDialog):
    """Shows every file's outcome and message; ``ask`` is what the window calls."""

    def __init__(self, results: list[FileResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import results")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary(results), self))
        table = QTableWidget(len(results), 4, self)
        table.setHorizontalHeaderLabels(["File", "Result", "Message", "Where"])
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
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Close")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 420)

    @classmethod
    def ask(cls, parent: QWidget | None, results: list[FileResult]) -> None:
        cls(results, parent).exec()
