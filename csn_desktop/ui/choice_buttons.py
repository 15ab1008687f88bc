"""Radio buttons for a single choice of a few options: one click, one Tab stop, arrows, Delete."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.domain.questionnaire import Question
from csn_desktop.domain.values import JsonValue
from csn_desktop.ui.editors import AnswerEditor


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
            button = QRadioButton(choice.label, self)
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
