"""Read-only lists the window offers: organisations to choose from and an assessment's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from csn_desktop.domain.council_search import search_councils
from csn_desktop.domain.organisation_names import local_name
from csn_desktop.paths import resources_dir
from csn_desktop.storage.audit import list_audit_events
from csn_desktop.storage.database import Database
from csn_desktop.storage.organisations import list_organisations, read_counties, read_other_names


@dataclass(frozen=True, slots=True)
class OrganisationChoice:
    """A council (with its GSS code) that a new assessment can be for."""

    gss_code: str
    name: str
    official_name: str
    nation: str
    # Welsh and other names from resources/councils/other_names.csv ("Caerdydd", "Ynys Môn").
    other_names: tuple[str, ...] = ()
    type_code: str = ""
    type_name: str = ""
    region: str = ""
    # The county (or metropolitan county) of a district, telling "Rother" from "Rotherham".
    county: str = ""
    # A Welsh council's names in Welsh ("Caerdydd", "Cyngor Caerdydd"), shown in Welsh.
    name_cy: str | None = None
    official_name_cy: str | None = None

    @property
    def area(self) -> str:
        """Where the council is, as shown beside its name: its county, else its region."""
        return self.county or self.region or self.nation

    @property
    def search_names(self) -> tuple[str, ...]:
        """Everything the council can be found by: its names in either language and its GSS code."""
        welsh = tuple(n for n in (self.name_cy, self.official_name_cy) if n)
        return (self.name, self.official_name, *welsh, *self.other_names, self.gss_code)

    def shown_name(self, language: str) -> str:
        """The council's name in ``language``: "Caerdydd" in Welsh, "Cardiff" in English."""
        return local_name(self.name, self.name_cy, language)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One event of an assessment's audit trail."""

    at: datetime
    kind: str
    detail: str
    actor: str


def organisation_choices(database: Database) -> list[OrganisationChoice]:
    """Current councils by name, with their other names, type and county."""
    councils = resources_dir() / "councils"
    other_names = read_other_names(councils / "other_names.csv")
    counties = read_counties(councils / "counties.csv")
    with database.read_session() as session:
        return [
            OrganisationChoice(
                o.gss_code,
                o.name,
                o.official_name,
                o.nation,
                other_names.get(o.gss_code, ()),
                o.type_code,
                o.type_name,
                o.region,
                counties.get(o.gss_code, ""),
                o.name_cy,
                o.official_name_cy,
            )
            for o in list_organisations(session, current_only=True)
            if o.gss_code
        ]


def find_councils(choices: list[OrganisationChoice], text: str) -> list[OrganisationChoice]:
    """The councils matching what was typed (any name, Welsh included, or GSS code), best first."""
    return search_councils(text, choices, lambda choice: choice.search_names)


def assessment_history(database: Database, assessment_id: int) -> list[HistoryEntry]:
    """The audit trail of an assessment, oldest first."""
    with database.read_session() as session:
        return [
            HistoryEntry(e.at, e.kind, e.detail, e.actor)
            for e in list_audit_events(session, assessment_id)
        ]
