"""Writing imported submissions quickly: plain statements on the session's connection, no ORM."""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Dialect,
    Select,
    Table,
    bindparam,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from csn_desktop.domain.status import Status
from csn_desktop.storage import audit
from csn_desktop.storage.group_lock import lock_versions
from csn_desktop.storage.models import ORIGIN_IMPORTED, Base
from csn_desktop.storage.versions import Group, set_current

_ORGANISATIONS = "csn_desktop.organisations"  # session.info key: GSS code → Council
# On SQLite, statements go straight to the driver (inside the session's transaction): building
# and processing parameters in SQLAlchemy costs several times what SQLite takes to run them.
# Other databases get the same statements through SQLAlchemy Core. Tests switch this off.
RAW_SQLITE = True
# From this many rows (a file's answers) PostgreSQL gets them by COPY: fewer, and the round trips
# its two exchanges cost are less than one statement a row, even pipelined (psycopg's executemany).
COPY_ROWS = 8
_ASSESSMENT_COLUMNS = (
    "uuid",
    "organisation_id",
    "questionnaire_id",
    "questionnaire_version",
    "period",
    "status",
    "respondent",
    "origin",
    "source_file_sha256",
    "flagged",
    "exported_at",
    "created_at",
    "updated_at",
    "finalised_at",
    "submission_uuid",
    "file_modified_at",
    "withdrawn_at",
    "decision_pending",
    "answered_count",
    "required_count",
)
_EVENT_COLUMNS = ("assessment_id", "at", "kind", "detail", "actor")
_ANSWER_COLUMNS = ("assessment_id", "question_id", "item_key", "value_json", "updated_at")
_RECORD_COLUMNS = (
    "file_name",
    "sha256",
    "imported_at",
    "outcome",
    "message",
    "submission_uuid",
    "assessment_id",
)


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """A version already in the group a file belongs to, as an import compares it."""

    id: int
    uuid: str
    submission_uuid: str | None
    origin: str
    status: str
    source_file_sha256: str | None
    exported_at: datetime | None
    file_modified_at: datetime | None
    created_at: datetime
    current: bool
    withdrawn_at: datetime | None
    flagged: bool
    file_name: str | None  # of the import that stored it; None for a local assessment
    imported_at: datetime | None

    @property
    def imported(self) -> bool:
        return self.origin == ORIGIN_IMPORTED


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
    submission_uuid: str
    file_modified_at: datetime | None
    withdrawn_at: datetime | None
    decision_pending: bool
    # Its progress (storage/summaries), stored with the row rather than updated after it.
    answered_count: int | None = None
    required_count: int | None = None


class _Writer:
    """The session's connection, and its SQLite driver connection when statements go there."""

    def __init__(self, session: Session) -> None:
        self.connection: Connection = session.connection()
        self.dialect: Dialect = self.connection.dialect
        driver = self.connection.connection.driver_connection
        raw = RAW_SQLITE and self.dialect.name == "sqlite"
        self.raw: sqlite3.Connection | None = (
            driver if raw and isinstance(driver, sqlite3.Connection) else None
        )

    def bound(self, table: str, column: str, value: Any) -> Any:
        """``value`` as SQLAlchemy would hand it to the driver (needed on the raw path)."""
        if self.raw is None:
            return value
        process = _processors(self.dialect, table, column)[0]
        return process(value) if process else value

    def insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> int:
        """Insert rows (already bound); the new row's id when there is one row."""
        if self.raw is not None:
            marks = ", ".join("?" * len(columns))
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608
            if len(rows) == 1:
                return int(self.raw.execute(sql, rows[0]).lastrowid or 0)
            self.raw.executemany(sql, rows)
            return 0
        if len(rows) >= COPY_ROWS and self.dialect.driver == "psycopg":  # not translated: name
            self._copy(table, columns, rows)
            return 0
        result = self.connection.execute(
            insert(_table(table)), [dict(zip(columns, row, strict=True)) for row in rows]
        )
        key = result.inserted_primary_key if len(rows) == 1 else None
        return int(key[0]) if key else 0

    def _copy(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """PostgreSQL's COPY: a file's answers in one stream, not a statement a row.

        On a server each statement is a round trip; a file has a hundred answers or more.
        """
        bind = [_processors(self.dialect, table, column)[0] for column in columns]
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"  # not translated: SQL
        driver: Any = self.connection.connection.driver_connection
        with driver.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row([b(v) if b else v for b, v in zip(bind, row, strict=True)])


@cache
def _processors(dialect: Dialect, table: str, column: str) -> tuple[Any, Any]:
    """(bind, result) processors of a column for a dialect, None where there is none."""
    kind = _table(table).c[column].type.dialect_impl(dialect)
    return kind.bind_processor(dialect), kind.result_processor(dialect, None)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


@dataclass(frozen=True, slots=True)
class Council:
    """A council with a GSS code, as an import compares the names a file gives with it."""

    id: int
    gss_code: str
    name: str
    official_name: str


def organisation_by_code(session: Session, gss_code: str) -> Council | None:
    """The council with this GSS code.

    Every council's is read in one query the first time and kept for the session's lifetime:
    a batch of submissions comes from hundreds of councils, and councils are not deleted.
    """
    known: dict[str, Council] | None = session.info.get(_ORGANISATIONS)
    if known is None or gss_code not in known:
        known = session.info[_ORGANISATIONS] = {c.gss_code: c for c in _councils(session)}
    return known.get(gss_code)


def organisation_by_id(session: Session, organisation_id: int) -> Council | None:
    """The council with this id (None for an organisation without a GSS code)."""
    known: dict[str, Council] | None = session.info.get(_ORGANISATIONS)
    if known is None or all(c.id != organisation_id for c in known.values()):
        known = session.info[_ORGANISATIONS] = {c.gss_code: c for c in _councils(session)}
    return next((c for c in known.values() if c.id == organisation_id), None)


def _councils(session: Session) -> list[Council]:
    table = _table("organisation")
    rows = session.connection().execute(
        select(table.c.id, table.c.gss_code, table.c.name, table.c.official_name).where(
            table.c.gss_code.is_not(None)
        )
    )
    return [Council(int(i), str(c), str(n), str(official or "")) for i, c, n, official in rows]


# The raw-SQLite forms of the two reads an import makes before it stores a version.
_GROUP_SQL = (
    "SELECT a.id, a.uuid, a.submission_uuid, a.origin, a.status, a.source_file_sha256,"
    " a.exported_at, a.file_modified_at, a.created_at, a.superseded_by_id IS NULL,"
    " a.withdrawn_at, a.flagged, r.file_name, r.imported_at FROM assessment a"
    " LEFT JOIN import_record r ON r.id ="
    " (SELECT min(id) FROM import_record WHERE assessment_id = a.id)"
    " WHERE a.organisation_id = ? AND a.period = ? AND a.questionnaire_id = ? ORDER BY a.id"
)  # not translated: SQL
_MOVED_SQL = (
    "SELECT DISTINCT organisation_id FROM assessment "  # not translated: SQL
    "WHERE submission_uuid = ? OR uuid = ?"  # not translated: SQL
)
_GROUP_TIMES: tuple[tuple[int, str, str], ...] = (
    (6, "assessment", "exported_at"),
    (7, "assessment", "file_modified_at"),
    (8, "assessment", "created_at"),
    (10, "assessment", "withdrawn_at"),
    (13, "import_record", "imported_at"),
)


@cache
def _group_statement() -> Select[*tuple[Any, ...]]:
    """The same read as _GROUP_SQL through SQLAlchemy Core (built once)."""
    table, records = _table("assessment"), _table("import_record")
    first = (
        select(func.min(records.c.id))
        .where(records.c.assessment_id == table.c.id)
        .correlate(table)
        .scalar_subquery()
    )
    return (
        select(
            table.c.id,
            table.c.uuid,
            table.c.submission_uuid,
            table.c.origin,
            table.c.status,
            table.c.source_file_sha256,
            table.c.exported_at,
            table.c.file_modified_at,
            table.c.created_at,
            table.c.superseded_by_id.is_(None),
            table.c.withdrawn_at,
            table.c.flagged,
            records.c.file_name,
            records.c.imported_at,
        )
        .outerjoin(records, records.c.id == first)
        .where(
            table.c.organisation_id == bindparam("organisation_id"),
            table.c.period == bindparam("period"),
            table.c.questionnaire_id == bindparam("questionnaire_id"),
        )
        .order_by(table.c.id)
    )


def group_versions(
    session: Session, organisation_id: int, period: str, questionnaire_id: str
) -> list[StoredVersion]:
    """Every version of (organisation, period, questionnaire), with its first import record.

    On a server database the organisation's row is locked first (group_lock), so that two
    programs storing versions of one council at once take turns, each reading what the other
    committed (SQLite's write lock already does this).
    """
    lock_versions(session, organisation_id)
    writer = _Writer(session)
    rows: list[list[Any]]
    if writer.raw is not None:
        rows = [
            list(r)
            for r in writer.raw.execute(_GROUP_SQL, (organisation_id, period, questionnaire_id))
        ]
        for row in rows:
            for index, table, column in _GROUP_TIMES:
                read = _processors(writer.dialect, table, column)[1]
                if read is not None:
                    row[index] = read(row[index])
    else:
        parameters = {
            "organisation_id": organisation_id,
            "period": period,
            "questionnaire_id": questionnaire_id,
        }
        rows = [list(r) for r in writer.connection.execute(_group_statement(), parameters)]
    return [
        StoredVersion(
            id=r[0],
            uuid=r[1],
            submission_uuid=r[2],
            origin=r[3],
            status=r[4],
            source_file_sha256=r[5],
            exported_at=r[6],
            file_modified_at=r[7],
            created_at=r[8],
            current=bool(r[9]),
            withdrawn_at=r[10],
            flagged=bool(r[11]),
            file_name=r[12],
            imported_at=r[13],
        )
        for r in rows
    ]


def organisations_of_submission(session: Session, submission_uuid: str) -> set[int]:
    """The organisations any version of this submission id is stored under."""
    writer = _Writer(session)
    if writer.raw is not None:
        found = writer.raw.execute(_MOVED_SQL, (submission_uuid, submission_uuid))
        return {int(i) for (i,) in found}
    table = _table("assessment")
    query = select(table.c.organisation_id).where(
        or_(table.c.submission_uuid == submission_uuid, table.c.uuid == submission_uuid)
    )
    return {int(i) for i in writer.connection.execute(query).scalars()}


def free_uuid(session: Session, uuid: str) -> bool:
    """Give the imported row holding this uuid a new one, so that a newer version can take it.

    False when an assessment made in this database holds it: its id is what its own exports
    carry, so it keeps it.
    """
    writer = _Writer(session)
    table = _table("assessment")
    if writer.raw is not None:
        holders = writer.raw.execute(
            "SELECT id, origin FROM assessment WHERE uuid = ?",  # not translated: SQL
            (uuid,),
        ).fetchall()
    else:
        query = select(table.c.id, table.c.origin).where(table.c.uuid == uuid)
        holders = [tuple(r) for r in writer.connection.execute(query)]
    if not holders:  # the usual case: a council's first version
        return True
    if holders[0][1] != ORIGIN_IMPORTED:
        return False
    if writer.raw is not None:
        writer.raw.execute(
            "UPDATE assessment SET uuid = ? WHERE id = ?",  # not translated: SQL
            (str(uuid_module.uuid4()), holders[0][0]),
        )
    else:
        writer.connection.execute(
            update(table).where(table.c.id == holders[0][0]).values(uuid=str(uuid_module.uuid4()))
        )
    return True


_CURRENT_SQL = (
    "UPDATE assessment SET superseded_by_id ="  # not translated: SQL
    " CASE id WHEN ? THEN NULL ELSE ? END "  # not translated: SQL
    "WHERE organisation_id = ? AND period = ? AND questionnaire_id = ?"  # not translated: SQL
)


def set_group_current(
    session: Session, organisation_id: int, period: str, questionnaire_id: str, current_id: int
) -> None:
    """versions.set_current in one statement on the raw path (an import's every new version)."""
    writer = _Writer(session)
    if writer.raw is None:
        set_current(session, Group(organisation_id, period, questionnaire_id), current_id)
        return
    writer.raw.execute(
        _CURRENT_SQL, (current_id, current_id, organisation_id, period, questionnaire_id)
    )


_ANSWER_ROWS_SQL = (
    "SELECT question_id, item_key, value_json FROM answer "  # not translated: SQL
    "WHERE assessment_id = ?"  # not translated: SQL
)


def answer_rows(session: Session, assessment_id: int) -> list[tuple[str, str, str]]:
    """(question id, item key, value JSON) of an assessment's answers, sorted by the first two.

    The JSON as stored: a duplicate check hashes it without building Answers through the ORM.
    """
    writer = _Writer(session)
    found: Iterable[Any]
    if writer.raw is not None:
        # The driver's own tuples of text: a re-send reads its current version's every row.
        return sorted(writer.raw.execute(_ANSWER_ROWS_SQL, (assessment_id,)).fetchall())
    table = _table("answer")
    found = writer.connection.execute(
        select(table.c.question_id, table.c.item_key, table.c.value_json).where(
            table.c.assessment_id == assessment_id
        )
    )
    return sorted((str(q), str(item), str(text)) for q, item, text in found)


def add_events(session: Session, events: list[tuple[int, str, str]], now: datetime) -> None:
    """Audit events (assessment id, kind, detail) under the current actor, in one statement."""
    _add_events(_Writer(session), events, now)


def add_imported(session: Session, new: NewImport, file_name: str, now: datetime) -> int:
    """Insert an imported assessment with its "created" and "imported" events; its id."""
    writer = _Writer(session)
    stamp = writer.bound("assessment", "created_at", now)
    values = (
        str(uuid_module.UUID(new.uuid)),
        new.organisation_id,
        new.questionnaire_id,
        new.questionnaire_version,
        new.period,
        new.status,
        new.respondent,
        ORIGIN_IMPORTED,
        new.source_file_sha256,
        writer.bound("assessment", "flagged", new.flagged),
        writer.bound("assessment", "exported_at", new.exported_at),
        stamp,
        stamp,
        stamp if new.status == Status.FINAL else None,
        new.submission_uuid,
        writer.bound("assessment", "file_modified_at", new.file_modified_at),
        writer.bound("assessment", "withdrawn_at", new.withdrawn_at),
        writer.bound("assessment", "decision_pending", new.decision_pending),
        new.answered_count,
        new.required_count,
    )
    assessment_id = writer.insert("assessment", _ASSESSMENT_COLUMNS, [values])
    created = f"{new.questionnaire_id} v{new.questionnaire_version}, {new.period}, imported"
    events = [(assessment_id, audit.CREATED, created), (assessment_id, audit.IMPORTED, file_name)]
    _add_events(writer, events, now)
    return assessment_id


def _add_events(writer: _Writer, events: list[tuple[int, str, str]], now: datetime) -> None:
    actor = audit.current_actor()
    at = writer.bound("audit_event", "at", now)
    rows = [(a, at, kind, detail, actor) for a, kind, detail in events]
    writer.insert("audit_event", _EVENT_COLUMNS, rows)


def add_answer_rows(
    session: Session, assessment_id: int, rows: Sequence[tuple[str, str, str]], now: datetime
) -> None:
    """Insert (question id, item key, value JSON) rows of a new assessment in one executemany."""
    if rows:
        writer = _Writer(session)
        stamp = writer.bound("answer", "updated_at", now)
        writer.insert(
            "answer", _ANSWER_COLUMNS, [(assessment_id, q, item, v, stamp) for q, item, v in rows]
        )


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
    writer = _Writer(session)
    stamp = writer.bound("import_record", "imported_at", now)
    row = (file_name[:500], sha256, stamp, outcome, message, submission_uuid, assessment_id)
    writer.insert("import_record", _RECORD_COLUMNS, [row])
