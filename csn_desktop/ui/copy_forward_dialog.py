"""Continuing from a previous period: which assessment to copy and the new period."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from csn_desktop.actions.assessments import check_period
from csn_desktop.actions.home import HomeRow
from csn_desktop.domain.periods import next_period, normal_period
from csn_desktop.errors import UserError
from csn_desktop.ui.dialogs import CheckedDialog
from csn_desktop.ui.home_model import status_text
from csn_desktop.ui.new_assessment_dialog import current_period
from csn_desktop.ui.period_input import tidy_period


@dataclass(frozen=True, slots=True)
class CopyForward:
    source_id: int
    period: str


class CopyForwardDialog(CheckedDialog):
    """The answers of the chosen assessment are copied into a new draft (never the sign-off)."""

    def __init__(
        self, rows: list[HomeRow], selected: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Continue from a previous period"))
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Previous assessment"))
        for row in rows:
            status = status_text(row.status)
            text = self.tr("{council} — {period} ({status})").format(
                council=row.council, period=row.period, status=status
            )
            self.source.addItem(text, row.id)
        self.periods = {row.id: row.period for row in rows}
        if selected is not None and self.source.findData(selected) >= 0:
            self.source.setCurrentIndex(self.source.findData(selected))
        self.period = QLineEdit(self)
        self.period.setAccessibleName(self.tr("New period"))
        tidy_period(self.period)
        # The year after the source's, until the officer types another.
        self._typed = False
        self.period.textEdited.connect(self._period_typed)
        self.source.currentIndexChanged.connect(lambda _index: self._propose())
        self._propose()
        self.problem = QLabel(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Copy answers"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Copy answers from:"), self.source)
        form.addRow(self.tr("&New period:"), self.period)
        form.addRow(self.problem)
        form.addRow(buttons)

    def proposed_period(self) -> str:
        """The period after the chosen source's; the current year if it has none readable."""
        source = self.periods.get(self.source.currentData())
        normal = normal_period(source) if source else None
        return next_period(normal) if normal else current_period()

    def _propose(self) -> None:
        if not self._typed:
            self.period.setText(self.proposed_period())

    def _period_typed(self, text: str) -> None:
        self._typed = bool(text.strip())

    def request(self) -> CopyForward:
        source = self.source.currentData()
        if not isinstance(source, int):
            raise UserError(self.tr("Choose the assessment to copy."))
        return CopyForward(source, check_period(self.period.text()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, rows: list[HomeRow], selected: int | None
    ) -> CopyForward | None:
        dialog = cls(rows, selected, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
