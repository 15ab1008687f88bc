"""The open assessment as the window sees it: answers, autosave through actions, and its signals."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from csn_desktop.actions.assessments import LoadedAssessment, load_assessment, save_answer
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.status import Status
from csn_desktop.domain.values import JsonValue
from csn_desktop.storage.database import Database
from csn_desktop.ui.formats import format_time
from csn_desktop.ui.messages import describe_error


class AssessmentState(QObject):
    """Holds one loaded assessment; every change goes through ``save`` (one transaction each)."""

    # question id, item key: the answer changed (saved or not).
    answer_changed = Signal(str, str)
    # "Saved 12:03:04" after a save (translated); the reason after a failure.
    saved = Signal(str)
    save_failed = Signal(str, str, str)
    # The assessment became final or draft.
    status_changed = Signal()

    def __init__(
        self, database: Database, library: QuestionnaireLibrary, loaded: LoadedAssessment
    ) -> None:
        super().__init__()
        self.database = database
        self.library = library
        self.loaded = loaded
        # Answers given but not stored, with the reason; they stay visibly unsaved.
        self.unsaved: dict[AnswerKey, str] = {}

    @property
    def questionnaire(self) -> Questionnaire:
        return self.loaded.questionnaire

    @property
    def answers(self) -> Answers:
        return self.loaded.answers

    @property
    def assessment_id(self) -> int:
        return self.loaded.summary.id

    @property
    def is_final(self) -> bool:
        return self.loaded.summary.status == Status.FINAL

    @property
    def title(self) -> str:
        summary = self.loaded.summary
        return self.tr("{council} — {period}").format(
            council=summary.council, period=summary.period
        )

    def value(self, question_id: str, item_key: str = "") -> JsonValue:
        return self.answers.get(question_id, item_key)

    def save(self, question_id: str, item_key: str, value: JsonValue) -> bool:
        """Store one answer now; on failure keep it shown, mark it unsaved and say why."""
        key = AnswerKey(question_id, item_key)
        # An empty editor flushed on closing is no answer, as stored: no save, no new time.
        unchanged = self.answers.get(question_id, item_key) == (
            None if value in ("", []) else value
        )
        if unchanged and key not in self.unsaved:
            return True
        try:
            stored = save_answer(
                self.database, self.questionnaire, self.assessment_id, question_id, item_key, value
            )
        except Exception as error:
            reason = describe_error(error)
            self.unsaved[key] = reason
            self.answers.set(question_id, item_key, value)
            self.answer_changed.emit(question_id, item_key)
            self.save_failed.emit(question_id, item_key, reason)
            return False
        self.unsaved.pop(key, None)
        self.answers.set(question_id, item_key, stored)
        self.answer_changed.emit(question_id, item_key)
        self.saved.emit(self.tr("Saved {time}").format(time=format_time(datetime.now(UTC))))
        return True

    def unsaved_reason(self, question_id: str, item_key: str = "") -> str | None:
        return self.unsaved.get(AnswerKey(question_id, item_key))

    def reload(self) -> None:
        """Read the assessment again (after finalising or reopening)."""
        self.loaded = load_assessment(self.database, self.library, self.assessment_id)
        self.unsaved.clear()
        self.status_changed.emit()
