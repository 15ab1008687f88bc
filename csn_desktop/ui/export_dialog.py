"""The export dialogs: what to export, where to write it, and what to do with the file written."""

from __future__ import annotations

import enum
import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class ExportKind(enum.Enum):
    """What can be exported; the value is the word used in messages."""

    PDF = "PDF report"
    XLSX = "Excel submission"
    TEMPLATE = "blank Excel template"

    @property
    def suffix(self) -> str:
        return ".pdf" if self is ExportKind.PDF else ".xlsx"

    @property
    def file_filter(self) -> str:
        return "PDF report (*.pdf)" if self is ExportKind.PDF else "Excel workbook (*.xlsx)"

    @property
    def needs_assessment(self) -> bool:
        return self is not ExportKind.TEMPLATE


EXPLANATIONS = {
    ExportKind.PDF: "A printable report for your leadership: summary, charts, gaps, every answer.",
    ExportKind.XLSX: "The workbook to send to the City Standards Network.",
    ExportKind.TEMPLATE: "The questionnaire as a blank workbook, for councils without this app.",
}


def suggested_name(kind: ExportKind, council: str | None = None, period: str | None = None) -> str:
    """A file name such as "Cardiff 2026-27 smart-city standards.pdf"."""
    if kind is ExportKind.TEMPLATE or council is None:
        stem = "Smart-city standards self-assessment template"
    else:
        what = "smart-city standards" + (" submission" if kind is ExportKind.XLSX else "")
        stem = f"{council} {period or ''} {what}".replace("/", "-")
    # Characters that Windows, macOS or Linux refuse in a file name.
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", stem)
    return re.sub(r"\s+", " ", stem).strip(" .") + kind.suffix


class ExportDialog(QDialog):
    """Chooses the PDF report, the Excel submission or the blank template."""

    def __init__(self, parent: QWidget | None, assessment_title: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.setAccessibleName("Export")
        about = (
            f"Export “{assessment_title}” as:"
            if assessment_title
            else "Open an assessment to export its report or submission. Without one you can "
            "export the blank template:"
        )
        intro = QLabel(about, self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[ExportKind, QRadioButton] = {}
        texts = {
            ExportKind.PDF: "&PDF report",
            ExportKind.XLSX: "&Excel submission",
            ExportKind.TEMPLATE: "&Blank Excel template",
        }
        for kind, text in texts.items():
            button = QRadioButton(text, self)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(EXPLANATIONS[kind])
            button.setToolTip(EXPLANATIONS[kind])
            button.setEnabled(assessment_title is not None or not kind.needs_assessment)
            self.group.addButton(button)
            self.buttons[kind] = button
            explanation = QLabel(EXPLANATIONS[kind], self)
            explanation.setWordWrap(True)
            explanation.setIndent(button.sizeHint().height())
            explanation.setEnabled(button.isEnabled())
            layout.addWidget(button)
            layout.addWidget(explanation)
        first = ExportKind.PDF if assessment_title is not None else ExportKind.TEMPLATE
        self.buttons[first].setChecked(True)
        box = QDialogButtonBox(self)
        self.ok = box.addButton("E&xport…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName("Export")
        self.ok.setDefault(True)
        cancel = box.addButton("Cancel", QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName("Cancel")
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.buttons[first].setFocus()

    def chosen(self) -> ExportKind:
        for kind, button in self.buttons.items():
            if button.isChecked():
                return kind
        return ExportKind.TEMPLATE

    @classmethod
    def ask(cls, parent: QWidget | None, assessment_title: str | None) -> ExportKind | None:
        """What to export, or None if the user cancelled."""
        dialog = cls(parent, assessment_title)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen()
        return None


class ExportFileDialog:
    """Asks where to write the export (the usual save dialog, asking before replacing a file)."""

    @classmethod
    def ask(cls, parent: QWidget | None, kind: ExportKind, suggested: Path) -> Path | None:
        dialog = QFileDialog(parent, f"Export the {kind.value}", str(suggested.parent))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(kind.file_filter)
        dialog.setDefaultSuffix(kind.suffix.lstrip("."))
        dialog.selectFile(suggested.name)
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, "Export")
        dialog.setLabelText(QFileDialog.DialogLabel.Reject, "Cancel")
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])


class AfterExport(enum.Enum):
    """What the user chose to do with the file written."""

    OPEN = "open"
    SHOW_IN_FOLDER = "folder"
    CLOSE = "close"


class ExportDoneDialog:
    """Says where the file was written and offers to open it or show it in its folder."""

    @classmethod
    def ask(cls, parent: QWidget | None, kind: ExportKind, path: Path) -> AfterExport:
        return ask_after_export(
            parent, f"The {kind.value} was saved as “{path.name}” in {path.parent}."
        )


def ask_after_export(parent: QWidget | None, message: str) -> AfterExport:
    """Says an export finished and asks what next: open the file, show its folder, or close."""
    box = QMessageBox(QMessageBox.Icon.Information, "Export finished", message, parent=parent)
    box.setAccessibleName("Export finished")
    choices: dict[QAbstractButton, AfterExport] = {}
    for text, role, choice in (
        ("&Open", QMessageBox.ButtonRole.ActionRole, AfterExport.OPEN),
        ("&Show in folder", QMessageBox.ButtonRole.ActionRole, AfterExport.SHOW_IN_FOLDER),
        ("Close", QMessageBox.ButtonRole.RejectRole, AfterExport.CLOSE),
    ):
        button = box.addButton(text, role)
        button.setAccessibleName(text.replace("&", ""))
        choices[button] = choice
        if choice is AfterExport.OPEN:
            box.setDefaultButton(button)
    box.exec()
    return choices.get(box.clickedButton(), AfterExport.CLOSE)
