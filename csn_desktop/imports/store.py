"""Storing a parsed submission as a version of its group: duplicate, new, revision, older…"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy.orm import Session

from csn_desktop.domain.answer_changes import AnswerChange
from csn_desktop.domain.answers import AnswerKey
from csn_desktop.domain.canonical import canonical_rows_json
from csn_desktop.domain.known_ids import RESPONDENT_QUESTION, SIGN_OFF_DATE
from csn_desktop.domain.organisation_names import is_name_of
from csn_desktop.domain.progress import overall_progress
from csn_desktop.domain.values import value_from_json
from csn_desktop.i18n import _
from csn_desktop.imports.human_sheets import check_sign_off
from csn_desktop.imports.meta import KIND_TEMPLATE
from csn_desktop.imports.outcomes import Outcome, Place, SubmissionRejected, quoted
from csn_desktop.imports.reader import ParsedSubmission
from csn_desktop.imports.versioning import Decision, decide, version_name
from csn_desktop.paths import resources_dir
from csn_desktop.storage import audit
from csn_desktop.storage.imported import (
    Council,
    NewImport,
    StoredVersion,
    add_answer_rows,
    add_events,
    add_import_record,
    add_imported,
    answer_rows,
    free_uuid,
    group_versions,
    organisation_by_code,
    organisation_by_id,
    organisations_of_submission,
    set_group_current,
)
from csn_desktop.storage.organisations import read_other_names
from csn_desktop.storage.timestamps import utc_now
from csn_desktop.storage.versions import Group


@dataclass(frozen=True, slots=True)
class Stored:
    outcome: Outcome
    message: str
    assessment_id: int | None
    council: str
    flagged: bool = False
    changes: str = ""  # what this version changed against the current one, in words


def store_submission(session: Session, parsed: ParsedSubmission, file_name: str) -> Stored:
    """Store the file as a version of its group (organisation, period, questionnaire). No commit.

    Duplicate (same file or same answers and status as a stored version): nothing added. New
    (first of its group), revision (newer: now current), older, or needs a decision (no
    trustworthy order, or the current one was made here): stored, with an import record.
    Raises SubmissionRejected for an unknown council code, a name that is not the code's
    council's, or a submission id stored under another organisation.
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
    _refuse_move(session, parsed, organisation)
    council = organisation.name
    group = Group(organisation.id, meta.period, meta.questionnaire.id)
    versions = group_versions(session, *_key(group))
    same_file = next((v for v in versions if v.source_file_sha256 == parsed.file_sha256), None)
    if same_file is not None:
        message = _("The same file as {version}: nothing added.").format(
            version=version_name(same_file)
        )
        add_events(session, [(same_file.id, audit.RECEIVED_AGAIN, file_name)], utc_now())
        return _record(
            session, file_name, parsed, Stored(Outcome.DUPLICATE, message, same_file.id, council)
        )
    rows = _StoredRows(session)
    same = next(
        (v for v in versions if v.status == meta.status and rows.same_answers(v.id, parsed)),
        None,
    )
    if same is not None:
        message = _("The same answers as {version}: nothing added.").format(
            version=version_name(same)
        )
        add_events(session, [(same.id, audit.RECEIVED_AGAIN, file_name)], utc_now())
        return _record(
            session, file_name, parsed, Stored(Outcome.DUPLICATE, message, same.id, council)
        )
    now = utc_now()
    current = next((v for v in versions if v.current), None)
    changes = rows.changes(current.id, parsed) if current is not None else []
    decision = decide(parsed, current, changes, now)
    becomes_current = decision.outcome in (Outcome.NEW, Outcome.REVISION)
    # The submission's id goes to its current version; every other version gets its own.
    if becomes_current and free_uuid(session, meta.submission_uuid):
        uuid = meta.submission_uuid
    else:
        uuid = str(uuid_module.uuid4())
    withdrawn_at = current.withdrawn_at if current is not None else None
    # Kept with the row: the lists read this summary instead of the answers.
    progress = overall_progress(meta.questionnaire, parsed.answers)
    assessment_id = add_imported(
        session,
        NewImport(
            uuid=uuid,
            organisation_id=organisation.id,
            questionnaire_id=meta.questionnaire.id,
            questionnaire_version=meta.questionnaire.version,
            period=meta.period,
            status=meta.status,
            respondent=_respondent(parsed),
            source_file_sha256=parsed.file_sha256,
            exported_at=meta.exported_at,
            flagged=parsed.tampered,
            submission_uuid=meta.submission_uuid,
            file_modified_at=parsed.file_modified_at,
            withdrawn_at=withdrawn_at,
            decision_pending=decision.outcome is Outcome.DECIDE,
            answered_count=progress.answered,
            required_count=progress.required,
        ),
        file_name,
        now,
    )
    add_answer_rows(session, assessment_id, parsed.stored_rows, now)
    if becomes_current and versions:
        set_group_current(session, *_key(group), assessment_id)
    elif current is not None:
        set_group_current(session, *_key(group), current.id)  # the new one points to it
    message = decision.message
    if becomes_current and withdrawn_at is not None:
        message += " " + _(
            "This council's assessment for the period is withdrawn, so it stays out of the "
            "figures until it is reinstated."
        )
    if parsed.tampered:
        message += " " + _("Flagged: the answers were changed after export.")
    if decision.outcome is Outcome.DECIDE:
        message += " " + _(
            "Staff must choose: `csn-desktop versions current {number}` makes this file the "
            "current one, `csn-desktop versions keep {number}` keeps the current one (or use "
            "Decide… in the Network window)."
        ).format(number=assessment_id)
    _audit(session, decision, assessment_id, current, file_name, now)
    stored = Stored(
        decision.outcome,
        message,
        assessment_id,
        council,
        flagged=parsed.tampered,
        changes=decision.changes,
    )
    return _record(session, file_name, parsed, stored)


class _StoredRows:
    """The stored versions' answers, each read once and only when a comparison needs them."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._texts: dict[int, list[tuple[str, str, str]]] = {}

    def _rows(self, assessment_id: int) -> list[tuple[str, str, str]]:
        found = self._texts.get(assessment_id)
        if found is None:
            found = self._texts[assessment_id] = answer_rows(self._session, assessment_id)
        return found

    def same_answers(self, assessment_id: int, parsed: ParsedSubmission) -> bool:
        """Whether the version's answers are the file's (equal canonical_answers_sha256).

        Compared row by row, so that a re-send, whose answers differ, costs little: other
        question ids or item keys mean other answers, with nothing parsed; equal JSON text
        means equal values (the stored JSON is what value_to_json wrote). Only a row whose text
        differs, a changed answer or the same value written another way, is parsed and
        compared in its canonical form (that row's part of the canonical bytes).
        """
        stored = {(q, item): text for q, item, text in self._rows(assessment_id)}
        if len(stored) != len(parsed.rows):
            return False
        for q, item, value, own in parsed.rows:
            text = stored.get((q, item))
            if text is None:
                return False
            if text != own and canonical_rows_json(
                [(q, item, value_from_json(text))]
            ) != canonical_rows_json([(q, item, value)]):
                return False
        return True

    def changes(self, assessment_id: int, parsed: ParsedSubmission) -> list[AnswerChange]:
        """``answer_changes`` from the version's answers to the file's, read from the rows.

        A value stored as the file writes it is the file's value: only rows whose text differs
        are parsed, and no Answers of the version are built (a re-send changes few answers).
        """
        own = {(q, item): (stored, value) for q, item, value, stored in parsed.rows}
        changed: list[AnswerChange] = []
        for q, item, text in self._rows(assessment_id):
            same = own.pop((q, item), None)
            if same is None:
                changed.append(AnswerChange(AnswerKey(q, item), value_from_json(text), None))
            elif same[0] != text:
                before = value_from_json(text)
                if before != same[1]:
                    changed.append(AnswerChange(AnswerKey(q, item), before, same[1]))
        changed.extend(
            AnswerChange(AnswerKey(q, item), None, v) for (q, item), (_t, v) in own.items()
        )
        # As answer_changes orders them; plain tuples compare faster than AnswerKeys.
        return sorted(changed, key=lambda c: (c.key.question_id, c.key.item_key))


def _key(group: Group) -> tuple[int, str, str]:
    return group.organisation_id, group.period, group.questionnaire_id


def _audit(
    session: Session,
    decision: Decision,
    assessment_id: int,
    current: StoredVersion | None,
    file_name: str,
    now: datetime,
) -> None:
    events: list[tuple[int, str, str]] = []
    if decision.outcome is Outcome.REVISION and current is not None:
        events.append((assessment_id, audit.REVISED, decision.detail))
        events.append(
            (
                current.id,
                audit.SUPERSEDED,
                _("by number {number} from {file}").format(number=assessment_id, file=file_name),
            )
        )
    elif decision.outcome is Outcome.DECIDE:
        events.append((assessment_id, audit.DECISION_NEEDED, decision.detail))
    if events:
        add_events(session, events, now)


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


def _refuse_move(session: Session, parsed: ParsedSubmission, council: Council) -> None:
    """A submission id stays with the organisation it was first stored under."""
    elsewhere = organisations_of_submission(session, parsed.meta.submission_uuid) - {council.id}
    if not elsewhere:
        return
    first = organisation_by_id(session, min(elsewhere))
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
