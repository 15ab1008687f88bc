"""The review page: what is missing or invalid (each a link to its question), finalise, reopen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
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
from csn_desktop.domain.progress import overall_progress
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.dialogs import ConfirmDialog, MessageDialog, ReopenDialog
from csn_desktop.ui.messages import describe_error
from csn_desktop.ui.review_model import ReviewItem, ReviewModel, review_items

HISTORY_WORDS = {
    "created": "Started",
    "finalised": "Finalised",
    "reopened": "Reopened",
    "reopen_reason": "Reason for reopening",
    "answers_copied": "Answers copied forward",
    "exported": "Exported",
    "imported": "Imported",
}


class ReviewPage(QWidget):
    """Lists the problems; "Finalise" is enabled only when there are none."""

    jump_requested = Signal(str, str, str)  # section id, question id, item key

    def __init__(self, state: AssessmentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = ReviewModel()
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName("Missing and invalid answers")
        self.list.setAccessibleDescription("Press Enter on an entry to go to its question.")
        self.list.setWordWrap(True)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.finalise_button = QPushButton("&Finalise", self)
        self.finalise_button.setAccessibleName("Finalise the assessment")
        self.reopen_button = QPushButton("&Reopen…", self)
        self.reopen_button.setAccessibleName("Reopen the assessment")
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button.clicked.connect(self.reopen)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.finalise_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Review and finalise</h2>", self))
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("<b>History</b>", self))
        layout.addWidget(self.history)
        state.status_changed.connect(self.refresh)

    def refresh(self) -> None:
        state = self.state
        items = review_items(state.questionnaire, state.answers)
        self.model.set_items(items)
        progress = overall_progress(state.questionnaire, state.answers)
        if state.is_final:
            text = "This assessment is final and read-only. Reopen it to make changes."
        elif items:
            text = (
                f"{progress.answered} of {progress.required} required answers given. "
                f"{len(items)} thing(s) to do before it can be finalised:"
            )
        else:
            text = "Everything required is answered. You can finalise the assessment."
        self.summary.setText(text)
        self.finalise_button.setEnabled(not state.is_final and not items)
        self.reopen_button.setEnabled(state.is_final)
        self._show_history()

    def _show_history(self) -> None:
        try:
            entries = assessment_history(self.state.database, self.state.assessment_id)
        except Exception as error:
            self.history.setText(f"The history could not be read: {describe_error(error)}")
            return
        lines = [
            f"{e.at.astimezone().strftime('%d %b %Y %H:%M')} — "
            f"{HISTORY_WORDS.get(e.kind, e.kind)}{': ' + e.detail if e.detail else ''} ({e.actor})"
            for e in entries
        ]
        self.history.setText("\n".join(lines))

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(ReviewModel.ItemRole)
        if isinstance(item, ReviewItem):
            self.jump_requested.emit(item.section_id, item.question_id, item.item_key)

    def finalise(self) -> None:
        if not ConfirmDialog.ask(
            self,
            "Finalise",
            "Finalise this assessment? It becomes read-only until it is reopened.",
            "Finalise",
        ):
            return
        try:
            finalise(self.state.database, self.state.library, self.state.assessment_id)
        except Exception as error:
            MessageDialog.ask(self, "Could not finalise", describe_error(error))
        self.state.reload()

    def reopen(self) -> None:
        reason = ReopenDialog.ask(self)
        if reason is None:
            return
        try:
            reopen(self.state.database, self.state.assessment_id, reason)
        except Exception as error:
            MessageDialog.ask(self, "Could not reopen", describe_error(error))
        self.state.reload()
