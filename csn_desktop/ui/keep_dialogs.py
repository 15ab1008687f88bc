"""Questions asked before work could be lost or duplicated: unsaved text, a second assessment."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from csn_desktop.ui.formats import format_number

if TYPE_CHECKING:
    from csn_desktop.ui.assessment_state import AssessmentState


class UnsavedDialog:
    """Asks before an assessment with unsaved text closes: True to close anyway."""

    @classmethod
    def ask(cls, parent: QWidget | None, fields: list[str]) -> bool:
        # A list, not "%n answer(s)": it reads the same for one answer or many, in any language.
        text = QCoreApplication.translate(
            "UnsavedDialog", "These answers could not be saved (marked “⚠ Not saved”):"
        )
        listed = "\n".join(f"• {field}" for field in fields[:8])
        if len(fields) > 8:
            more = format_number(len(fields) - 8)
            listed += "\n" + QCoreApplication.translate(
                "UnsavedDialog", "… and {count} more"
            ).format(count=more)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("UnsavedDialog", "Some answers are not saved"),
            f"{text}\n{listed}",
            parent=parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # question labels and names are not markup
        box.setInformativeText(
            QCoreApplication.translate(
                "UnsavedDialog",
                "Their text is kept on this computer either way, and shown again when you "
                "open this assessment, but it is not part of the answers until you correct it.",
            )
        )
        keep = box.addButton(
            QCoreApplication.translate("UnsavedDialog", "Keep editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        close = box.addButton(
            QCoreApplication.translate("UnsavedDialog", "Close anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is close


class DuplicateChoice(Enum):
    OPEN_EXISTING = "open"
    CREATE_ANOTHER = "create"


class DuplicateDialog:
    """Warns that the council already has an assessment for the period; None means cancel."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> DuplicateChoice | None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate(
                "DuplicateDialog", "There is already an assessment for this period"
            ),
            message,
            parent=parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a council's name is not markup
        open_ = box.addButton(
            QCoreApplication.translate("DuplicateDialog", "Open the existing one"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        create = box.addButton(
            QCoreApplication.translate("DuplicateDialog", "Create another anyway"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        cancel = box.addButton(
            QCoreApplication.translate("DuplicateDialog", "Cancel"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(open_)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_:
            return DuplicateChoice.OPEN_EXISTING
        if clicked is create:
            return DuplicateChoice.CREATE_ANOTHER
        return None


def unsaved_fields(state: AssessmentState) -> list[str]:
    """The questions whose typed text is not saved, as the officer knows them."""
    fields = []
    for key in state.unsaved:
        label = (
            state.questionnaire.question(key.question_id).label
            if state.questionnaire.has_question(key.question_id)
            else key.question_id
        )
        fields.append(f"{label} — {key.item_key}" if key.item_key else label)
    return fields


def create_unless_duplicate(parent: QWidget | None, create: Callable[[bool], int]) -> int | None:
    """``create(False)``; if that would duplicate an assessment, ask: open the existing one
    (returns its id), create another (``create(True)``), or cancel (None)."""
    from csn_desktop.actions.assessments import DuplicateAssessment

    try:
        return create(False)
    except DuplicateAssessment as duplicate:
        choice = DuplicateDialog.ask(parent, str(duplicate))
        if choice is DuplicateChoice.OPEN_EXISTING:
            return duplicate.existing_id
        if choice is DuplicateChoice.CREATE_ANOTHER:
            return create(True)
        return None
