"""A council's versions for one period: which file counts, decisions, withdrawing and returning."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.ui.dialogs import MessageDialog, WithdrawDialog
from csn_desktop.ui.formats import format_datetime, format_number
from csn_desktop.ui.messages import describe_error
from csn_desktop.ui.network import versions_model as columns
from csn_desktop.ui.network.figure_table import KEY_ROLE, SORT_ROLE
from csn_desktop.ui.network.versions_model import VersionsModel
from csn_desktop.ui.network.views import fit_columns, no_default_button
from csn_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from csn_desktop.actions.versions import VersionInfo
    from csn_desktop.storage.database import Database


def versions_view(model: VersionsModel, name: str, parent: QWidget) -> QTableView:
    """A sortable, keyboard-friendly table of versions, one row selected at a time."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # newest import first, as listed
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.setProperty("stretch_column", columns.MESSAGE)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def selected_id(view: QTableView) -> int | None:
    """The assessment id of the view's selected row, or None."""
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    value = rows[0].data(KEY_ROLE)
    return value if isinstance(value, int) else None


def action_worker(
    owner: QWidget,
    database: Database,
    work: Callable[[], object],
    done: Callable[[object], None],
    name: str,
) -> Worker:
    """A database action for a worker thread (as the network window loads), errors shown.

    Not started: the caller keeps it first (without threads, start() delivers at once).
    """
    worker = Worker(
        lambda _progress, _cancelled: work(),
        name=name,
        threaded=getattr(database, "usable_from_any_thread", True),
        parent=owner,
    )
    worker.succeeded.connect(done)
    worker.failed.connect(
        lambda error: MessageDialog.ask(
            owner, owner.tr("That could not be done"), describe_error(error)
        )
    )
    worker.finished.connect(worker.deleteLater)
    return worker


class VersionsDialog(QDialog):
    """Every version of one council's assessment for a period; staff choose which one counts.

    ``changed`` is emitted after each step that changed the database (the network window then
    reloads its figures); ``loaded`` after the list was (re)read.
    """

    changed = Signal(str)  # the sentence saying what was done
    loaded = Signal()

    def __init__(
        self, database: Database, assessment_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.assessment_id = assessment_id
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Versions"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        explanation = QLabel(
            self.tr(
                "Every file received for this council and period is kept as a version. Only the "
                "current version (✓) is counted in the figures. When the import could not tell "
                "which file is newer, the version waits for your decision: make it current, or "
                "keep the current one. Withdrawing leaves the council out of the figures for "
                "this period; nothing is deleted, and you can return it to the figures. Every "
                "step is recorded in the assessment's history."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("State of this assessment"))
        layout.addWidget(self.state)
        self.model = VersionsModel(self)
        self.table = versions_view(self.model, self.tr("Versions"), self)
        self.table.setColumnHidden(columns.COUNCIL, True)
        self.table.setColumnHidden(columns.PERIOD, True)
        layout.addWidget(self.table)
        actions = QHBoxLayout()
        self.make_current_button = QPushButton(self.tr("&Make current"), self)
        self.make_current_button.setToolTip(
            self.tr("Count the selected version in the figures instead of the current one")
        )
        self.keep_button = QPushButton(self.tr("&Keep current version"), self)
        self.keep_button.setToolTip(
            self.tr("The selected version stays an older version; the current one keeps counting")
        )
        self.withdraw_button = QPushButton(self.tr("&Withdraw from figures…"), self)
        self.withdraw_button.setToolTip(
            self.tr("Leave this council out of the figures for this period (kept, reversible)")
        )
        self.reinstate_button = QPushButton(self.tr("&Return to figures"), self)
        self.reinstate_button.setToolTip(self.tr("Count this council in the figures again"))
        for button in (
            self.make_current_button,
            self.keep_button,
            self.withdraw_button,
            self.reinstate_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        layout.addLayout(actions)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What was done"))
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        no_default_button(self)
        layout.addWidget(buttons)
        self.make_current_button.clicked.connect(self.make_current)
        self.keep_button.clicked.connect(self.keep_current)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.reinstate_button.clicked.connect(self.reinstate)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.resize(1100, 480)
        self._enable()
        self.load()

    # Reading

    def load(self) -> None:
        """Read the versions again (on a worker thread); ``loaded`` follows."""
        from csn_desktop.actions.versions import list_versions

        database, assessment_id = self.database, self.assessment_id
        self._start(lambda: list_versions(database, assessment_id), self._loaded)

    def _loaded(self, versions: object) -> None:
        chosen = selected_id(self.table) or self.assessment_id
        assert isinstance(versions, list)
        self.model.set_versions(versions)
        self._describe(versions)
        self._select(chosen)
        self._enable()
        self.loaded.emit()

    def _describe(self, versions: list[VersionInfo]) -> None:
        if not versions:
            self.heading.setText(self.tr("No versions"))
            self.state.setText("")
            return
        first = versions[0]
        self.heading.setText(
            self.tr("{council}, {period}").format(council=first.council, period=first.period)
        )
        self.setWindowTitle(
            self.tr("Versions — {council}, {period}").format(
                council=first.council, period=first.period
            )
        )
        sentences = [self.tr("Versions kept: {count}.").format(count=format_number(len(versions)))]
        pending = sum(1 for v in versions if v.decision_pending)
        if pending:
            sentences.append(
                self.tr("Waiting for a decision: {count}.").format(count=format_number(pending))
            )
        withdrawn = next((v for v in versions if v.withdrawn), None)
        if withdrawn is not None:
            when = withdrawn.withdrawn_at
            sentences.append(
                self.tr("Withdrawn from the figures on {date}.").format(date=format_datetime(when))
                if when
                else self.tr("Withdrawn from the figures.")
            )
        else:
            sentences.append(self.tr("Counted in the figures."))
        self.state.setText(" ".join(sentences))

    def _select(self, assessment_id: int) -> None:
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(KEY_ROLE) == assessment_id:
                self.table.selectRow(row)
                return
        if proxy.rowCount():
            self.table.selectRow(0)

    def selected(self) -> VersionInfo | None:
        chosen = selected_id(self.table)
        return next((v for v in self.model.versions if v.assessment_id == chosen), None)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._enable()

    def _enable(self) -> None:
        busy = self.worker is not None
        version = self.selected()
        versions = self.model.versions
        withdrawn = any(v.withdrawn for v in versions)
        chosen = version is not None and not busy
        # The current version stays current through "Keep current version" on the other.
        self.make_current_button.setEnabled(chosen and version is not None and not version.current)
        self.keep_button.setEnabled(chosen and version is not None and version.decision_pending)
        self.withdraw_button.setEnabled(bool(versions) and not busy and not withdrawn)
        self.reinstate_button.setEnabled(bool(versions) and not busy and withdrawn)

    # Steps

    def make_current(self) -> None:
        from csn_desktop.actions.versions import make_current

        version = self.selected()
        if version is None or not self.make_current_button.isEnabled():
            return
        seen = version.decision_version
        self._step(lambda: make_current(self.database, version.assessment_id, seen=seen))

    def keep_current(self) -> None:
        from csn_desktop.actions.versions import keep_current

        version = self.selected()
        if version is None or not self.keep_button.isEnabled():
            return
        seen = version.decision_version
        self._step(lambda: keep_current(self.database, version.assessment_id, seen=seen))

    def withdraw(self) -> None:
        from csn_desktop.actions.versions import withdraw

        versions = self.model.versions
        if not versions or not self.withdraw_button.isEnabled():
            return
        what = self.tr("{council}, {period}").format(
            council=versions[0].council, period=versions[0].period
        )
        reason = WithdrawDialog.ask(self, what)
        if reason is None:
            return
        assessment_id, seen = versions[0].assessment_id, versions[0].decision_version
        self._step(lambda: withdraw(self.database, assessment_id, reason, seen=seen))

    def reinstate(self) -> None:
        from csn_desktop.actions.versions import reinstate

        versions = self.model.versions
        if not versions or not self.reinstate_button.isEnabled():
            return
        assessment_id, seen = versions[0].assessment_id, versions[0].decision_version
        self._step(lambda: reinstate(self.database, assessment_id, seen=seen))

    def _step(self, work: Callable[[], str]) -> None:
        def done(message: object) -> None:
            self.outcome.setText(str(message))
            self.changed.emit(str(message))
            self.load()

        self._start(work, done)

    def _start(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        if self.worker is not None:
            return

        def finish(result: object) -> None:
            self.worker = None
            done(result)

        def failed(error: object) -> None:
            from csn_desktop.actions.versions import DecisionChanged

            self.worker = None
            self._enable()
            if isinstance(error, DecisionChanged):
                self.load()  # someone else decided: show the versions as they are now

        self.worker = action_worker(self, self.database, work, finish, "csn-versions")
        self.worker.failed.connect(failed)
        self._enable()
        self.worker.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.worker is not None:
            self.worker.wait()
        super().closeEvent(event)
