"""The review page: what is missing or invalid (each a link to its question), finalise, reopen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.actions.assessments import finalise, reopen
from csn_desktop.actions.directory import assessment_history
from csn_desktop.domain.progress import invalid_answers, overall_progress, requirements
from csn_desktop.storage import audit
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.dialogs import ConfirmDialog, MessageDialog, ReopenDialog
from csn_desktop.ui.formats import format_datetime
from csn_desktop.ui.messages import describe_error
from csn_desktop.ui.review_model import ReviewItem, ReviewModel, review_items
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

# The audit trail's event kinds, as the history shows them.
HISTORY_WORDS = {
    "created": QT_TRANSLATE_NOOP("ReviewPage", "Started"),
    "finalised": QT_TRANSLATE_NOOP("ReviewPage", "Finalised"),
    "reopened": QT_TRANSLATE_NOOP("ReviewPage", "Reopened"),
    audit.REOPEN_REASON: QT_TRANSLATE_NOOP("ReviewPage", "Reason for reopening"),
    audit.ANSWERS_COPIED: QT_TRANSLATE_NOOP("ReviewPage", "Answers copied forward"),
    "exported": QT_TRANSLATE_NOOP("ReviewPage", "Exported"),
    "imported": QT_TRANSLATE_NOOP("ReviewPage", "Imported from"),
    audit.RECEIVED_AGAIN: QT_TRANSLATE_NOOP("ReviewPage", "Received again (a duplicate)"),
    audit.SUPERSEDED: QT_TRANSLATE_NOOP("ReviewPage", "Replaced by a newer submission"),
    audit.REVISED: QT_TRANSLATE_NOOP("ReviewPage", "Revised by a newer submission"),
    audit.DECISION_NEEDED: QT_TRANSLATE_NOOP("ReviewPage", "Waiting for the network's decision"),
    audit.MADE_CURRENT: QT_TRANSLATE_NOOP("ReviewPage", "Made the current version"),
    audit.KEPT_OLDER: QT_TRANSLATE_NOOP("ReviewPage", "Older version kept"),
    audit.WITHDRAWN: QT_TRANSLATE_NOOP("ReviewPage", "Withdrawn from the figures"),
    audit.REINSTATED: QT_TRANSLATE_NOOP("ReviewPage", "Returned to the figures"),
    "answers_edited": QT_TRANSLATE_NOOP("ReviewPage", "Answers saved"),
}
# How an assessment was started, from the "created" event's last word (the stored origin).
STARTED_WORDS = {
    "local": QT_TRANSLATE_NOOP("ReviewPage", "Started on this computer"),
    "imported": QT_TRANSLATE_NOOP("ReviewPage", "Started from an imported submission"),
}


class ReviewPage(QWidget):
    """Lists the problems; "Finalise" is enabled only when there are none."""

    jump_requested = Signal(str, str, str)  # section id, question id, item key

    def __init__(self, state: AssessmentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ReviewModel()
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Missing and invalid answers"))
        self.list.setAccessibleDescription(
            self.tr("Press Enter on an entry to go to its question.")
        )
        self.list.setWordWrap(True)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        # Alt+F is the File menu's, Alt+R the Reopen button's: Fi&nalise, not &Finalise.
        self.finalise_button = QPushButton(self.tr("Fi&nalise"), self)
        self.finalise_button.setAccessibleName(self.tr("Finalise the assessment"))
        self.reopen_button = QPushButton(self.tr("&Reopen…"), self)
        self.reopen_button.setAccessibleName(self.tr("Reopen the assessment"))
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button.clicked.connect(self.reopen)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.finalise_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Review and finalise</h2>"), self))
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("<b>History</b>"), self))
        layout.addWidget(self.history)
        state.status_changed.connect(self.refresh)

    def refresh(self) -> None:
        state = self.state
        items = review_items(state.questionnaire, state.answers)
        self.model.set_items(items)
        progress = overall_progress(state.questionnaire, state.answers)
        if state.is_final:
            text = self.tr("This assessment is final and read-only. Reopen it to make changes.")
        elif items:
            text = self._to_do(progress.answered, progress.required)
        else:
            text = self.tr("Everything required is answered. You can finalise the assessment.")
        self.summary.setText(text)
        self.finalise_button.setEnabled(not state.is_final and not items)
        self.reopen_button.setEnabled(state.is_final)
        self._show_history()
        if items and not self.list.currentIndex().isValid():
            # Enter on the list goes to the first problem without choosing it first.
            self.list.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _to_do(self, answered: int, required: int) -> str:
        """ "6 required answers are missing. 1 answer needs correcting." in whole sentences."""
        questionnaire, answers = self.state.questionnaire, self.state.answers
        missing = sum(1 for r in requirements(questionnaire, answers) if not r.answered)
        invalid = len(invalid_answers(questionnaire, answers))
        sentences = [
            self.tr("{answered} of %n required answers given.", "", required).format(
                answered=answered
            )
        ]
        if missing:
            sentences.append(self.tr("%n required answers are missing.", "", missing))
        if invalid:
            sentences.append(self.tr("%n answers need correcting.", "", invalid))
        sentences.append(self.tr("Press Enter on an entry below to go to it."))
        return " ".join(sentences)

    def _show_history(self) -> None:
        try:
            entries = assessment_history(self.state.database, self.state.assessment_id)
        except Exception as error:
            self.history.setText(
                self.tr("The history could not be read: {reason}").format(
                    reason=describe_error(error)
                )
            )
            return
        lines = [self._history_line(e.at, e.kind, e.detail, e.actor) for e in entries]
        self.history.setText("\n".join(lines))

    def _history_line(self, at: datetime, kind: str, detail: str, actor: str) -> str:
        what = self.tr(HISTORY_WORDS[kind]) if kind in HISTORY_WORDS else kind
        if kind == audit.CREATED:
            what, detail = self._started(detail)
        # The actor is the computer's user name ("unknown" where the system cannot say).
        if detail:
            return self.tr("{when} — {what}: {detail}, by {who}").format(
                when=format_datetime(at), what=what, detail=detail, who=actor
            )
        return self.tr("{when} — {what}, by {who}").format(
            when=format_datetime(at), what=what, who=actor
        )

    def _started(self, detail: str) -> tuple[str, str]:
        """ "csn-smart-city-standards v2, 2026/27, local" in plain words: how, and for what."""
        parts = detail.split(", ")  # written by storage.assessments.create_assessment
        if len(parts) != 3 or parts[2] not in STARTED_WORDS:
            return self.tr(HISTORY_WORDS[audit.CREATED]), detail
        version = parts[0].rpartition(" v")[2]
        return self.tr(STARTED_WORDS[parts[2]]), self.tr(
            "{period}, questionnaire version {version}"
        ).format(period=parts[1], version=version)

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(ReviewModel.ItemRole)
        if isinstance(item, ReviewItem):
            self.jump_requested.emit(item.section_id, item.question_id, item.item_key)

    def finalise(self) -> None:
        if not ConfirmDialog.ask(
            self,
            self.tr("Finalise"),
            self.tr("Finalise this assessment? It becomes read-only until it is reopened."),
            self.tr("Finalise"),
        ):
            return
        try:
            finalise(self.state.database, self.state.library, self.state.assessment_id)
        except Exception as error:
            MessageDialog.ask(self, self.tr("Could not finalise"), describe_error(error))
        self.state.reload()

    def reopen(self) -> None:
        reason = ReopenDialog.ask(self)
        if reason is None:
            return
        try:
            reopen(self.state.database, self.state.assessment_id, reason)
        except Exception as error:
            MessageDialog.ask(self, self.tr("Could not reopen"), describe_error(error))
        self.state.reload()
