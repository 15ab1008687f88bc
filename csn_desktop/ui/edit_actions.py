"""Edit → Undo, Redo, Cut, Copy, Paste, Select all: on the focused field or the answers."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from csn_desktop.ui.edit_shortcuts import install_shortcut_guard

if TYPE_CHECKING:
    from csn_desktop.ui.question_field import QuestionField

TextWidget = QLineEdit | QPlainTextEdit | QTextEdit
# Shows the answer an undo or redo changed: question id, item key.
ShowAnswer = Callable[[str, str], None]

Key = QKeySequence.StandardKey


class EditActions(QObject):
    """The Edit menu's editing actions, kept enabled and named for what they would do now.

    Undo and Redo work on the focused text field while it holds typing not yet saved (or when the
    field is no answer, such as a search box); otherwise on the assessment's answers, one saved
    change at a time, showing the answer that changed. Cut, copy, paste and select all go to the
    focused widget.
    """

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.stack: QUndoStack | None = None
        self.show_answer: ShowAnswer | None = None
        first = menu.actions()[0] if menu.actions() else None

        def add(text: str, key: Key) -> QAction:
            action = QAction(text, window)
            action.setShortcut(QKeySequence(key))
            menu.insertAction(first, action)  # type: ignore[arg-type]  # None appends
            return action

        self.undo = add(QCoreApplication.translate("EditActions", "&Undo"), Key.Undo)
        self.redo = add(QCoreApplication.translate("EditActions", "&Redo"), Key.Redo)
        menu.insertSeparator(first)  # type: ignore[arg-type]
        self.cut = add(QCoreApplication.translate("EditActions", "Cu&t"), Key.Cut)
        self.copy = add(QCoreApplication.translate("EditActions", "&Copy"), Key.Copy)
        self.paste = add(QCoreApplication.translate("EditActions", "&Paste"), Key.Paste)
        self.select_all = add(
            QCoreApplication.translate("EditActions", "Select &all"), Key.SelectAll
        )
        for action in (self.cut, self.copy, self.paste, self.select_all):
            # Shown in the menu, but the keys stay the focused widget's own: a table that pastes
            # a block on Ctrl+V would otherwise meet an ambiguous shortcut and do nothing.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        if first is not None:
            menu.insertSeparator(first)
        self.undo.triggered.connect(lambda: self._history(undo=True))
        self.redo.triggered.connect(lambda: self._history(undo=False))
        self.cut.triggered.connect(lambda: self._forward("cut", Key.Cut))
        self.copy.triggered.connect(lambda: self._forward("copy", Key.Copy))
        self.paste.triggered.connect(lambda: self._forward("paste", Key.Paste))
        self.select_all.triggered.connect(lambda: self._forward("selectAll", Key.SelectAll))
        menu.aboutToShow.connect(self.update)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # Bound methods, not lambdas: Qt drops them with this object.
        app.focusChanged.connect(self._changed)
        QGuiApplication.clipboard().dataChanged.connect(self.update)
        install_shortcut_guard(self, self._decides)
        self.update()

    def set_stack(self, stack: QUndoStack | None, show_answer: ShowAnswer | None) -> None:
        """The open assessment's answer history (None when none is open)."""
        self.stack = stack
        self.show_answer = show_answer
        if stack is not None:
            stack.indexChanged.connect(self._changed)
        self.update()

    def _changed(self, *_args: object) -> None:
        self.update()

    # Which history Undo and Redo work on

    def _typing(self, undo: bool) -> TextWidget | None:
        """The focused text widget when Undo (or Redo) belongs to its own typing."""
        text = focused_text()
        if text is None or text.isReadOnly() or not _can(text, undo=undo):
            return None
        field = _field_of(text)
        if field is None:
            return text
        pending = field.editor.typing_pending()
        unsaved = field.state.unsaved_reason(field.question.id, field.item_key) is not None
        return text if pending or unsaved else None

    def _decides(self, event: QKeyEvent) -> bool | None:
        """For the shortcut guard: Undo and Redo go to the answers unless the field has typing."""
        for undo, key in ((True, Key.Undo), (False, Key.Redo)):
            if event.matches(key):
                return self._typing(undo) is None
        return None

    def _history(self, *, undo: bool) -> None:
        text = self._typing(undo)
        if text is not None:
            text.undo() if undo else text.redo()
            return
        stack = self.stack
        if stack is None or not (stack.canUndo() if undo else stack.canRedo()):
            return
        step = stack.command(stack.index() - 1 if undo else stack.index())
        stack.undo() if undo else stack.redo()
        changes = getattr(step, "after", None)
        if self.show_answer is not None and changes:
            question_id, item_key, _value = changes[0]
            self.show_answer(question_id, item_key)

    # Cut, copy, paste, select all

    def _forward(self, slot: str, key: Key) -> None:
        text = focused_text()
        if text is not None:
            getattr(text, slot)()
            return
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not self.window:
            return
        # A widget around the focus that offers the command by name (a table's paste() of a
        # block, say) does it; otherwise the focused widget gets the key, as if it were typed.
        holder: QWidget | None = widget
        while holder is not None and holder is not self.window:
            command = getattr(holder, slot, None)
            if callable(command):
                command()
                return
            holder = holder.parentWidget()
        combination = QKeySequence.keyBindings(key)[0][0]  # type: ignore[index]  # not in stubs
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, combination.key(), combination.keyboardModifiers())
            QCoreApplication.sendEvent(widget, event)

    def update(self) -> None:
        """Enable and name the actions for what they would do now."""
        if self.stack is not None and not shiboken6.isValid(self.stack):
            self.stack = None  # deleted with its assessment's state
        for undo, action in ((True, self.undo), (False, self.redo)):
            stack = self.stack
            if self._typing(undo) is not None:
                what = QCoreApplication.translate("EditActions", "typing")
                enabled = True
            elif stack is not None and (stack.canUndo() if undo else stack.canRedo()):
                what = stack.undoText() if undo else stack.redoText()
                what = what[:1].lower() + what[1:]  # "Undo change an answer"
                enabled = True
            else:
                what, enabled = "", False
            action.setText(_label(undo, what))
            action.setEnabled(enabled)
        text = focused_text()
        pasting = bool(QGuiApplication.clipboard().text())
        if text is not None:
            selected = _has_selection(text)
            self.cut.setEnabled(selected and not text.isReadOnly())
            self.copy.setEnabled(selected)
            self.paste.setEnabled(pasting and not text.isReadOnly())
            self.select_all.setEnabled(bool(_plain(text)))
            return
        view = QApplication.focusWidget()
        table = view if isinstance(view, QAbstractItemView) else None
        editable = table is not None and table.isEnabled() and bool(table.editTriggers().value)
        self.cut.setEnabled(False)
        self.copy.setEnabled(table is not None and table.currentIndex().isValid())
        self.paste.setEnabled(pasting and editable)
        self.select_all.setEnabled(
            table is not None
            and table.selectionMode()
            in (
                QAbstractItemView.SelectionMode.ExtendedSelection,
                QAbstractItemView.SelectionMode.MultiSelection,
            )
        )


def _label(undo: bool, what: str) -> str:
    """ "&Undo change an answer", "&Redo typing", or plain "&Undo" when there is nothing."""
    if undo and what:
        return QCoreApplication.translate("EditActions", "&Undo {what}").format(what=what)
    if what:
        return QCoreApplication.translate("EditActions", "&Redo {what}").format(what=what)
    if undo:
        return QCoreApplication.translate("EditActions", "&Undo")
    return QCoreApplication.translate("EditActions", "&Redo")


def focused_text() -> TextWidget | None:
    """The text widget that has the keyboard focus (an editable drop-down's line edit too)."""
    widget: QWidget | None = QApplication.focusWidget()
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    return widget if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) else None


def _field_of(widget: QWidget) -> QuestionField | None:
    if "csn_desktop.ui.question_field" not in sys.modules:
        return None  # no assessment was opened: no widget can be an answer's
    from csn_desktop.ui.question_field import QuestionField

    parent: QWidget | None = widget
    while parent is not None and not isinstance(parent, QuestionField):
        parent = parent.parentWidget()
    return parent


def _can(text: TextWidget, *, undo: bool) -> bool:
    if isinstance(text, QLineEdit):
        return text.isUndoAvailable() if undo else text.isRedoAvailable()
    document = text.document()
    return document.isUndoAvailable() if undo else document.isRedoAvailable()


def _has_selection(text: TextWidget) -> bool:
    if isinstance(text, QLineEdit):
        return text.hasSelectedText()
    return text.textCursor().hasSelection()


def _plain(text: TextWidget) -> str:
    return text.text() if isinstance(text, QLineEdit) else text.toPlainText()
