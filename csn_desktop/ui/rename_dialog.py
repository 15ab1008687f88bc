"""Correcting the period of an assessment made under the wrong one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from csn_desktop.actions.assessments import check_period
from csn_desktop.ui.dialogs import CheckedDialog


class RenameDialog(CheckedDialog):
    """Asks for the corrected period (2026/27, 2026-27 or 2026-2027 are all accepted)."""

    def __init__(self, council: str, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename the assessment"))
        self.period = QLineEdit(period, self)
        self.period.setAccessibleName(self.tr("Period"))
        self.period.selectAll()
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Rename"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        name = QLabel(council, self)
        name.setTextFormat(Qt.TextFormat.PlainText)  # a council's name is never markup
        form.addRow(self.tr("Council:"), name)
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(self.problem)
        form.addRow(buttons)

    def request(self) -> str:
        return check_period(self.period.text())

    @classmethod
    def ask(cls, parent: QWidget | None, council: str, period: str) -> str | None:
        dialog = cls(council, period, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
