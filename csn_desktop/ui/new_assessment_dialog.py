"""Starting an assessment: the council (type-ahead by any of its names), period and respondent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from csn_desktop import i18n
from csn_desktop.actions.assessments import check_period
from csn_desktop.actions.directory import OrganisationChoice, find_councils
from csn_desktop.domain.periods import financial_year
from csn_desktop.errors import UserError
from csn_desktop.ui.dialogs import CheckedDialog
from csn_desktop.ui.period_input import tidy_period
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

OTHER = QT_TRANSLATE_NOOP("NewAssessmentDialog", "Another organisation (not a council)…")
# Suggestions shown at once while typing: enough to tell councils of one name apart.
SUGGESTIONS = 12
# Authority types in the words officers use; the register's own name is shown for any other.
TYPES = {
    "CC": QT_TRANSLATE_NOOP("CouncilType", "city corporation"),
    "COMB": QT_TRANSLATE_NOOP("CouncilType", "combined authority"),
    "CTY": QT_TRANSLATE_NOOP("CouncilType", "county council"),
    "LBO": QT_TRANSLATE_NOOP("CouncilType", "London borough"),
    "MD": QT_TRANSLATE_NOOP("CouncilType", "metropolitan borough"),
    "NID": QT_TRANSLATE_NOOP("CouncilType", "district council"),
    "NMD": QT_TRANSLATE_NOOP("CouncilType", "district"),
    "SCO": QT_TRANSLATE_NOOP("CouncilType", "council area"),
    "SRA": QT_TRANSLATE_NOOP("CouncilType", "Greater London Authority"),
    "UA": QT_TRANSLATE_NOOP("CouncilType", "unitary authority"),
    "WPA": QT_TRANSLATE_NOOP("CouncilType", "principal council"),
}


@dataclass(frozen=True, slots=True)
class NewAssessment:
    """What the user asked for: a council's GSS code or another organisation's name."""

    period: str
    gss_code: str | None
    other_organisation: str | None
    respondent: str | None


def council_label(council: OrganisationChoice) -> str:
    """How a council is shown: "Rother — district, East Sussex (E07000064)"."""
    kind = TYPES.get(council.type_code)
    return QCoreApplication.translate(
        "NewAssessmentDialog", "{council} — {type}, {area} ({code})"
    ).format(
        council=council.shown_name(i18n.language()),
        type=QCoreApplication.translate("CouncilType", kind) if kind else council.type_name,
        area=council.area,
        code=council.gss_code,
    )


def current_period(today: date | None = None) -> str:
    """The UK financial year containing today, such as 2026/27."""
    return financial_year(today or date.today())


class NewAssessmentDialog(CheckedDialog):
    """Asks for the organisation, period and (optionally) respondent; checks them before closing."""

    def __init__(self, councils: list[OrganisationChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.other = self.tr(OTHER)
        self.choices = councils
        self.councils = {council_label(c): c for c in councils}
        self.organisation = QComboBox(self)
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.addItem("")
        self.organisation.addItems([*self.councils, self.other])
        self.organisation.setAccessibleName(self.tr("Council"))
        line = self.organisation.lineEdit()
        if line is not None:
            line.setAccessibleName(self.tr("Council"))
        self.organisation.setAccessibleDescription(
            self.tr(
                "Type part of the council's name, official name, Welsh name or GSS code, "
                "then choose it from the list."
            )
        )
        # The suggestions are chosen here (any name, accents ignored), so the completer shows
        # them as they are instead of filtering them again by its own prefix rules.
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(SUGGESTIONS)
        self.organisation.setCompleter(completer)
        if line is not None:
            line.textEdited.connect(self._suggest)
        self.other_name = QLineEdit(self)
        self.other_name.setAccessibleName(self.tr("Name of the organisation"))
        self.period = QLineEdit(current_period(), self)
        self.period.setAccessibleName(self.tr("Period"))
        tidy_period(self.period)
        self.period.setAccessibleDescription(self.tr("A financial year such as 2026/27."))
        self.respondent = QLineEdit(self)
        self.respondent.setAccessibleName(self.tr("Respondent (optional)"))
        self.respondent.setAccessibleDescription(
            self.tr("Your name: saved as the answer to “Your name” in the first section.")
        )
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Council:"), self.organisation)
        form.addRow(self.tr("Organisation &name:"), self.other_name)
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(self.tr("&Respondent (optional):"), self.respondent)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.organisation.currentTextChanged.connect(self._organisation_changed)
        self._organisation_changed(self.organisation.currentText())

    def _suggest(self, text: str) -> None:
        found = [council_label(c) for c in find_councils(self.choices, text)[:SUGGESTIONS]]
        self.suggestions.setStringList([*found, self.other] if text.strip() else [])
        completer = self.organisation.completer()
        if completer is not None and found:
            completer.setCompletionPrefix("")
            completer.complete()

    def _organisation_changed(self, text: str) -> None:
        other = text == self.other
        self.other_name.setEnabled(other)

    def request(self) -> NewAssessment:
        """The request as entered, or UserError saying what to correct."""
        period = check_period(self.period.text())
        text = self.organisation.currentText().strip()
        respondent = self.respondent.text().strip() or None
        if text == self.other:
            name = self.other_name.text().strip()
            if not name:
                raise UserError(self.tr("Type the name of the organisation."))
            return NewAssessment(period, None, name, respondent)
        council = self.councils.get(text)
        if council is None and text:
            # Typed in full but not chosen: taken when exactly one council matches.
            found = find_councils(self.choices, text)
            council = found[0] if len(found) == 1 else None
        if council is None:
            raise UserError(self.tr("Choose a council from the list, or “Another organisation”."))
        return NewAssessment(period, council.gss_code, None, respondent)

    @classmethod
    def ask(
        cls, parent: QWidget | None, councils: list[OrganisationChoice]
    ) -> NewAssessment | None:
        dialog = cls(councils, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
