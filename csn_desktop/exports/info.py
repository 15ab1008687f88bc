"""What an export says about the assessment besides its answers: council, period, status, dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from csn_desktop.domain.organisation_names import local_name
from csn_desktop.domain.status import Status
from csn_desktop.i18n import language


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
    organisation_name_cy: str | None = None  # a Welsh council's Welsh name

    @property
    def is_draft(self) -> bool:
        return self.status != Status.FINAL

    def shown_name(self) -> str:
        """The council's name as a reader of the current language knows it (Welsh in Welsh).

        Only for people: the file's data (the About rows, the metadata) keep ``organisation_name``.
        """
        return local_name(self.organisation_name, self.organisation_name_cy, language())


def utc_iso(moment: datetime) -> str:
    """An instant as ISO 8601 in UTC with a Z, to the second: 2026-11-24T09:30:00Z."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
