"""Submission files and folders dropped on a window, and the event filter that imports them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local .xlsx files and folders among the dropped URLs."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == ".xlsx" or p.is_dir()]


class DropImporter(QObject):
    """Lets ``widget`` take dropped submissions and hands their paths to ``importing``."""

    def __init__(self, widget: QWidget, importing: Callable[[list[Path]], object]) -> None:
        super().__init__(widget)
        self.importing = importing
        # Off on an officer's computer: files dropped there are not imported.
        self.enabled = True
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not self.enabled:
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDragMoveEvent
        ):
            if dropped_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = dropped_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.importing(paths)
                return True
        return False
