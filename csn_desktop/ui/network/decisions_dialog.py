"""What needs attention across councils: versions waiting for a decision, and withdrawn ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.ui.formats import format_number
from csn_desktop.ui.network import versions_model as columns
from csn_desktop.ui.network.figure_table import KEY_ROLE
from csn_desktop.ui.network.versions_dialog import (
    VersionsDialog,
    action_worker,
    selected_id,
    versions_view,
)
from csn_desktop.ui.network.versions_model import VersionsModel
from csn_desktop.ui.network.views import no_default_button
from csn_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from csn_desktop.actions.versions import VersionInfo
    from csn_desktop.storage.database import Database

# Opens the versions of an assessment, over this dialog (the network window's show_versions).
OpenVersions = Callable[[int, QWidget], VersionsDialog | None]
# Columns that say nothing here: every row of a list shares them.
HIDDEN = (columns.CURRENT, columns.WITHDRAWN, columns.PENDING)


class DecisionsDialog(QDialog):
    """Two lists; Enter or “Versions…” on a row opens that council's versions to decide."""

    loaded = Signal()

    def __init__(
        self, database: Database, open_versions: OpenVersions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.open_versions = open_versions
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Decisions and withdrawn assessments"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Files the import could not put in order wait here until you choose which version "
                "counts. Withdrawn assessments are left out of the figures until you return them. "
                "Select a row and press Enter or Versions… to act on it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pending_model = VersionsModel(self)
        self.withdrawn_model = VersionsModel(self)
        self.pending_label = QLabel(self)
        self.pending = versions_view(self.pending_model, self.tr("Waiting for a decision"), self)
        self.withdrawn_label = QLabel(self)
        self.withdrawn = versions_view(self.withdrawn_model, self.tr("Withdrawn"), self)
        for label, view in (
            (self.pending_label, self.pending),
            (self.withdrawn_label, self.withdrawn),
        ):
            label.setBuddy(view)
            for column in HIDDEN:
                view.setColumnHidden(column, True)
            view.activated.connect(self._activated)
            view.selectionModel().selectionChanged.connect(
                lambda *_, chosen=view: self._chosen(chosen)
            )
            layout.addWidget(label)
            layout.addWidget(view)
        buttons = QDialogButtonBox(self)
        self.versions_button = QPushButton(self.tr("&Versions…"), self)
        self.versions_button.clicked.connect(self.open_selected)
        buttons.addButton(self.versions_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        no_default_button(self)
        layout.addWidget(buttons)
        self.resize(1100, 560)
        self._enable()
        self.load()

    def load(self) -> None:
        """Read both lists again (on a worker thread); ``loaded`` follows."""
        from csn_desktop.actions.versions import pending_decisions, withdrawn

        if self.worker is not None:
            return
        database = self.database

        def finish(lists: object) -> None:
            self.worker = None
            assert isinstance(lists, tuple)
            self._loaded(*lists)

        def failed(_error: object) -> None:
            self.worker = None

        self.worker = action_worker(
            self,
            database,
            lambda: (pending_decisions(database), withdrawn(database)),
            finish,
            "csn-decisions",
        )
        self.worker.failed.connect(failed)
        self.worker.start()

    def _loaded(self, pending: list[VersionInfo], withdrawn: list[VersionInfo]) -> None:
        self.pending_model.set_versions(pending)
        self.withdrawn_model.set_versions(withdrawn)
        self.pending_label.setText(
            self.tr("&Waiting for a decision: {count}").format(count=format_number(len(pending)))
            if pending
            else self.tr("&Waiting for a decision: none")
        )
        self.withdrawn_label.setText(
            self.tr("W&ithdrawn from the figures: {count}").format(
                count=format_number(len(withdrawn))
            )
            if withdrawn
            else self.tr("W&ithdrawn from the figures: none")
        )
        view = self.pending if pending else self.withdrawn
        if view.model().rowCount():
            view.selectRow(0)
            view.setFocus()
        self._enable()
        self.loaded.emit()

    def _chosen(self, view: QTableView) -> None:
        """One row chosen in both lists together: selecting in one clears the other."""
        other = self.withdrawn if view is self.pending else self.pending
        if view.selectionModel().hasSelection() and other.selectionModel().hasSelection():
            other.clearSelection()
        self._enable()

    def _enable(self) -> None:
        self.versions_button.setEnabled(self.selected() is not None)

    def selected(self) -> int | None:
        """The assessment of the row chosen in either list."""
        return selected_id(self.pending) or selected_id(self.withdrawn)

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(KEY_ROLE)
        if isinstance(value, int):
            self._open(value)

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._open(chosen)

    def _open(self, assessment_id: int) -> None:
        dialog = self.open_versions(assessment_id, self)
        if dialog is not None:
            dialog.changed.connect(self.load)
