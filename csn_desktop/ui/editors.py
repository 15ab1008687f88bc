"""One editor widget per question type, each reporting a committed value through ``committed``."""

from __future__ import annotations

import html
from typing import assert_never

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.domain.numbers import read_number
from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.domain.values import JsonValue, text_length
from csn_desktop.ui.formats import format_number
from csn_desktop.ui.rich_text import button_text

# While typing, text is saved this long after the last key press, so a crash loses little.
TYPING_DEBOUNCE_MS = 600
# Single-choice questions with up to this many choices show radio buttons (one click, all
# visible); longer lists stay a drop-down.
BUTTON_CHOICES = 5
# The length counter appears from this share of a question's limit.
COUNTER_FROM = 0.8
# A line edit's own limit: far above any question's, so a paste is never cut (Qt's default,
# 32,767, would cut at Excel's cell limit silently).
KEEP_WHOLE = 10_000_000


class LengthCounter(QLabel):
    """ "184 / 200 characters": shown once text nears its question's limit, and past it."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setVisible(False)

    def count(self, text: str) -> None:
        # Counted as the limit is (UTF-16 units, as Excel counts them), not as Python's len().
        length = text_length(text)
        self.setVisible(length >= self.limit * COUNTER_FROM)
        values = {"length": format_number(length), "limit": format_number(self.limit)}
        if length > self.limit:
            self.setText(self.tr("⚠ {length} / {limit} characters: too long").format(**values))
        else:
            self.setText(self.tr("{length} / {limit} characters").format(**values))
        self.setAccessibleName(self.text())


class AnswerEditor(QWidget):
    """Base of the editors: ``set_value`` shows a value; ``committed`` carries a new one."""

    committed = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._loading = False

    def set_value(self, value: JsonValue) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: JsonValue) -> None:
        raise NotImplementedError

    def _emit(self, value: JsonValue) -> None:
        if not self._loading:
            self.committed.emit(value)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def flush(self) -> None:
        """Commit anything typed but not yet committed (before closing)."""

    def focus_target(self) -> QWidget:
        return self

    def typing_pending(self) -> bool:
        """Whether text typed is waiting to be saved (Edit → Undo then undoes the typing)."""
        return False


class TextEditor(AnswerEditor):
    """Text, e-mail, web address, number and date: a line edit, saved while typing too."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit(self)
        # Never the question's limit: QLineEdit cuts a longer paste there without a word. The
        # whole text is kept, and saving refuses it with the reason shown beside the question.
        self.edit.setMaxLength(KEEP_WHOLE)
        self.edit.setAccessibleName(question.label)
        self.edit.setAccessibleDescription(question.help.strip())
        hints = {
            QuestionType.EMAIL: "name@council.gov.uk",
            QuestionType.URL: "https://",
            QuestionType.DATE: "YYYY-MM-DD",
        }
        self.edit.setPlaceholderText(hints.get(question.type, ""))
        self.counter = LengthCounter(question.max_length, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.counter)
        self.setFocusProxy(self.edit)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.textChanged.connect(self.counter.count)
        self.edit.editingFinished.connect(self.flush)

    def _show(self, value: JsonValue) -> None:
        self.edit.setText("" if value is None else _number_text(value))

    def parsed(self) -> JsonValue:
        text = self.edit.text()
        if self.question.type is QuestionType.NUMBER:
            return parse_number(text)
        return text

    def flush(self) -> None:
        self._timer.stop()
        self._emit(self.parsed())

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def focus_target(self) -> QWidget:
        return self.edit

    def typing_pending(self) -> bool:
        return self._timer.isActive()


class LongTextEditor(AnswerEditor):
    """Long text: a plain-text box, saved when it loses focus and while typing."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(question.label)
        self.edit.setAccessibleDescription(question.help.strip())
        self.edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.counter = LengthCounter(question.max_length, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignRight)
        self.setFocusProxy(self.edit)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._typed)
        self.edit.installEventFilter(self)

    def _typed(self) -> None:
        self.counter.count(self.edit.toPlainText())
        if not self._loading:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _show(self, value: JsonValue) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def flush(self) -> None:
        self._timer.stop()
        self._emit(self.edit.toPlainText())

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def focus_target(self) -> QWidget:
        return self.edit

    def typing_pending(self) -> bool:
        return self._timer.isActive()


class SingleChoiceEditor(AnswerEditor):
    """Single choice: a drop-down whose first entry means "not answered"."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.combo = QComboBox(self)
        self.combo.addItem("— Choose —", None)
        for choice in question.choices:
            self.combo.addItem(choice.label, choice.id)
            if choice.help:
                self.combo.setItemData(
                    self.combo.count() - 1,
                    f"<p>{html.escape(choice.help)}</p>",  # shown whole, never as markup
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.combo.setAccessibleName(question.label)
        self.combo.setAccessibleDescription(question.help.strip())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(lambda _index: self._emit(self.combo.currentData()))

    def _show(self, value: JsonValue) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        return self.combo


class ChoiceButtonsEditor(AnswerEditor):
    """Single choice of a few options: radio buttons, chosen with one click.

    One Tab stop for the group (the chosen button, else the first); the arrow keys move and
    choose; Delete, Backspace or "Clear answer" take the answer back.
    """

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[tuple[str, QRadioButton]] = []
        for choice in question.choices:
            button = QRadioButton(button_text(choice.label), self)
            button.setAccessibleName(choice.label)
            button.setAccessibleDescription(question.label)
            if choice.help:
                button.setToolTip(f"<p>{html.escape(choice.help)}</p>")
            button.clicked.connect(lambda _checked=False, c=choice.id: self._chosen(c))
            button.installEventFilter(self)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons.append((choice.id, button))
        self.clear = QPushButton(self.tr("Clear answer"), self)
        self.clear.setAccessibleName(
            self.tr("Clear the answer to: {question}").format(question=question.label)
        )
        self.clear.clicked.connect(self._clear)
        row = QHBoxLayout()
        row.addWidget(self.clear)
        row.addStretch(1)
        layout.addLayout(row)
        self._show(None)

    def chosen(self) -> str | None:
        return next((c for c, button in self.buttons if button.isChecked()), None)

    def _show(self, value: JsonValue) -> None:
        self.group.setExclusive(False)
        for choice_id, button in self.buttons:
            button.setChecked(choice_id == value)
        self.group.setExclusive(True)
        self._tab_stop()

    def _tab_stop(self) -> None:
        """Only the chosen button (else the first) is reached by Tab; arrows reach the rest."""
        stop = self.focus_target()
        for _choice_id, button in self.buttons:
            strong = button is stop
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if strong else Qt.FocusPolicy.ClickFocus
            )
        self.setFocusProxy(stop)
        self.clear.setVisible(self.chosen() is not None)

    def _chosen(self, choice_id: str) -> None:
        self._tab_stop()
        self._emit(choice_id)

    def _clear(self) -> None:
        had_focus = self.clear.hasFocus() or any(b.hasFocus() for _c, b in self.buttons)
        self._show(None)
        self._emit(None)
        if had_focus:
            self.focus_target().setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if not self.isEnabled() or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._clear()
            return True
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}
        if key in step:
            # Up and Left, Down and Right alike, however the buttons are laid out.
            order = [button for _c, button in self.buttons]
            if watched in order:
                index = order.index(watched) + step[key]
                if 0 <= index < len(order):
                    order[index].setFocus(Qt.FocusReason.TabFocusReason)
                    order[index].click()
            return True
        return False

    def set_read_only(self, read_only: bool) -> None:
        for _choice_id, button in self.buttons:
            button.setEnabled(not read_only)
        self.clear.setEnabled(not read_only)

    def focus_target(self) -> QWidget:
        chosen = [button for _c, button in self.buttons if button.isChecked()]
        if chosen:
            return chosen[0]
        return self.buttons[0][1] if self.buttons else self


class MultipleChoiceEditor(AnswerEditor):
    """Multiple choice: one check box per choice."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[str, QCheckBox]] = []
        for choice in question.choices:
            box = QCheckBox(button_text(choice.label), self)
            box.setAccessibleName(choice.label)
            box.setAccessibleDescription(question.label)
            box.setToolTip(f"<p>{html.escape(choice.help)}</p>" if choice.help else "")
            box.toggled.connect(lambda _checked: self._emit(self.selected() or None))
            layout.addWidget(box)
            self.boxes.append((choice.id, box))
        if self.boxes:
            self.setFocusProxy(self.boxes[0][1])

    def selected(self) -> list[str]:
        return [choice_id for choice_id, box in self.boxes if box.isChecked()]

    def _show(self, value: JsonValue) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for choice_id, box in self.boxes:
            box.setChecked(choice_id in chosen)

    def focus_target(self) -> QWidget:
        return self.boxes[0][1] if self.boxes else self


class YesNoEditor(AnswerEditor):
    """Yes or no: two radio buttons, neither chosen until answered."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.yes = QRadioButton(self.tr("Yes"), self)
        self.no = QRadioButton(self.tr("No"), self)
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            button.setAccessibleName(f"{question.label} {button.text()}")
            self.group.addButton(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.setFocusProxy(self.yes)
        self.yes.clicked.connect(lambda: self._emit(True))
        self.no.clicked.connect(lambda: self._emit(False))

    def _show(self, value: JsonValue) -> None:
        self.group.setExclusive(False)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)

    def focus_target(self) -> QWidget:
        return self.yes


def parse_number(text: str) -> JsonValue:
    """A number typed as text; text that is not a number is kept as typed (and reported invalid)."""
    if not text.strip():
        return None
    number = read_number(text)
    return text if number is None else number


def _number_text(value: JsonValue) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def make_editor(question: Question, parent: QWidget | None = None) -> AnswerEditor:
    """The editor for a question that is not a group."""
    match question.type:
        case QuestionType.LONG_TEXT:
            return LongTextEditor(question, parent)
        case QuestionType.SINGLE_CHOICE if len(question.choices) <= BUTTON_CHOICES:
            return ChoiceButtonsEditor(question, parent)
        case QuestionType.SINGLE_CHOICE:
            return SingleChoiceEditor(question, parent)
        case QuestionType.MULTIPLE_CHOICE:
            return MultipleChoiceEditor(question, parent)
        case QuestionType.YES_NO:
            return YesNoEditor(question, parent)
        case (
            QuestionType.TEXT
            | QuestionType.NUMBER
            | QuestionType.DATE
            | QuestionType.EMAIL
            | QuestionType.URL
        ):
            return TextEditor(question, parent)
        case QuestionType.STANDARDS_MATRIX | QuestionType.REPEAT_GROUP:
            raise ValueError(f"{question.id} is a group: it has its own widget, not an editor")
        case _ as unreachable:
            assert_never(unreachable)
