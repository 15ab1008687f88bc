"""Storing a parsed submission in a session: duplicate, supersede, conflict or new (no commit)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy.orm import Session

from csn_desktop.domain.canonical import canonical_answers_sha256
from csn_desktop.domain.known_ids import RESPONDENT_QUESTION, SIGN_OFF_DATE
from csn_desktop.domain.organisation_names import is_name_of
from csn_desktop.i18n import _, format_datetime
from csn_desktop.imports.human_sheets import check_sign_off
from csn_desktop.imports.meta import KIND_TEMPLATE
from csn_desktop.imports.outcomes import Outcome, Place, SubmissionRejected, quoted
from csn_desktop.imports.reader import ParsedSubmission
from csn_desktop.paths import resources_dir
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.imported import (
    Council,
    Known,
    NewImport,
    add_answer_rows,
    add_import_record,
    add_imported,
    find_known,
    mark_superseded,
    organisation_by_code,
    organisation_by_id,
    retire_uuid,
)
from csn_desktop.storage.models import ORIGIN_IMPORTED
from csn_desktop.storage.organisations import read_other_names
from csn_desktop.storage.timestamps import utc_now


@dataclass(frozen=True, slots=True)
class Stored:
    outcome: Outcome
    message: str
    assessment_id: int | None
    council: str
    flagged: bool = False


def store_submission(session: Session, parsed: ParsedSubmission, file_name: str) -> Stored:
    """Add the submission unless it is a duplicate or a conflict; record the import. No commit.

    Raises SubmissionRejected for a council code the database does not know.
    """
    meta = parsed.meta
    organisation = organisation_by_code(session, meta.gss_code)
    if organisation is None:
        raise SubmissionRejected(
            _(
                "There is no council with the GSS code {code} in csn-desktop's list of UK "
                "local authorities."
            ).format(code=meta.gss_code),
            meta.gss_place,
        )
    _check_name(parsed, organisation)
    _check_sign_off(parsed)
    organisation_id, council = organisation.id, organisation.name
    same_file, existing = find_known(session, parsed.file_sha256, meta.submission_uuid)
    if existing is not None and existing.organisation_id != organisation_id:
        _refuse_move(session, parsed, existing, organisation)
    if same_file is not None:
        stored = Stored(
            Outcome.DUPLICATE, _("This file was imported before: skipped."), same_file.id, council
        )
        return _record(session, file_name, parsed, stored)
    if existing is not None:
        if _same_content(session, existing, parsed, organisation_id):
            stored = Stored(
                Outcome.DUPLICATE,
                _("Already imported with the same answers: skipped."),
                existing.id,
                council,
            )
            return _record(session, file_name, parsed, stored)
        newer = existing.exported_at is not None and meta.exported_at > existing.exported_at
        if existing.origin != ORIGIN_IMPORTED or not newer:
            if existing.exported_at is not None:
                message = _(
                    "A different version of this submission is already in the database "
                    "(exported {moment}) and this file is not newer: nothing was changed."
                ).format(moment=format_datetime(existing.exported_at))
            else:
                message = _(
                    "A different version of this submission is already in the database "
                    "(made here) and this file is not newer: nothing was changed."
                )
            stored = Stored(Outcome.DECIDE, message, existing.id, council)
            return _record(session, file_name, parsed, stored)
        # The submission id moves to the new version; the old one keeps a new internal id.
        retire_uuid(session, existing.id)
    now = utc_now()
    assessment_id = add_imported(
        session,
        NewImport(
            uuid=meta.submission_uuid,
            organisation_id=organisation_id,
            questionnaire_id=meta.questionnaire.id,
            questionnaire_version=meta.questionnaire.version,
            period=meta.period,
            status=meta.status,
            respondent=_respondent(parsed),
            source_file_sha256=parsed.file_sha256,
            exported_at=meta.exported_at,
            flagged=parsed.tampered,
        ),
        file_name,
        now,
    )
    add_answer_rows(session, assessment_id, parsed.stored_rows, now)
    if existing is not None:
        detail = _("by {submission} from {file}").format(
            submission=meta.submission_uuid, file=file_name
        )
        mark_superseded(session, existing.id, assessment_id, detail, now)
        outcome = Outcome.REVISION
        if parsed.tampered:
            message = _(
                "Newer export: replaces the one imported before. Flagged: the answers were "
                "changed after export (checksum differs)."
            )
        else:
            message = _("Newer export: replaces the one imported before.")
    elif parsed.tampered:
        outcome = Outcome.NEW
        message = _(
            "Imported and flagged: the answers were changed after export (checksum differs)."
        )
    else:
        outcome, message = Outcome.NEW, _("Imported.")
    stored = Stored(outcome, message, assessment_id, council, flagged=parsed.tampered)
    return _record(session, file_name, parsed, stored)


def _check_name(parsed: ParsedSubmission, council: Council) -> None:
    """Refuse a file whose council name is not a name of its GSS code's council.

    A file with no name gives nothing to compare: the code alone decides, as before.
    """
    meta = parsed.meta
    written = meta.organisation_name.strip()
    names = (council.name, council.official_name, *_other_names().get(council.gss_code, ()))
    if not written or is_name_of(written, names):
        return
    if meta.kind == KIND_TEMPLATE:
        advice = _("Check the GSS code in the About sheet.")
    else:
        advice = _("Check that this is the council's own export and that its GSS code is right.")
    raise SubmissionRejected(
        _("The file names {name}, but {code} is {council}. {advice}").format(
            name=quoted(written), code=council.gss_code, council=council.name, advice=advice
        ),
        meta.gss_place,
    )


def _check_sign_off(parsed: ParsedSubmission) -> None:
    """The sign-off date as read from any sheet (the human sheets check it with its cell)."""
    for question_id, item, value, _stored in parsed.rows:
        if question_id == SIGN_OFF_DATE and not item:
            check_sign_off(value, Place(parsed.meta.answers_sheet))


def _refuse_move(
    session: Session, parsed: ParsedSubmission, existing: Known, council: Council
) -> None:
    """A submission id stays with the organisation it was first stored under."""
    first = organisation_by_id(session, existing.organisation_id)
    raise SubmissionRejected(
        _(
            "This submission is already in the database for {first}, but this file gives it "
            "to {council} ({code}): nothing was changed. Check the GSS code; a council's "
            "submission cannot move to another council."
        ).format(
            first=first.name if first else _("another organisation"),
            council=council.name,
            code=council.gss_code,
        ),
        parsed.meta.gss_place,
    )


@cache
def _other_names() -> dict[str, tuple[str, ...]]:
    """Other names of councils (Welsh names), bundled beside the council list."""
    return read_other_names(resources_dir() / "councils" / "other_names.csv")


def _same_content(
    session: Session, existing: Known, parsed: ParsedSubmission, organisation_id: int
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
    name = next(
        (v for q, item, v, _stored in parsed.rows if q == RESPONDENT_QUESTION and not item), None
    )
    return name[:200] if isinstance(name, str) and name.strip() else None


def _record(session: Session, file_name: str, parsed: ParsedSubmission, stored: Stored) -> Stored:
    add_import_record(
        session,
        file_name=file_name,
        sha256=parsed.file_sha256,
        outcome=str(stored.outcome),
        message=stored.message,
        submission_uuid=parsed.meta.submission_uuid,
        assessment_id=stored.assessment_id,
        now=utc_now(),
    )
    return stored
