"""Window shortcuts that still work in text fields (Ctrl+E exports even from a line edit)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

# Keys a text field keeps for itself even when a window action has the same shortcut: the field's
# own cut, copy, paste and select all are what the Edit menu would do there anyway.
TEXT_KEYS = (
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
)


class ShortcutGuard(QObject):
    """Refuses a focused widget's claim (ShortcutOverride) on a key that an enabled action of its
    window has: Qt's line edits claim Ctrl+E (end of line on Linux) and other keys, so without
    this the window's shortcut would be swallowed while typing.

    ``decides`` may settle a key first: True lets the action have it, False the widget, None
    leaves it to the rule above (the Edit menu decides Undo and Redo this way).
    """

    def __init__(
        self,
        parent: QObject,
        decides: Callable[[QKeyEvent], bool | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.decides = decides

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            return False
        decided = self.decides(event) if self.decides is not None else None
        if decided is None:
            decided = (
                _may_be_a_command(event)
                and not any(event.matches(key) for key in TEXT_KEYS)
                and _window_has(watched, event)
            )
        if decided:
            # Unaccepted and not delivered: the shortcut map goes on to the window's action.
            event.ignore()
            return True
        return False


def _may_be_a_command(event: QKeyEvent) -> bool:
    """Plain typing (letters, Shift+letters) never is: the window's actions are left unread."""
    command = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    command |= Qt.KeyboardModifier.MetaModifier
    return bool(event.modifiers() & command) or Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35


def _window_has(widget: QWidget, event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    for action in widget.window().findChildren(QAction):
        if not action.isEnabled() or not action.isVisible():
            continue
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue  # the widget's own key, not the window's
        if any(shortcut == pressed for shortcut in action.shortcuts()):
            return True
    return False


def install_shortcut_guard(
    parent: QObject, decides: Callable[[QKeyEvent], bool | None] | None = None
) -> ShortcutGuard:
    """Watch every widget's ShortcutOverride for as long as ``parent`` lives (Qt drops a
    destroyed object's event filter itself)."""
    guard = ShortcutGuard(parent, decides)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(guard)
    return guard
