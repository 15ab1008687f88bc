"""The installed PySide6 keeps Python's reference counts (6.12.0 crashed after enough emits)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(object)


def test_emitting_a_signal_keeps_the_reference_count_of_true() -> None:
    emitter = Emitter()
    emitter.changed.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.changed.emit(1)
    # On CPython 3.11, PySide6 6.12.0 lost one reference per emit until True was "freed".
    assert sys.getrefcount(True) >= before
