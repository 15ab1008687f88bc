"""Asks who a report across councils is for: anyone (publishable) or the network's staff."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.actions.network_reports import RESTRICTED_MARK
from csn_desktop.domain.network_figures import Audience
from csn_desktop.ui.file_language import LanguageChooser, remember_language, remembered_language
from csn_desktop.ui.formats import format_number

# The settings name under which the language of reports across councils is remembered.
NETWORK_REPORT = "network"  # not translated: a settings key


class AudienceDialog(QDialog):
    """Publishable (the default) or restricted, each explained under its button."""

    def __init__(self, parent: QWidget | None, minimum: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is the report for?"))
        self.setAccessibleName(self.tr("Who is the report for?"))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        mark = RESTRICTED_MARK
        texts = {
            Audience.PUBLISHABLE: (
                self.tr("&Publishable"),
                self.tr(
                    "For anyone: aggregates only, no council named, figures about fewer than "
                    "{minimum} councils withheld, gaps quoted only with the council's consent and "
                    "without its name. The figures are those this window shows."
                ).format(minimum=format_number(minimum)),
            ),
            Audience.RESTRICTED: (
                self.tr("&Restricted, for the network's staff"),
                self.tr(
                    "Names councils and gives every figure, per-council rows and every gap under "
                    "its council. The file name ends in “{mark}” and every page and sheet says "
                    "{mark}. Do not share it outside the network."
                ).format(mark=mark),
            ),
        }
        self.buttons: dict[Audience, QRadioButton] = {}
        for audience, (text, explained) in texts.items():
            button = QRadioButton(text, self)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(explained)
            button.setToolTip(explained)
            self.group.addButton(button)
            self.buttons[audience] = button
            words = QLabel(explained, self)
            words.setWordWrap(True)
            words.setIndent(button.sizeHint().height())
            layout.addWidget(button)
            layout.addWidget(words)
        self.buttons[Audience.PUBLISHABLE].setChecked(True)
        # The report's language: the one chosen last time, else the window's.
        self.language = LanguageChooser(self, remembered_language(NETWORK_REPORT))
        self.language.setAccessibleName(self.tr("Language of the report"))
        form = QFormLayout()
        form.addRow(self.tr("&Language of the report:"), self.language)
        layout.addLayout(form)
        box = QDialogButtonBox(self)
        ok = box.addButton(self.tr("&Continue…"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(self.tr("Continue"))
        ok.setDefault(True)
        cancel = box.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setMinimumWidth(460)
        self.buttons[Audience.PUBLISHABLE].setFocus()

    def chosen(self) -> Audience:
        if self.buttons[Audience.RESTRICTED].isChecked():
            return Audience.RESTRICTED
        return Audience.PUBLISHABLE

    def accept(self) -> None:
        remember_language(NETWORK_REPORT, self.language.chosen())
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, minimum: int) -> Audience | None:
        """Who the report is for, or None if the user cancelled (the language is remembered:
        ``report_language()``)."""
        dialog = cls(parent, minimum)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen()
        return None


def report_language() -> str:
    """The language chosen for reports across councils (see ``AudienceDialog``)."""
    return remembered_language(NETWORK_REPORT)
