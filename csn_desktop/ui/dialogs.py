"""Dialogs that ask the user something; each has a classmethod ``ask`` that tests can replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.errors import UserError


class CheckedDialog(QDialog):
    """A form that stays open, showing the reason in ``problem``, until ``request()`` accepts it."""

    problem: QLabel

    def request(self) -> object:
        """The user's request from the fields; raises UserError saying what to correct."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.request()
        except UserError as error:
            self.problem.setText(self.tr("⚠ {problem}").format(problem=error))
            return
        super().accept()


class ConfirmDialog:
    """A yes-or-no question."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, confirm: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it may name a council or quote an answer
        yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(
            QCoreApplication.translate("ConfirmDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes


class MessageDialog:
    """Tells the user something went wrong, and what to do."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.addButton(
            QCoreApplication.translate("MessageDialog", "OK"), QMessageBox.ButtonRole.AcceptRole
        )
        if details:
            box.setDetailedText(details)
        box.exec()


class ReasonDialog(QDialog):
    """Asks why, in a few words that go into the audit trail; OK only once something is typed."""

    def __init__(
        self, title: str, text: str, field: str, action: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(field)
        label.setBuddy(self.reason)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(
            QCoreApplication.translate("ReasonDialog", "Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(self.given() is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def given(self) -> str | None:
        """The reason typed, or None when there is none."""
        return self.reason.toPlainText().strip() or None

    def answer(self) -> str | None:
        """Shows the dialog: the reason given, or None if the user cancelled."""
        return self.given() if self.exec() == QDialog.DialogCode.Accepted else None


class ReopenDialog(ReasonDialog):
    """Asks why a final assessment is being reopened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Reopen the assessment"),
            self.tr(
                "This assessment is final. Say why it is being reopened; the reason is recorded "
                "in its history."
            ),
            self.tr("Reason for reopening"),
            self.tr("Reopen"),
            parent,
        )

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The reason given, or None if the user cancelled."""
        return cls(parent).answer()


class WithdrawDialog(ReasonDialog):
    """Asks why an assessment is left out of the figures."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Withdraw from the figures"),
            self.tr(
                "{what} will be left out of every figure and export. Every version is kept, and "
                "you can return it to the figures at any time. Say why; the reason is recorded "
                "in its history."
            ).format(what=what),
            self.tr("Reason for withdrawing"),
            self.tr("Withdraw"),
            parent,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> str | None:
        """The reason given, or None if the user cancelled."""
        return cls(what, parent).answer()
