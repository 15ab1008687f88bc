"""How an assessment compares with its council's peers, from the loaded peer benchmark."""

from __future__ import annotations

from csn_desktop.actions.assessments import LoadedAssessment
from csn_desktop.actions.peer_benchmark import PeerShares, peer_shares
from csn_desktop.domain.comparison import Comparison, compare
from csn_desktop.storage.database import Database


def assessment_peers(database: Database, loaded: LoadedAssessment) -> PeerShares | None:
    """The peers of the assessment's council: from its period's benchmark, else the current one.

    None for another organisation (no GSS code) or when no benchmark is loaded.
    """
    code = loaded.summary.gss_code
    if not code:
        return None
    own = peer_shares(database, code, period=loaded.summary.period)
    return own if own is not None else peer_shares(database, code)


def assessment_comparison(database: Database, loaded: LoadedAssessment) -> Comparison | None:
    """The assessment beside its UK, nation and authority-type peers, by theme; None without."""
    peers = assessment_peers(database, loaded)
    if peers is None:
        return None
    return comparison_of(loaded, peers)


def comparison_of(loaded: LoadedAssessment, peers: PeerShares) -> Comparison:
    return compare(
        loaded.questionnaire, loaded.answers, peers.benchmark, peers.groups, peers.description
    )
