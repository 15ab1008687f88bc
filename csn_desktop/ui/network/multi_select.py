"""A compact multi-select filter: a button with a checkable menu whose "All" clears the choice."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

ALL = QT_TRANSLATE_NOOP("MultiSelect", "All")


class _StayOpenMenu(QMenu):
    """Ticking an entry (click, Space or Enter) leaves the menu open for the next; Esc closes."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        action = self.activeAction()
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in keys and action is not None and action.isCheckable():
            action.trigger()
            return
        super().keyPressEvent(event)


class MultiSelect(QToolButton):
    """Shows "All", the one value chosen, or how many; ``chosen()`` is empty for all."""

    changed = Signal()

    def __init__(self, name: str, plural: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.plural = name, plural
        self.setAccessibleName(name)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Sized by the usual region names (data, not text of the window).
        shortest, longest = "East Midlands", "Yorkshire and The Humber"  # not translated: sizes
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(shortest) + 28)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance(longest) + 28)
        self.choices = _StayOpenMenu(self)
        self.choices.setAccessibleName(self.tr("{name} choices").format(name=name))
        self.setMenu(self.choices)
        self.all_action = QAction(self.tr(ALL), self)  # kept when the menu is cleared
        self.all_action.setCheckable(True)
        self.all_action.triggered.connect(self._choose_all)
        self.value_actions: dict[str, QAction] = {}
        self.set_values([])

    def set_values(self, values: Iterable[str]) -> None:
        """Offer these values; those still offered stay chosen."""
        kept = self.chosen()
        self.choices.clear()
        self.choices.addAction(self.all_action)
        self.choices.addSeparator()
        self.value_actions = {}
        for value in values:
            action = QAction(value, self.choices)
            action.setCheckable(True)
            action.setChecked(value in kept)
            action.toggled.connect(self._toggled)
            self.choices.addAction(action)
            self.value_actions[value] = action
        self._show()

    def chosen(self) -> frozenset[str]:
        return frozenset(v for v, a in getattr(self, "value_actions", {}).items() if a.isChecked())

    def set_chosen(self, values: Iterable[str]) -> None:
        wanted = set(values)
        for value, action in self.value_actions.items():
            action.blockSignals(True)
            action.setChecked(value in wanted)
            action.blockSignals(False)
        self._show()
        self.changed.emit()

    def _choose_all(self) -> None:
        self.set_chosen([])

    def _toggled(self) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        chosen = sorted(self.chosen())
        self.all_action.setChecked(not chosen)
        if not chosen:
            text = self.tr(ALL)
        elif len(chosen) == 1:
            text = chosen[0]
        else:
            #: how many values are chosen, and what they are ("2 regions").
            text = self.tr("{count} {plural}").format(count=len(chosen), plural=self.plural)
        self.setText(text)
        if chosen:
            described = self.tr("{name}: {values}").format(name=self.name, values=", ".join(chosen))
        else:
            described = self.tr("{name}: all").format(name=self.name)
        self.setToolTip(described)
        self.setAccessibleDescription(described)
