"""Writing imported submissions quickly: Core statements on the session's connection, no ORM."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Insert, Select, Table, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from csn_desktop.storage import audit
from csn_desktop.storage.models import ORIGIN_IMPORTED, STATUS_FINAL, Base

_ORGANISATIONS = "csn_desktop.organisations"  # session.info key: GSS code → (id, name)


@dataclass(frozen=True, slots=True)
class Known:
    """An assessment already in the database with the same file or submission uuid."""

    id: int
    uuid: str
    origin: str
    organisation_id: int
    period: str
    status: str
    exported_at: datetime | None
    source_file_sha256: str | None


@dataclass(frozen=True, slots=True)
class NewImport:
    """What an imported assessment row holds."""

    uuid: str
    organisation_id: int
    questionnaire_id: str
    questionnaire_version: int
    period: str
    status: str
    respondent: str | None
    source_file_sha256: str
    exported_at: datetime
    flagged: bool


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def organisation_by_code(session: Session, gss_code: str) -> tuple[int, str] | None:
    """(id, name) of the council with this GSS code, remembered for the session's lifetime."""
    remembered: dict[str, tuple[int, str] | None] = session.info.setdefault(_ORGANISATIONS, {})
    if gss_code not in remembered:
        table = _table("organisation")
        row = session.execute(
            select(table.c.id, table.c.name).where(table.c.gss_code == gss_code).limit(1)
        ).first()
        remembered[gss_code] = (int(row[0]), str(row[1])) if row else None
    return remembered[gss_code]


@cache
def _known_query() -> Select[Any]:
    table = _table("assessment")
    return select(
        table.c.id,
        table.c.uuid,
        table.c.origin,
        table.c.organisation_id,
        table.c.period,
        table.c.status,
        table.c.exported_at,
        table.c.source_file_sha256,
    ).where(
        or_(
            table.c.source_file_sha256 == bindparam("sha256"),
            table.c.uuid == bindparam("uuid"),
        )
    )


def find_known(session: Session, file_sha256: str, uuid: str) -> tuple[Known | None, Known | None]:
    """(an assessment imported from this very file, the assessment with this uuid), one query."""
    rows = [
        Known(*row)
        for row in session.connection().execute(
            _known_query(), {"sha256": file_sha256, "uuid": uuid}
        )
    ]
    same_file = min(
        (k for k in rows if k.source_file_sha256 == file_sha256), key=lambda k: k.id, default=None
    )
    same_uuid = next((k for k in rows if k.uuid == uuid), None)
    return same_file, same_uuid


def retire_uuid(session: Session, assessment_id: int) -> None:
    """Give an assessment a new internal uuid, so that a newer version can take its uuid."""
    table = _table("assessment")
    session.connection().execute(
        update(table).where(table.c.id == assessment_id).values(uuid=str(uuid_module.uuid4()))
    )


def mark_superseded(session: Session, old_id: int, new_id: int, detail: str, now: datetime) -> None:
    table = _table("assessment")
    connection = session.connection()
    connection.execute(update(table).where(table.c.id == old_id).values(superseded_by_id=new_id))
    _add_events(session, [(old_id, audit.SUPERSEDED, detail)], now)


@cache
def _assessment_insert() -> Insert:
    return insert(_table("assessment"))


def add_imported(session: Session, new: NewImport, file_name: str, now: datetime) -> int:
    """Insert an imported assessment with its "created" and "imported" events; its id."""
    result = session.connection().execute(
        _assessment_insert(),
        {
            "uuid": str(uuid_module.UUID(new.uuid)),
            "organisation_id": new.organisation_id,
            "questionnaire_id": new.questionnaire_id,
            "questionnaire_version": new.questionnaire_version,
            "period": new.period,
            "status": new.status,
            "respondent": new.respondent,
            "origin": ORIGIN_IMPORTED,
            "source_file_sha256": new.source_file_sha256,
            "flagged": new.flagged,
            "superseded_by_id": None,
            "exported_at": new.exported_at,
            "created_at": now,
            "updated_at": now,
            "finalised_at": now if new.status == STATUS_FINAL else None,
        },
    )
    key = result.inserted_primary_key
    assert key is not None
    assessment_id = int(key[0])
    created = f"{new.questionnaire_id} v{new.questionnaire_version}, {new.period}, imported"
    _add_events(
        session,
        [(assessment_id, audit.CREATED, created), (assessment_id, audit.IMPORTED, file_name)],
        now,
    )
    return assessment_id


@cache
def _event_insert() -> Insert:
    return insert(_table("audit_event"))


def _add_events(session: Session, events: list[tuple[int, str, str]], now: datetime) -> None:
    actor = audit.current_actor()
    session.connection().execute(
        _event_insert(),
        [
            {"assessment_id": a, "at": now, "kind": kind, "detail": detail, "actor": actor}
            for a, kind, detail in events
        ],
    )


def add_answer_rows(
    session: Session, assessment_id: int, rows: Sequence[tuple[str, str, str]], now: datetime
) -> None:
    """Insert (question id, item key, value JSON) rows of a new assessment in one executemany.

    On SQLite the rows go straight to the driver: SQLAlchemy's per-row parameter processing
    costs more than SQLite's insert. The timestamp is converted once, as SQLAlchemy would.
    """
    if not rows:
        return
    connection = session.connection()
    table = _table("answer")
    dialect = connection.dialect
    if dialect.name == "sqlite" and dialect.paramstyle == "qmark":
        process = table.c.updated_at.type.bind_processor(dialect)
        stamp: Any = process(now) if process else now
        connection.exec_driver_sql(
            "INSERT INTO answer (assessment_id, question_id, item_key, value_json, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(assessment_id, q, item, value, stamp) for q, item, value in rows],
        )
        return
    statement = insert(table).values(
        assessment_id=assessment_id,
        question_id=bindparam("q"),
        item_key=bindparam("i"),
        value_json=bindparam("v"),
        updated_at=now,
    )
    connection.execute(statement, [{"q": q, "i": item, "v": value} for q, item, value in rows])


@cache
def _record_insert() -> Insert:
    return insert(_table("import_record"))


def add_import_record(
    session: Session,
    *,
    file_name: str,
    sha256: str,
    outcome: str,
    message: str,
    submission_uuid: str | None,
    assessment_id: int | None,
    now: datetime,
) -> None:
    session.connection().execute(
        _record_insert(),
        {
            "file_name": file_name[:500],
            "sha256": sha256,
            "imported_at": now,
            "outcome": outcome,
            "message": message,
            "submission_uuid": submission_uuid,
            "assessment_id": assessment_id,
        },
    )
