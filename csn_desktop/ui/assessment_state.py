"""The open assessment as the window sees it: answers, autosave through actions, and its signals."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from csn_desktop import i18n
from csn_desktop.actions.answer_drafts import keep_draft
from csn_desktop.actions.assessments import (
    LoadedAssessment,
    load_assessment,
    save_answer,
    save_answers,
)
from csn_desktop.actions.earlier_period import earlier_period
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.organisation_names import local_name
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.status import Status
from csn_desktop.domain.validation import validate_value
from csn_desktop.domain.values import JsonValue
from csn_desktop.storage.database import Database
from csn_desktop.ui.formats import format_time
from csn_desktop.ui.messages import describe_error

log = logging.getLogger(__name__)

# An undo step's id for QUndoCommand.mergeWith: consecutive saves of one field are one step.
_ONE_FIELD = 1

Change = tuple[str, str, JsonValue]


class AnswerStep(QUndoCommand):
    """Answers changed together (one field, a bulk change, a paste): undone and redone as one.

    The change is already stored when the step is pushed, so its first ``redo`` does nothing.
    """

    def __init__(
        self, state: AssessmentState, text: str, before: list[Change], after: list[Change]
    ) -> None:
        super().__init__(text)
        self.state = state
        self.before = before
        self.after = after
        self._pushed = False

    def id(self) -> int:
        return _ONE_FIELD if len(self.after) == 1 else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        # Typing saves a field every pause; undo takes back the whole edit of that field.
        if not isinstance(other, AnswerStep) or len(other.after) != 1 or len(self.after) != 1:
            return False
        if other.after[0][:2] != self.after[0][:2]:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._pushed:
            self.state.restore(self.after)
        self._pushed = True

    def undo(self) -> None:
        self.state.restore(self.before)


class AssessmentState(QObject):
    """Holds one loaded assessment; every change goes through ``save`` (one transaction each)
    or ``save_many`` (one transaction for all), and is recorded on ``undo_stack``."""

    # question id, item key: the answer changed (saved or not).
    answer_changed = Signal(str, str)
    # question id, item key: the answer was changed from outside its editor (undo, redo, a bulk
    # change or a paste): editors showing it must show the stored value again.
    answer_restored = Signal(str, str)
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
        # Answers given but not stored, with the reason; they stay visibly unsaved, and their
        # text is kept in the database as a draft until a valid answer replaces it.
        self.unsaved: dict[AnswerKey, str] = {}
        self._restore_drafts()
        # Edit → Undo / Redo of saved answers, for this assessment only.
        self.undo_stack = QUndoStack(self)
        # The council's earlier period, whose answers left unchanged are marked as carried over.
        self.earlier = earlier_period(database, library, loaded.summary.id)

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
            council=local_name(summary.council, summary.council_cy, i18n.language()),
            period=summary.period,
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
            self._keep_draft(question_id, item_key, value, reason)
            self.answers.set(question_id, item_key, value)
            self.answer_changed.emit(question_id, item_key)
            self.save_failed.emit(question_id, item_key, reason)
            return False
        self.unsaved.pop(key, None)
        before = self.answers.get(question_id, item_key)
        self.answers.set(question_id, item_key, stored)
        self.answer_changed.emit(question_id, item_key)
        # Stored, but not acceptable as it is (an invalid link, a date that does not exist): the
        # status bar must not say plainly "Saved".
        problem = validate_value(self.questionnaire.question(question_id), stored)
        self._saved_now(problem)
        if before != stored:
            self.undo_stack.push(
                AnswerStep(
                    self,
                    self.tr("Change an answer"),
                    [(question_id, item_key, before)],
                    [(question_id, item_key, stored)],
                )
            )
        return True

    def save_many(self, changes: Sequence[Change], description: str) -> str | None:
        """Store several answers in one transaction and one undo step ``description`` (already
        translated); None when saved, else why nothing was (every answer is left as it was)."""
        before = [(q, i, self.answers.get(q, i)) for q, i, _value in changes]
        try:
            stored = save_answers(self.database, self.questionnaire, self.assessment_id, changes)
        except Exception as error:
            return describe_error(error)
        after = [(q, i, value) for (q, i, _given), value in zip(changes, stored, strict=True)]
        self._show(after)
        self._saved_now()
        self.undo_stack.push(AnswerStep(self, description, before, after))
        return None

    def restore(self, changes: Sequence[Change]) -> None:
        """Store ``changes`` again (undo, redo) without a new undo step; a failure is reported
        through ``save_failed`` and the answers stay as stored."""
        try:
            save_answers(self.database, self.questionnaire, self.assessment_id, changes)
        except Exception as error:
            question_id, item_key, _value = changes[0]
            self.save_failed.emit(question_id, item_key, describe_error(error))
            return
        self._show(changes)
        self._saved_now()

    def _show(self, changes: Sequence[Change]) -> None:
        for question_id, item_key, value in changes:
            self.unsaved.pop(AnswerKey(question_id, item_key), None)
            self.answers.set(question_id, item_key, value)
        for question_id, item_key, _value in changes:
            self.answer_changed.emit(question_id, item_key)
            self.answer_restored.emit(question_id, item_key)

    def _restore_drafts(self) -> None:
        for draft in self.loaded.drafts:
            if self.questionnaire.has_question(draft.question_id):
                self.answers.set(draft.question_id, draft.item_key, draft.text)
                self.unsaved[AnswerKey(draft.question_id, draft.item_key)] = draft.reason

    def _keep_draft(self, question_id: str, item_key: str, value: JsonValue, reason: str) -> None:
        """Store refused text as the answer's draft; only text can be refused for its length."""
        if not isinstance(value, str) or not value:
            return
        try:
            keep_draft(self.database, self.assessment_id, question_id, item_key, value, reason)
        except Exception:
            # The database itself refused (disk full, read-only): the text stays in the field
            # and the window asks before it closes.
            log.warning("could not keep the draft of %s/%s", question_id, item_key, exc_info=True)

    def _saved_now(self, problem: str | None = None) -> None:
        time = format_time(datetime.now(UTC))
        if problem:
            self.saved.emit(
                self.tr("Saved {time}, but it needs correcting: {problem}").format(
                    time=time, problem=problem
                )
            )
        else:
            self.saved.emit(self.tr("Saved {time}").format(time=time))

    def carried_over_from(self, question_id: str, item_key: str = "") -> str | None:
        """The earlier period (2025/26) whose answer this still is, unchanged; else None."""
        value = self.answers.get(question_id, item_key)
        if self.earlier is None or not self.earlier.same(question_id, item_key, value):
            return None
        return self.earlier.period

    def unsaved_reason(self, question_id: str, item_key: str = "") -> str | None:
        return self.unsaved.get(AnswerKey(question_id, item_key))

    def reload(self) -> None:
        """Read the assessment again (after finalising or reopening)."""
        self.loaded = load_assessment(self.database, self.library, self.assessment_id)
        self.unsaved.clear()
        self._restore_drafts()
        self.undo_stack.clear()
        self.status_changed.emit()
