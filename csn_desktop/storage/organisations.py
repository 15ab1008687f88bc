"""Organisations: loading the bundled council list, finding and listing them."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csn_desktop.storage.models import OTHER_TYPE_CODE, Organisation


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    """One row of resources/councils/uk_local_authorities.csv."""

    gss_code: str
    name: str
    official_name: str
    type_code: str
    type_name: str
    nation: str
    region: str
    # The Welsh names of a Welsh council ("Caerdydd", "Cyngor Caerdydd"); empty elsewhere.
    name_cy: str = ""
    official_name_cy: str = ""


_FIELDS = tuple(f.name for f in fields(OrganisationRow))
# Columns a row may leave out: lists written before the Welsh names were added.
_OPTIONAL = frozenset({"name_cy", "official_name_cy"})


def _as_row(row: OrganisationRow | Mapping[str, object]) -> OrganisationRow:
    if isinstance(row, OrganisationRow):
        return row
    missing = [name for name in _FIELDS if name not in row and name not in _OPTIONAL]
    if missing:
        raise ValueError(f"organisation row {dict(row)!r} lacks {', '.join(missing)}")
    values = {name: str(row.get(name) or "").strip() for name in _FIELDS}
    if not values["gss_code"]:
        raise ValueError(f"organisation row {dict(row)!r} has no GSS code")
    return OrganisationRow(**values)


def read_organisations_csv(path: Path) -> list[OrganisationRow]:
    """Read the councils CSV (UTF-8, with or without a byte-order mark)."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return [_as_row(row) for row in csv.DictReader(stream)]


def read_other_names(path: Path) -> dict[str, tuple[str, ...]]:
    """GSS code → the council's other names (Welsh names), from resources/councils/other_names.csv.

    A missing file gives none: the names and official names still work.
    """
    found: dict[str, list[str]] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            for row in csv.DictReader(stream):
                code, name = (row.get("gss_code") or "").strip(), (row.get("name") or "").strip()
                if code and name:
                    found.setdefault(code, []).append(name)
    except FileNotFoundError:
        return {}
    return {code: tuple(names) for code, names in found.items()}


def read_counties(path: Path) -> dict[str, str]:
    """GSS code → the county (or metropolitan county) a district lies in, from
    resources/councils/counties.csv; a missing file gives none."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            return {
                code: county
                for row in csv.DictReader(stream)
                if (code := (row.get("gss_code") or "").strip())
                and (county := (row.get("county") or "").strip())
            }
    except FileNotFoundError:
        return {}


def load_organisations(
    session: Session,
    rows: Iterable[OrganisationRow | Mapping[str, object]],
    *,
    retire_missing: bool = False,
) -> int:
    """Insert or update organisations by GSS code; return how many rows were loaded.

    With retire_missing, councils with a GSS code that are absent from rows are marked
    not current (never deleted: assessments refer to them).
    """
    existing = {
        org.gss_code: org
        for org in session.scalars(select(Organisation).where(Organisation.gss_code.is_not(None)))
    }
    seen: set[str] = set()
    for raw in rows:
        row = _as_row(raw)
        seen.add(row.gss_code)
        org = existing.get(row.gss_code)
        if org is None:
            org = Organisation(gss_code=row.gss_code)
            session.add(org)
            existing[row.gss_code] = org
        org.name = row.name
        org.official_name = row.official_name
        org.type_code = row.type_code
        org.type_name = row.type_name
        org.nation = row.nation
        org.region = row.region
        org.name_cy = row.name_cy or None
        org.official_name_cy = row.official_name_cy or None
        org.current = True
    if retire_missing:
        for code, org in existing.items():
            if code not in seen:
                org.current = False
    session.flush()
    return len(seen)


def add_other_organisation(
    session: Session, name: str, *, nation: str = "", region: str = ""
) -> Organisation:
    """An organisation typed in by the user, with no GSS code."""
    org = Organisation(
        gss_code=None,
        name=name,
        official_name=name,
        type_code=OTHER_TYPE_CODE,
        # Stored beside the official type names of the register, which are data too.
        type_name="Other organisation",  # not translated: stored data
        nation=nation,
        region=region,
        current=True,
    )
    session.add(org)
    session.flush()
    return org


def find_organisation(session: Session, gss_code: str) -> Organisation | None:
    return session.scalars(select(Organisation).where(Organisation.gss_code == gss_code)).first()


def list_organisations(session: Session, *, current_only: bool = False) -> list[Organisation]:
    """Organisations by name (then official name, for councils that share a short name)."""
    query = select(Organisation).order_by(Organisation.name, Organisation.official_name)
    if current_only:
        query = query.where(Organisation.current.is_(True))
    return list(session.scalars(query))


def count_current_councils(session: Session) -> int:
    """Current councils, to compare with the bundled list (organisations users added excluded)."""
    count = session.scalar(
        select(func.count())
        .select_from(Organisation)
        .where(Organisation.type_code != OTHER_TYPE_CODE, Organisation.current.is_(True))
    )
    return int(count or 0)
