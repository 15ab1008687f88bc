"""One question on a page: its label, help, editor, the reason a value is invalid, unsaved state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.domain.validation import validate_value
from csn_desktop.domain.values import JsonValue
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.date_editor import DateEditor
from csn_desktop.ui.editors import AnswerEditor, make_editor
from csn_desktop.ui.rich_text import paragraphs


def problem_colour(palette: QPalette) -> QColor:
    """The colour of "⚠" problem text: red at about the lightness of the palette's own text, so
    it keeps that text's contrast with the window in light and dark palettes alike (clamped so
    it stays visibly red: a dark red on a light window, a light red on a dark one)."""
    lightness = min(max(palette.color(QPalette.ColorRole.WindowText).lightness(), 80), 200)
    return QColor.fromHsl(0, 230, lightness)


class QuestionField(QWidget):
    """Shows and saves one answer: a top-level question, or one field of a repeat-group item."""

    def __init__(
        self,
        state: AssessmentState,
        question: Question,
        item_key: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.question = question
        self.item_key = item_key
        self.label = QLabel(self._label_text(question), self)
        self.label.setWordWrap(True)
        self.help = QLabel(paragraphs(question.help), self)
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setVisible(bool(question.help.strip()))
        # The date editor lives apart from make_editor's module, which it builds on.
        self.editor: AnswerEditor = (
            DateEditor(question, self)
            if question.type is QuestionType.DATE
            else make_editor(question, self)
        )
        self.label.setBuddy(self.editor.focus_target())
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        # Reasons quote what was typed: never read as rich text.
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setVisible(False)
        self._colour_problem()
        # Offered when someone else changed the answer since it was read: shows theirs.
        self.reload_button = QPushButton(self.tr("Reload this answer"), self)
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.reload_from_database)
        # What was stored when it differs from what was typed ("Saved as https://…").
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setVisible(False)
        # "↺ Same as 2025/26": the answer is carried over unchanged from the earlier period.
        self.carried = QLabel(self)
        self.carried.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.help, self.editor, self.carried, self.problem):
            layout.addWidget(widget)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        self.setFocusProxy(self.editor)
        self.editor.set_value(state.value(question.id, item_key))
        self.editor.committed.connect(self._commit)
        self.show_problem()

    def _label_text(self, question: Question) -> str:
        label = _escape(question.label)
        if question.required and question.personal_data:
            return self.tr("<b>{label}</b> (required) — personal data").format(label=label)
        if question.required:
            return self.tr("<b>{label}</b> (required)").format(label=label)
        if question.personal_data:
            return self.tr("<b>{label}</b> — personal data").format(label=label)
        return f"<b>{label}</b>"

    def _commit(self, value: JsonValue) -> None:
        saved = self.state.save(self.question.id, self.item_key, value)
        stored = self.state.value(self.question.id, self.item_key)
        # Only web addresses are stored differently from how they are shown (www. gains
        # https://); dates are shown the UK way and stored ISO, which needs no word.
        changed = (
            saved
            and self.question.type is QuestionType.URL
            and isinstance(value, str)
            and isinstance(stored, str)
            and stored != value.strip()
        )
        self.note.setText(self.tr("Saved as {address}").format(address=stored) if changed else "")
        self.note.setVisible(bool(changed))
        self.show_problem()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_problem()
        super().changeEvent(event)

    def _colour_problem(self) -> None:
        palette = self.problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, problem_colour(self.palette()))
        self.problem.setPalette(palette)

    def show_problem(self) -> None:
        """Explain beside the field why its value is invalid or was not saved."""
        reasons = []
        unsaved = self.state.unsaved_reason(self.question.id, self.item_key)
        if unsaved:
            reasons.append(self.tr("⚠ Not saved: {reason}").format(reason=unsaved))
        invalid = validate_value(self.question, self.state.value(self.question.id, self.item_key))
        if invalid:
            reasons.append(self.tr("⚠ {problem}").format(problem=invalid))
        text = " ".join(reasons)
        self.reload_button.setVisible(
            self.state.is_changed_elsewhere(self.question.id, self.item_key)
        )
        self._show_carried()
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.editor.focus_target().setAccessibleDescription(
            " ".join(filter(None, [self.question.help.strip(), text, self.carried.text()]))
        )

    def _show_carried(self) -> None:
        period = self.state.carried_over_from(self.question.id, self.item_key)
        self.carried.setText(self.tr("↺ Same as {period}").format(period=period) if period else "")
        self.carried.setVisible(period is not None)

    def reload_from_database(self) -> None:
        """Show the answer as stored by someone else; what was typed here stays readable below
        it and in Edit → Undo."""
        typed = self.state.reload_answer(self.question.id, self.item_key)
        self.reload()
        if isinstance(typed, list):
            typed = ", ".join(typed)
        if typed not in (None, ""):
            self.note.setText(
                self.tr("You had typed: {text} (Edit → Undo puts it back)").format(text=typed)
            )
            self.note.setVisible(True)
        self.editor.focus_target().setFocus()

    def reload(self) -> None:
        self.note.setVisible(False)
        self.editor.set_value(self.state.value(self.question.id, self.item_key))
        self.show_problem()

    def set_read_only(self, read_only: bool) -> None:
        self.editor.set_read_only(read_only)

    def flush(self) -> None:
        self.editor.flush()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
