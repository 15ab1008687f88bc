"""Setting use, need and barriers for many selected standards at once, as one undoable step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.known_ids import BARRIERS_FIELD, NEED_FIELD, USE_STATUS_FIELD
from csn_desktop.domain.questionnaire import Question, Questionnaire
from csn_desktop.domain.values import JsonValue
from csn_desktop.ui.assessment_state import Change
from csn_desktop.ui.formats import format_number
from csn_desktop.ui.matrix_typeahead import TypeAheadCombo


def bulk_changes(
    questionnaire: Questionnaire,
    answers: Answers,
    codes: Sequence[str],
    chosen: dict[Question, JsonValue],
) -> tuple[list[Change], int]:
    """The answers to store for every row, and how many rows a chosen field does not apply to
    (barriers of a standard fully used, or with no use status yet): those keep their answer."""
    after = Answers(dict(answers.values))
    changes: list[Change] = []
    skipped: set[str] = set()
    for code in codes:
        for field, value in chosen.items():
            after.set(field.id, code, value)
            if not after.is_relevant(questionnaire, field, code):
                after.set(field.id, code, answers.get(field.id, code))
                skipped.add(code)
            elif answers.get(field.id, code) != value:
                changes.append((field.id, code, value))
    return changes, len(skipped)


class BulkSetDialog(QDialog):
    """Choose a use status, a need and barriers; "Leave as it is" keeps each row's own."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        answers: Answers,
        matrix: Question,
        codes: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.questionnaire, self.answers, self.codes = questionnaire, answers, list(codes)
        fields = {f.local_id: f for f in matrix.fields}
        self.use_field, self.need_field = fields[USE_STATUS_FIELD], fields[NEED_FIELD]
        self.barriers_field = fields[BARRIERS_FIELD]
        rows = format_number(len(self.codes))
        self.setWindowTitle(self.tr("Set answers for the selected standards"))
        intro = QLabel(
            self.tr(
                "Set the answers of the {rows} selected standards. Type the first letters of a "
                "choice to pick it; “Leave as it is” keeps each standard's own answer."
            ).format(rows=rows),
            self,
        )
        intro.setWordWrap(True)
        self.use = self._choices(self.use_field)
        self.need = self._choices(self.need_field)
        self.set_barriers = QCheckBox(self.tr("Set &barriers to the ones ticked below"), self)
        self.barriers = QListWidget(self)
        self.barriers.setAccessibleName(self.barriers_field.label)
        for choice in self.barriers_field.choices:
            item = QListWidgetItem(choice.label, self.barriers)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.barriers.setEnabled(False)
        # Every barrier in full, without a scroll bar.
        frame = 2 * self.barriers.frameWidth()
        self.barriers.setMinimumWidth(self.barriers.sizeHintForColumn(0) + frame + 8)
        self.barriers.setFixedHeight(
            self.barriers.sizeHintForRow(0) * self.barriers.count() + frame
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Set answers"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("&Use:"), self.use)
        form.addRow(self.tr("&Need:"), self.need)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.set_barriers)
        layout.addWidget(self.barriers)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.set_barriers.toggled.connect(self.barriers.setEnabled)
        for combo in (self.use, self.need):
            combo.currentIndexChanged.connect(self._update)
        self.set_barriers.toggled.connect(self._update)
        self.barriers.itemChanged.connect(self._update)
        self._update()

    def _choices(self, field: Question) -> QComboBox:
        combo = TypeAheadCombo(self)
        combo.addItem(self.tr("— Leave as it is —"), None)
        for choice in field.choices:
            combo.addItem(choice.label, choice.id)
        combo.setAccessibleName(field.label)
        return combo

    def chosen(self) -> dict[Question, JsonValue]:
        chosen: dict[Question, JsonValue] = {}
        for field, combo in ((self.use_field, self.use), (self.need_field, self.need)):
            if combo.currentData() is not None:
                chosen[field] = combo.currentData()
        if self.set_barriers.isChecked():
            ticked = [
                str(self.barriers.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(self.barriers.count())
                if self.barriers.item(n).checkState() == Qt.CheckState.Checked
            ]
            chosen[self.barriers_field] = ticked or None
        return chosen

    def changes(self) -> tuple[list[Change], int]:
        return bulk_changes(self.questionnaire, self.answers, self.codes, self.chosen())

    def _update(self) -> None:
        changes, skipped = self.changes()
        text = self.tr("Answers that will change: {count}.").format(
            count=format_number(len(changes))
        )
        if skipped:
            text += " " + self.tr(
                "Standards whose barriers are left as they are, because barriers apply only "
                "to a standard not used or partly used: {count}."
            ).format(count=format_number(skipped))
        self.summary.setText(text)
        self.ok.setEnabled(bool(changes))
