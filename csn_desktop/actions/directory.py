"""Read-only lists the window offers: organisations to choose from and an assessment's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from csn_desktop.storage.audit import list_audit_events
from csn_desktop.storage.database import Database
from csn_desktop.storage.organisations import list_organisations


@dataclass(frozen=True, slots=True)
class OrganisationChoice:
    """A council (with its GSS code) that a new assessment can be for."""

    gss_code: str
    name: str
    official_name: str
    nation: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One event of an assessment's audit trail."""

    at: datetime
    kind: str
    detail: str
    actor: str


def organisation_choices(database: Database) -> list[OrganisationChoice]:
    """Current councils by name."""
    with database.read_session() as session:
        return [
            OrganisationChoice(o.gss_code, o.name, o.official_name, o.nation)
            for o in list_organisations(session, current_only=True)
            if o.gss_code
        ]


def assessment_history(database: Database, assessment_id: int) -> list[HistoryEntry]:
    """The audit trail of an assessment, oldest first."""
    with database.read_session() as session:
        return [
            HistoryEntry(e.at, e.kind, e.detail, e.actor)
            for e in list_audit_events(session, assessment_id)
        ]
