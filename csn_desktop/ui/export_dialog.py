"""The export dialogs: what to export, where to write it, and what to do with the file written."""

from __future__ import annotations

import enum
import re
from pathlib import Path
from typing import NamedTuple, assert_never

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.ui.file_language import LanguageChooser, remember_language, remembered_language
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP


class ExportKind(enum.Enum):
    """What can be exported."""

    PDF = "pdf"
    XLSX = "xlsx"
    TEMPLATE = "template"

    @property
    def suffix(self) -> str:
        return ".pdf" if self is ExportKind.PDF else ".xlsx"

    @property
    def file_filter(self) -> str:
        if self is ExportKind.PDF:
            return QCoreApplication.translate("ExportKind", "PDF report (*.pdf)")
        return QCoreApplication.translate("ExportKind", "Excel workbook (*.xlsx)")

    @property
    def needs_assessment(self) -> bool:
        return self is not ExportKind.TEMPLATE

    def language(self, settings: QSettings | None = None) -> str:
        """The language this kind of file was last written in, else the window's."""
        return remembered_language(self.value, bilingual=self is ExportKind.PDF, settings=settings)


EXPLANATIONS = {
    ExportKind.PDF: QT_TRANSLATE_NOOP(
        "ExportKind", "A printable report for your leadership: summary, charts, gaps, every answer."
    ),
    ExportKind.XLSX: QT_TRANSLATE_NOOP(
        "ExportKind", "The workbook to send to the City Standards Network."
    ),
    ExportKind.TEMPLATE: QT_TRANSLATE_NOOP(
        "ExportKind", "The questionnaire as a blank workbook, for councils without this app."
    ),
}


def explanation(kind: ExportKind) -> str:
    return QCoreApplication.translate("ExportKind", EXPLANATIONS[kind])


class ExportTexts(NamedTuple):
    """The sentences about one kind of export, whole (so that each language can word them)."""

    writing: str  # the progress dialog's label, "Writing the PDF report…"
    failed: str  # the title of the message when it failed
    choose_file: str  # the title of the save dialog
    saved: str  # with {name} and {folder}


def export_texts(kind: ExportKind) -> ExportTexts:
    match kind:
        case ExportKind.PDF:
            return ExportTexts(
                QCoreApplication.translate("ExportKind", "Writing the PDF report…"),
                QCoreApplication.translate("ExportKind", "The PDF report could not be exported"),
                QCoreApplication.translate("ExportKind", "Export the PDF report"),
                QCoreApplication.translate(
                    "ExportKind", "The PDF report was saved as “{name}” in {folder}."
                ),
            )
        case ExportKind.XLSX:
            return ExportTexts(
                QCoreApplication.translate("ExportKind", "Writing the Excel submission…"),
                QCoreApplication.translate(
                    "ExportKind", "The Excel submission could not be exported"
                ),
                QCoreApplication.translate("ExportKind", "Export the Excel submission"),
                QCoreApplication.translate(
                    "ExportKind", "The Excel submission was saved as “{name}” in {folder}."
                ),
            )
        case ExportKind.TEMPLATE:
            return ExportTexts(
                QCoreApplication.translate("ExportKind", "Writing the blank Excel template…"),
                QCoreApplication.translate(
                    "ExportKind", "The blank Excel template could not be exported"
                ),
                QCoreApplication.translate("ExportKind", "Export the blank Excel template"),
                QCoreApplication.translate(
                    "ExportKind", "The blank Excel template was saved as “{name}” in {folder}."
                ),
            )
        case _ as unreachable:
            assert_never(unreachable)


def suggested_name(kind: ExportKind, council: str | None = None, period: str | None = None) -> str:
    """A file name such as "Cardiff 2026-27 smart-city standards.pdf"."""
    if kind is ExportKind.TEMPLATE or council is None:
        stem = QCoreApplication.translate(
            "ExportFileName", "Smart-city standards self-assessment template"
        )
    elif kind is ExportKind.XLSX:
        stem = QCoreApplication.translate(
            "ExportFileName", "{council} {period} smart-city standards submission"
        )
    else:
        stem = QCoreApplication.translate(
            "ExportFileName", "{council} {period} smart-city standards"
        )
    stem = stem.format(council=council, period=period or "").replace("/", "-")
    # Characters that Windows, macOS or Linux refuse in a file name.
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", stem)
    return re.sub(r"\s+", " ", stem).strip(" .") + kind.suffix


class ExportDialog(QDialog):
    """Chooses the PDF report, the Excel submission or the blank template."""

    def __init__(
        self,
        parent: QWidget | None,
        assessment_title: str | None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export"))
        about = (
            self.tr("Export “{title}” as:").format(title=assessment_title)
            if assessment_title
            else self.tr(
                "Open an assessment to export its report or submission. Without one you can "
                "export the blank template:"
            )
        )
        intro = QLabel(about, self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[ExportKind, QRadioButton] = {}
        texts = {
            ExportKind.PDF: self.tr("&PDF report"),
            ExportKind.XLSX: self.tr("&Excel submission"),
            ExportKind.TEMPLATE: self.tr("&Blank Excel template"),
        }
        for kind, text in texts.items():
            button = QRadioButton(text, self)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(explanation(kind))
            button.setToolTip(explanation(kind))
            button.setEnabled(assessment_title is not None or not kind.needs_assessment)
            self.group.addButton(button)
            self.buttons[kind] = button
            explained = QLabel(explanation(kind), self)
            explained.setWordWrap(True)
            explained.setIndent(button.sizeHint().height())
            explained.setEnabled(button.isEnabled())
            layout.addWidget(button)
            layout.addWidget(explained)
        first = ExportKind.PDF if assessment_title is not None else ExportKind.TEMPLATE
        self.buttons[first].setChecked(True)
        # The file's language, remembered for each kind of file (the window's at first).
        self.language = LanguageChooser(self, first.language(settings), bilingual=True)
        self.language.setAccessibleName(self.tr("Language of the file"))
        self.group.buttonToggled.connect(self._kind_changed)
        self._kind_changed()
        form = QFormLayout()
        form.addRow(self.tr("&Language of the file:"), self.language)
        layout.addLayout(form)
        box = QDialogButtonBox(self)
        self.ok = box.addButton(self.tr("E&xport…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(self.tr("Export"))
        self.ok.setDefault(True)
        cancel = box.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.buttons[first].setFocus()

    def chosen(self) -> ExportKind:
        for kind, button in self.buttons.items():
            if button.isChecked():
                return kind
        return ExportKind.TEMPLATE

    def _kind_changed(self) -> None:
        kind = self.chosen()
        self.language.offer(kind.language(self.settings), bilingual=kind is ExportKind.PDF)

    def accept(self) -> None:
        remember_language(self.chosen().value, self.language.chosen(), self.settings)
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        assessment_title: str | None,
        settings: QSettings | None = None,
    ) -> ExportKind | None:
        """What to export, or None if the user cancelled; the file's language is remembered
        in ``settings`` (see ``ExportKind.language``)."""
        dialog = cls(parent, assessment_title, settings)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen()
        return None


class ExportFileDialog:
    """Asks where to write the export (the usual save dialog, asking before replacing a file)."""

    @classmethod
    def ask(cls, parent: QWidget | None, kind: ExportKind, suggested: Path) -> Path | None:
        dialog = QFileDialog(parent, export_texts(kind).choose_file, str(suggested.parent))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(kind.file_filter)
        dialog.setDefaultSuffix(kind.suffix.lstrip("."))
        dialog.selectFile(suggested.name)
        dialog.setLabelText(
            QFileDialog.DialogLabel.Accept, QCoreApplication.translate("ExportFileDialog", "Export")
        )
        dialog.setLabelText(
            QFileDialog.DialogLabel.Reject, QCoreApplication.translate("ExportFileDialog", "Cancel")
        )
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
        saved = export_texts(kind).saved.format(name=path.name, folder=path.parent)
        return ask_after_export(parent, saved)


def ask_after_export(parent: QWidget | None, message: str) -> AfterExport:
    """Says an export finished and asks what next: open the file, show its folder, or close."""
    title = QCoreApplication.translate("ExportDoneDialog", "Export finished")
    box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=parent)
    box.setAccessibleName(title)
    choices: dict[QAbstractButton, AfterExport] = {}
    for text, role, choice in (
        (
            QCoreApplication.translate("ExportDoneDialog", "&Open"),
            QMessageBox.ButtonRole.ActionRole,
            AfterExport.OPEN,
        ),
        (
            QCoreApplication.translate("ExportDoneDialog", "&Show in folder"),
            QMessageBox.ButtonRole.ActionRole,
            AfterExport.SHOW_IN_FOLDER,
        ),
        (
            QCoreApplication.translate("ExportDoneDialog", "Close"),
            QMessageBox.ButtonRole.RejectRole,
            AfterExport.CLOSE,
        ),
    ):
        button = box.addButton(text, role)
        button.setAccessibleName(text.replace("&", ""))
        choices[button] = choice
        if choice is AfterExport.OPEN:
            box.setDefaultButton(button)
    box.exec()
    return choices.get(box.clickedButton(), AfterExport.CLOSE)
