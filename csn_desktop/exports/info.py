"""What an export says about the assessment besides its answers: council, period, status, dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from csn_desktop.domain.status import Status


@dataclass(frozen=True, slots=True)
class ExportInfo:
    """The assessment's details as plain data, so the writers need no database."""

    submission_uuid: str
    organisation_name: str
    gss_code: str | None
    nation: str
    region: str
    organisation_type: str
    period: str
    status: str  # "draft" or "final"
    exported_at: datetime  # timezone-aware, UTC
    app_version: str
    finalised_at: datetime | None = None

    @property
    def is_draft(self) -> bool:
        return self.status != Status.FINAL


def utc_iso(moment: datetime) -> str:
    """An instant as ISO 8601 in UTC with a Z, to the second: 2026-11-24T09:30:00Z."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
