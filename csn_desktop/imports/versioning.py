"""How a new version stands against its group's current one: the outcome and its words."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from datetime import datetime

from csn_desktop.domain.answer_changes import AnswerChange, full_list, summary
from csn_desktop.domain.version_order import Order, compare, version_moment
from csn_desktop.i18n import _, format_date
from csn_desktop.imports.meta import KIND_SUBMISSION
from csn_desktop.imports.outcomes import Outcome, quoted
from csn_desktop.imports.reader import ParsedSubmission
from csn_desktop.storage.imported import StoredVersion

# A filled template's id is a uuid5 of its bytes (imports/template.py); the app writes uuid4s.
_TEMPLATE_UUID_VERSION = 5


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    message: str
    changes: str = ""
    detail: str = ""  # the full list of changes, for the audit trail


def decide(
    parsed: ParsedSubmission,
    current: StoredVersion | None,
    changes: list[AnswerChange],
    now: datetime,
) -> Decision:
    """What the new version is against the group's current one (answers known to differ).

    ``changes``: from the current version's answers to the file's (``answer_changes``).

    No current one: new. The current one made in this database: staff decide. Otherwise the
    order signals decide: newer is a revision, older is older, unknown or equal: staff decide.
    """
    if current is None:
        return Decision(Outcome.NEW, _("Imported."))
    questionnaire = parsed.meta.questionnaire
    said = summary(questionnaire, changes)
    if not changes and current.status != parsed.meta.status:
        said = _("The status changed from {old} to {new}.").format(
            old=current.status, new=parsed.meta.status
        )
    detail = full_list(questionnaire, changes)
    current_name = version_name(current)
    if not current.imported:
        why = _(
            "Kept, not counted yet: the current version is {version}, so staff must choose "
            "which one counts."
        ).format(version=current_name)
        return Decision(Outcome.DECIDE, why, said, detail)
    order = compare(_new_moment(parsed, now), _stored_moment(current, now))
    if order is Order.NEWER:
        message = _("{changes} Now the current version; {version} is kept as an older one.")
        return Decision(
            Outcome.REVISION, message.format(changes=said, version=current_name), said, detail
        )
    if order is Order.OLDER:
        message = _("Kept as an older version, not counted: {version} is newer and stays current.")
        return Decision(Outcome.OLDER, message.format(version=current_name), said, detail)
    why = _(
        "Kept, not counted yet: there is no trustworthy way to tell whether this file or "
        "{version} is newer."
    ).format(version=current_name)
    return Decision(Outcome.DECIDE, why, said, detail)


def _new_moment(parsed: ParsedSubmission, now: datetime) -> datetime | None:
    meta = parsed.meta
    return version_moment(
        unedited_export=meta.kind == KIND_SUBMISSION and not parsed.tampered,
        exported_at=meta.exported_at,
        file_modified_at=parsed.file_modified_at,
        now=now,
    )


def _stored_moment(version: StoredVersion, now: datetime) -> datetime | None:
    return version_moment(
        unedited_export=not _is_template(version) and not version.flagged,
        exported_at=version.exported_at,
        file_modified_at=version.file_modified_at,
        now=now,
    )


def _is_template(version: StoredVersion) -> bool:
    try:
        return uuid_module.UUID(version.submission_uuid or "").version == _TEMPLATE_UUID_VERSION
    except ValueError:
        return False


def version_name(version: StoredVersion) -> str:
    """ "the version imported on 30 November 2026 from cardiff.xlsx", or a local one's words."""
    if version.imported and version.imported_at is not None and version.file_name:
        return _("the version imported on {day} from {file} (number {number})").format(
            day=format_date(version.imported_at.date()),
            file=quoted(version.file_name),
            number=version.id,
        )
    if version.imported:
        return _("the version number {number}").format(number=version.id)
    return _("the assessment made in this database (number {number})").format(number=version.id)
