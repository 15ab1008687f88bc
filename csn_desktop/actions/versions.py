"""Staff decisions on versions: list a submission's versions, make one current, keep, withdraw."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from csn_desktop.errors import UserError
from csn_desktop.i18n import _, format_datetime
from csn_desktop.storage import decision_versions
from csn_desktop.storage import versions as stored
from csn_desktop.storage.database import Database
from csn_desktop.storage.group_lock import lock_versions


class VersionNotFound(UserError):
    """No assessment has the id given."""


class VersionRefused(UserError):
    """The step asked for does not apply to this version (already current, not pending …)."""


class DecisionChanged(VersionRefused):
    """Someone else decided on the same versions since they were read: nothing was changed."""


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One version of a group (organisation, period, questionnaire): what staff see of it.

    ``file_*``, ``imported_at``, ``outcome`` and ``message`` come from the import record that
    stored the version; a local assessment (made in this database) has none of them.
    """

    assessment_id: int
    council: str
    gss_code: str | None
    period: str
    questionnaire_id: str
    questionnaire_version: int
    status: str
    origin: str  # storage.models.ORIGIN_LOCAL or ORIGIN_IMPORTED
    file_name: str | None
    file_sha256: str | None
    imported_at: datetime | None
    exported_at: datetime | None
    file_modified_at: datetime | None
    outcome: str | None  # imports.outcomes.Outcome value of its import record
    message: str
    current: bool
    withdrawn: bool
    withdrawn_at: datetime | None
    decision_pending: bool
    flagged: bool
    answer_count: int
    # The group's decision version as read: pass it back as ``seen`` with a decision.
    decision_version: int = 1


def list_versions(database: Database, assessment_id: int) -> list[VersionInfo]:
    """Every version of this assessment's group, the newest import first (local ones by creation).

    Raises VersionNotFound for an unknown id.
    """
    with database.read_session() as session:
        rows = stored.versions_of(session, _known(session, assessment_id))
        return [_info(row, _group_version(session, row)) for row in rows]


def make_current(database: Database, assessment_id: int, *, seen: int | None = None) -> str:
    """Make this version the one counted: every other version of its group points to it.

    Clears every pending decision of the group; the submission's uuid moves to this version.
    Records a "made current" audit event. Returns one sentence saying what was done.
    Raises VersionNotFound, or VersionRefused when it is current already.
    """
    with database.session() as session:
        row = _locked(session, assessment_id)
        _claim(session, row, seen)
        if row.current and not row.group_pending:
            raise VersionRefused(
                _("Version {number} is already the current one: nothing was changed.").format(
                    number=assessment_id
                )
            )
        stored.make_current(session, assessment_id)
        session.commit()
    return _("Version {number} is now the current one for {council}, {period}.").format(
        number=assessment_id, council=row.council, period=row.period
    )


def keep_current(database: Database, assessment_id: int, *, seen: int | None = None) -> str:
    """Decide that a version waiting for a decision stays an older version (the current one stays).

    Records a "kept older" audit event. Returns one sentence saying what was done.
    Raises VersionNotFound, or VersionRefused when the version waits for no decision.
    """
    with database.session() as session:
        row = _locked(session, assessment_id)
        _claim(session, row, seen)
        if not row.decision_pending:
            raise VersionRefused(
                _("Version {number} is not waiting for a decision: nothing was changed.").format(
                    number=assessment_id
                )
            )
        stored.keep_older(session, assessment_id)
        session.commit()
    return _("Version {number} is kept as an older version; the current one stays.").format(
        number=assessment_id
    )


def withdraw(
    database: Database, assessment_id: int, reason: str = "", *, seen: int | None = None
) -> str:
    """Leave this version's whole group out of every figure and output; every version is kept.

    Records a "withdrawn" audit event with the reason. Returns one sentence.
    Raises VersionNotFound, or VersionRefused when the group is withdrawn already.
    """
    with database.session() as session:
        row = _locked(session, assessment_id)
        _claim(session, row, seen)
        if row.withdrawn_at is not None:
            raise VersionRefused(
                _("{council}, {period} is already withdrawn: nothing was changed.").format(
                    council=row.council, period=row.period
                )
            )
        stored.withdraw(session, assessment_id, reason.strip())
        session.commit()
    return _("{council}, {period} is withdrawn: it is left out of the figures.").format(
        council=row.council, period=row.period
    )


def reinstate(database: Database, assessment_id: int, *, seen: int | None = None) -> str:
    """Count a withdrawn group again. Records a "reinstated" audit event. Returns one sentence.

    Raises VersionNotFound, or VersionRefused when the group is not withdrawn.
    """
    with database.session() as session:
        row = _locked(session, assessment_id)
        _claim(session, row, seen)
        if row.withdrawn_at is None:
            raise VersionRefused(
                _("{council}, {period} is not withdrawn: nothing was changed.").format(
                    council=row.council, period=row.period
                )
            )
        stored.reinstate(session, assessment_id)
        session.commit()
    return _("{council}, {period} is counted in the figures again.").format(
        council=row.council, period=row.period
    )


def pending_decisions(database: Database) -> list[VersionInfo]:
    """Every version waiting for staff to choose, the newest import first."""
    with database.read_session() as session:
        rows = stored.pending_versions(session)
        return [_info(row, _group_version(session, row)) for row in rows]


def withdrawn(database: Database) -> list[VersionInfo]:
    """The current version of every withdrawn group, by council and period."""
    with database.read_session() as session:
        rows = stored.withdrawn_versions(session)
        return [_info(row, _group_version(session, row)) for row in rows]


def _claim(session: Session, row: stored.VersionRow, seen: int | None) -> None:
    """Take the group's next decision version, from ``seen`` (VersionInfo.decision_version, as
    read by whoever decides; None: from the one stored now, for the command line). Raises
    DecisionChanged, naming who decided last and when, if another decision came first."""
    group = row.group
    if seen is None:
        seen = decision_versions.group_version(session, group)
    if decision_versions.claim(session, group, seen):
        return
    last = decision_versions.last_decision(session, group)
    if last is None:
        message = _(
            "Someone else changed the versions of {council}, {period} meanwhile: nothing was "
            "changed. Look at them again before deciding."
        )
        raise DecisionChanged(message.format(council=row.council, period=row.period))
    message = _(
        "{user} changed the versions of {council}, {period} at {time}: nothing was changed. "
        "Look at them again before deciding."
    )
    raise DecisionChanged(
        message.format(
            user=last[0], council=row.council, period=row.period, time=format_datetime(last[1])
        )
    )


def _group_version(session: Session, row: stored.VersionRow) -> int:
    return decision_versions.group_version(session, row.group)


def _locked(session: Session, assessment_id: int) -> stored.VersionRow:
    """The version, read again once no one else may change its group's versions (group_lock).

    A decision reads the group, then writes it: at PostgreSQL's READ COMMITTED an import or
    another decision committed in between would otherwise be overwritten or leave the group
    with two current versions. The second read sees what they committed.
    """
    row = _known(session, assessment_id)
    if not lock_versions(session, row.organisation_id):
        return row
    session.expire_all()  # the ORM would hand back the rows as first read
    return _known(session, assessment_id)


def _known(session: Session, assessment_id: int) -> stored.VersionRow:
    row = stored.version_row(session, assessment_id)
    if row is None:
        raise VersionNotFound(
            _("There is no assessment number {number}.").format(number=assessment_id)
        )
    return row


def _info(row: stored.VersionRow, decision_version: int) -> VersionInfo:
    return VersionInfo(
        assessment_id=row.assessment_id,
        council=row.council,
        gss_code=row.gss_code,
        period=row.period,
        questionnaire_id=row.questionnaire_id,
        questionnaire_version=row.questionnaire_version,
        status=row.status,
        origin=row.origin,
        file_name=row.file_name,
        file_sha256=row.file_sha256,
        imported_at=row.imported_at,
        exported_at=row.exported_at,
        file_modified_at=row.file_modified_at,
        outcome=row.outcome,
        message=row.message,
        current=row.current,
        withdrawn=row.withdrawn_at is not None,
        withdrawn_at=row.withdrawn_at,
        decision_pending=row.decision_pending,
        flagged=row.flagged,
        answer_count=row.answer_count,
        decision_version=decision_version,
    )
