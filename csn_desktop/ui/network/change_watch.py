"""The network window follows others' work: a cheap poll while shown, a reload when it changed."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QAbstractItemView, QMainWindow

from csn_desktop.actions.network_changes import changes_since, last_change
from csn_desktop.storage.audit import current_actor
from csn_desktop.storage.database import Database
from csn_desktop.ui.formats import format_number
from csn_desktop.ui.network.figure_table import KEY_ROLE

log = logging.getLogger(__name__)

# How often the shared database is asked whether anything changed (ms): one indexed read.
POLL_MS = 5_000


class ChangeWatch(QObject):
    """Polls ``database`` every POLL_MS while ``window`` is visible; when other users imported
    or decided something, calls ``reload`` (filters and selection are kept, as by Reload) and
    says so in the status bar once the window has ``loaded`` again. ``busy`` says whether a load
    is under way; ``councils`` is the table whose chosen row is chosen again after it."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        database: Database,
        councils: QAbstractItemView,
        reload: Callable[[], None],
        busy: Callable[[], bool],
        loaded: SignalInstance,
        interval: int = POLL_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.councils = councils
        self.reload = reload
        self.busy = busy
        # Taken once: events under this user's name are the window's own, shown already.
        self.me = current_actor()
        self.mark: int | None = self._now()
        self._news = ""
        self._chosen: object = None  # the council row chosen before the reload, by its key
        self.timer = QTimer(self)
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self.poll)
        window.installEventFilter(self)
        loaded.connect(self._say_news)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window:
            if event.type() == QEvent.Type.Show:
                self.timer.start()
            elif event.type() == QEvent.Type.Hide:
                self.timer.stop()
        return False

    def poll(self) -> None:
        """Look once; reload the window when others changed the database since the last look."""
        if self.busy():
            return  # a load is under way: look again next time
        if self.mark is None:
            self.mark = self._now()
            return
        try:
            changes = changes_since(self.database, self.mark, me=self.me)
        except Exception:
            # A dropped connection is not worth a dialog every few seconds; Reload says more.
            log.warning("could not look for changes to the database", exc_info=True)
            return
        self.mark = changes.mark
        if changes.by_others == 0:
            return
        if changes.imported_by_others:
            self._news = self.tr("New submissions imported by others: {count} — shown").format(
                count=format_number(changes.imported_by_others)
            )
        else:
            self._news = self.tr("Changes made by others — shown")
        current = self.councils.currentIndex()
        self._chosen = current.data(KEY_ROLE) if current.isValid() else None
        self.reload()

    def _now(self) -> int | None:
        try:
            return last_change(self.database)
        except Exception:
            log.warning("could not read the database's last change", exc_info=True)
            return None

    def _say_news(self) -> None:
        self._choose_again()
        if self._news:
            self.window.statusBar().showMessage(self._news)
            self._news = ""

    def _choose_again(self) -> None:
        """Choose again the council row chosen before the reload (the model was reset)."""
        key, self._chosen = self._chosen, None
        if key is None:
            return
        view = self.councils
        model = view.model()  # sorted: a proxy over councils_model
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(KEY_ROLE) == key:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                view.selectionModel().setCurrentIndex(index, flags)
                view.scrollTo(index)
                return
