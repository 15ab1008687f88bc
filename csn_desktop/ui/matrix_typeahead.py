"""Type-ahead for a choice cell: what is typed picks the option whose words start with it.

The rule: the typed letters (case and spaces ignored) are read as prefixes of successive words
of an option's label, from its first word. "p" and "pl" pick "Planning to use it" (the first
option starting with P); "pa", "pu" and "p u" pick "Partly used" (P-artly U-sed); "na" picks
"Not aware of it"; "nr" picks "Not relevant to us". Options are tried in their order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def _words(label: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", label.casefold()) if w]


def _matches(typed: str, words: Sequence[str]) -> bool:
    if not typed:
        return True
    if not words:
        return False
    word = words[0]
    # Try the longest prefix of this word first, then hand the rest to the next words.
    for size in range(min(len(word), len(typed)), 0, -1):
        if word[:size] == typed[:size] and _matches(typed[size:], words[1:]):
            return True
    return False


def pick(typed: str, labels: Sequence[str]) -> int | None:
    """The index of the first label whose successive words start with ``typed``, or None."""
    squashed = re.sub(r"\s+", "", typed.casefold())
    if not squashed:
        return None
    return next((n for n, label in enumerate(labels) if _matches(squashed, _words(label))), None)


class TypeAheadCombo(QComboBox):
    """A drop-down whose letters pick by word prefixes; a pause starts a new search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if plain and text and (text.isalpha() or (text == " " and self._typed)):
            if not self._since.isValid() or self._since.elapsed() > (
                QApplication.keyboardInputInterval()
            ):
                self._typed = ""
            self._since.restart()
            self._typed += text
            # "— Not answered —" is chosen with Delete, never by typing "n".
            labels = [
                self.itemText(n) if self.itemData(n) is not None else ""
                for n in range(self.count())
            ]
            found = pick(self._typed, labels)
            if found is not None:
                self.setCurrentIndex(found)
            event.accept()
            return
        super().keyPressEvent(event)
