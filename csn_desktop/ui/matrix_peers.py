"""The matrix's peer column: the share of the council's peers that use and need each standard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from csn_desktop.actions.comparison import assessment_peers
from csn_desktop.actions.peer_benchmark import PeerShares
from csn_desktop.domain.benchmark_figures import BenchmarkGroup
from csn_desktop.domain.comparison import matrix_group, standard_shares
from csn_desktop.domain.disclosure import Withheld
from csn_desktop.domain.network_figures import Share
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.formats import format_number, format_percent


class MatrixPeers:
    """What the column shows for one group of a loaded benchmark (its authority type first)."""

    def __init__(self, group: BenchmarkGroup, minimum: int, description: str) -> None:
        self.group = group
        self.minimum = minimum
        self.description = description

    @classmethod
    def of(cls, peers: PeerShares | None) -> MatrixPeers | None:
        """The column for a council's peers; None (no column) without a benchmark."""
        group = None if peers is None else matrix_group(peers.groups)
        if peers is None or group is None:
            return None
        return cls(group, peers.benchmark.minimum_group, peers.description)

    def group_name(self) -> str:
        return (
            QCoreApplication.translate("MatrixPeers", "the United Kingdom")
            if self.group.kind == "uk"
            else self.group.name
        )

    def header(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MatrixPeers", "Peers: {group}").format(
                group=self.group_name()
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "MatrixPeers",
                "The share of councils in {group} that use each standard at least in part, and "
                "that need it or find it essential. From the peer benchmark: {benchmark}.",
            ).format(group=self.group_name(), benchmark=self.description)
        return None

    def shares(self, code: str) -> tuple[Share, Share] | None:
        """Use and need shares of a standard, or None when the benchmark does not have it."""
        peers = self.group.standards.get(code)
        return None if peers is None else standard_shares(peers)

    def data(self, code: str, role: int) -> Any:
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        shares = self.shares(code)
        if shares is None:
            return QCoreApplication.translate("MatrixPeers", "not in the benchmark")
        use, need = shares
        if isinstance(use, Withheld) and isinstance(need, Withheld):
            return self.withheld()
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._use(use)} · {self._need(need)}"  # not translated: a separator
        return QCoreApplication.translate(
            "MatrixPeers", "Councils in {group} that use it: {use}; that need it: {need}."
        ).format(use=self._long(use), need=self._long(need), group=self.group_name())

    def withheld(self) -> str:
        return QCoreApplication.translate(
            "MatrixPeers", "withheld (fewer than {minimum} councils)"
        ).format(minimum=format_number(self.minimum))

    def _use(self, share: Share) -> str:
        if isinstance(share, Withheld):
            return QCoreApplication.translate("MatrixPeers", "use withheld")
        return QCoreApplication.translate("MatrixPeers", "{share} use").format(
            share=format_percent(share)
        )

    def _need(self, share: Share) -> str:
        if isinstance(share, Withheld):
            return QCoreApplication.translate("MatrixPeers", "need withheld")
        return QCoreApplication.translate("MatrixPeers", "{share} need").format(
            share=format_percent(share)
        )

    def _long(self, share: Share) -> str:
        return self.withheld() if isinstance(share, Withheld) else format_percent(share)


def matrix_peers(state: AssessmentState) -> MatrixPeers | None:
    """The peer column for the open assessment's council, from the loaded benchmark."""
    return MatrixPeers.of(assessment_peers(state.database, state.loaded))
