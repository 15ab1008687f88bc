"""Storing a parsed submission in a session: duplicate, supersede, conflict or new (no commit)."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from csn_desktop.domain.canonical import canonical_answers_sha256
from csn_desktop.imports.outcomes import Outcome, SubmissionRejected
from csn_desktop.imports.reader import ParsedSubmission
from csn_desktop.storage import audit
from csn_desktop.storage.answers import encode_value, load_answers
from csn_desktop.storage.assessments import create_assessment, find_assessment_by_uuid
from csn_desktop.storage.models import (
    ORIGIN_IMPORTED,
    STATUS_FINAL,
    Assessment,
    Base,
    ImportRecord,
)
from csn_desktop.storage.organisations import find_organisation
from csn_desktop.storage.timestamps import utc_now


@dataclass(frozen=True, slots=True)
class Stored:
    outcome: Outcome
    message: str
    assessment_id: int | None
    council: str


def store_submission(session: Session, parsed: ParsedSubmission, file_name: str) -> Stored:
    """Add the submission unless it is a duplicate or a conflict; record the import. No commit.

    Raises SubmissionRejected for a council code the database does not know.
    """
    meta = parsed.meta
    organisation = find_organisation(session, meta.gss_code)
    if organisation is None:
        raise SubmissionRejected(
            f"There is no council with the GSS code {meta.gss_code} in csn-desktop's list of UK "
            "local authorities.",
            meta.gss_place,
        )
    council = organisation.name
    same_file = session.scalar(
        select(Assessment.id).where(Assessment.source_file_sha256 == parsed.file_sha256).limit(1)
    )
    if same_file is not None:
        stored = Stored(
            Outcome.DUPLICATE, "This file was imported before: skipped.", same_file, council
        )
        _record(session, file_name, parsed, stored)
        return stored
    existing = find_assessment_by_uuid(session, meta.submission_uuid)
    replaced: Assessment | None = None
    if existing is not None:
        same = _same_content(session, existing, parsed, organisation.id)
        if same:
            stored = Stored(
                Outcome.DUPLICATE,
                "Already imported with the same answers: skipped.",
                existing.id,
                council,
            )
            _record(session, file_name, parsed, stored)
            return stored
        newer = existing.exported_at is not None and meta.exported_at > existing.exported_at
        if existing.origin != ORIGIN_IMPORTED or not newer:
            when = f"exported {existing.exported_at:%Y-%m-%d %H:%M}" if existing.exported_at else ""
            stored = Stored(
                Outcome.CONFLICT,
                "A different version of this submission is already in the database "
                f"({when or 'made here'}) and this file is not newer: nothing was changed.",
                existing.id,
                council,
            )
            _record(session, file_name, parsed, stored)
            return stored
        replaced = existing
        # The submission id moves to the new version; the old one keeps a new internal id.
        existing.uuid = str(uuid_module.uuid4())
        session.flush()
    assessment = create_assessment(
        session,
        organisation_id=organisation.id,
        questionnaire_id=meta.questionnaire.id,
        questionnaire_version=meta.questionnaire.version,
        period=meta.period,
        origin=ORIGIN_IMPORTED,
        uuid=meta.submission_uuid,
    )
    now = utc_now()
    assessment.status = meta.status
    assessment.finalised_at = now if meta.status == STATUS_FINAL else None
    assessment.respondent = _respondent(parsed)
    assessment.source_file_sha256 = parsed.file_sha256
    assessment.exported_at = meta.exported_at
    assessment.flagged = parsed.tampered
    _insert_answers(session, assessment.id, parsed, now)
    audit.add_audit_event(session, assessment.id, audit.IMPORTED, file_name)
    if replaced is not None:
        replaced.superseded_by_id = assessment.id
        audit.add_audit_event(
            session, replaced.id, audit.SUPERSEDED, f"by {meta.submission_uuid} from {file_name}"
        )
        outcome, message = Outcome.SUPERSEDED, "Newer export: replaces the one imported before."
    elif parsed.tampered:
        outcome = Outcome.FLAGGED
        message = "Imported and flagged: the answers were changed after export (checksum differs)."
    else:
        outcome, message = Outcome.IMPORTED, "Imported."
    if replaced is not None and parsed.tampered:
        message += " Flagged: the answers were changed after export (checksum differs)."
    session.flush()
    stored = Stored(outcome, message, assessment.id, council)
    _record(session, file_name, parsed, stored)
    return stored


def _same_content(
    session: Session, existing: Assessment, parsed: ParsedSubmission, organisation_id: int
) -> bool:
    meta = parsed.meta
    if (existing.organisation_id, existing.period, existing.status) != (
        organisation_id,
        meta.period,
        meta.status,
    ):
        return False
    stored = load_answers(session, existing.id)
    return canonical_answers_sha256(stored) == parsed.answers_sha256


def _respondent(parsed: ParsedSubmission) -> str | None:
    name = parsed.answers.get("respondent_name")
    return name[:200] if isinstance(name, str) and name.strip() else None


def _insert_answers(
    session: Session, assessment_id: int, parsed: ParsedSubmission, now: datetime
) -> None:
    """One executemany through the table (not the ORM: no per-row object bookkeeping)."""
    rows = [
        {"q": key.question_id, "i": key.item_key, "v": encode_value(value)}
        for key, value in parsed.answers
    ]
    if rows:
        table = Base.metadata.tables["answer"]
        statement = insert(table).values(
            assessment_id=assessment_id,
            question_id=bindparam("q"),
            item_key=bindparam("i"),
            value_json=bindparam("v"),
            updated_at=now,
        )
        session.execute(statement, rows)


def _record(session: Session, file_name: str, parsed: ParsedSubmission, stored: Stored) -> None:
    session.add(
        ImportRecord(
            file_name=file_name[:500],
            sha256=parsed.file_sha256,
            imported_at=utc_now(),
            outcome=str(stored.outcome),
            message=stored.message,
            submission_uuid=parsed.meta.submission_uuid,
            assessment_id=stored.assessment_id,
        )
    )
