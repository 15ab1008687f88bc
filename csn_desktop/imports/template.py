"""Whose a filled template is: council and period from its About sheet, an id from its bytes."""

from __future__ import annotations

import dataclasses
import uuid

from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.periods import EXAMPLE, is_period, normal_period
from csn_desktop.domain.progress import is_complete
from csn_desktop.domain.status import Status
from csn_desktop.i18n import _
from csn_desktop.imports.meta import SubmissionMeta, check_period
from csn_desktop.imports.outcomes import Place, SubmissionRejected, quoted
from csn_desktop.imports.rules import AnswerRow

# A filled template has no submission id: it gets uuid5(this, the file's SHA-256), so the
# same file always gets the same id (and is a duplicate the second time).
TEMPLATE_NAMESPACE = uuid.UUID("9c1f6f4e-2b7a-5d0e-8a43-6b1d3c5e7f20")


def template_uuid(file_sha256: str) -> str:
    return str(uuid.uuid5(TEMPLATE_NAMESPACE, file_sha256))


def template_meta(
    meta: SubmissionMeta,
    submission: dict[str, tuple[str, Place]],
    rows: list[AnswerRow],
    file_sha256: str,
    answers_sha256: str,
    *,
    has_invalid: bool = False,
) -> SubmissionMeta:
    """The metadata of a filled template, completed from the About sheet's Submission rows.

    Its status is final when every required question is answered (sign-off included) and no
    answer is invalid, draft otherwise; its checksum is the one just computed (there is none
    to compare with).
    """
    about = Place(meta.layout.about_sheet)
    gss_code, gss_place = submission.get("_gss_code", ("", about))
    if not gss_code:
        raise SubmissionRejected(
            _("Fill in the council's GSS code (for example W06000015) in the About sheet."),
            gss_place,
        )
    period, period_place = submission.get("_period", ("", about))
    # Typed by an officer in Excel: 2026-27 or 2026/2027 are read as 2026/27.
    period = normal_period(period) or period
    if not is_period(period):
        if period:
            message = _("{text} is not a period: a financial year such as {example}.")
        else:
            message = _("Fill in the period: a financial year such as {example}.")
        raise SubmissionRejected(message.format(text=quoted(period), example=EXAMPLE), period_place)
    check_period(period, period_place)
    answers = Answers({AnswerKey(q, item): value for q, item, value, _stored in rows})
    complete = not has_invalid and is_complete(meta.questionnaire, answers)
    return dataclasses.replace(
        meta,
        submission_uuid=template_uuid(file_sha256),
        gss_code=gss_code.upper(),
        organisation_name=submission.get("_organisation_name", ("", about))[0],
        period=period,
        status=Status.FINAL if complete else Status.DRAFT,
        answers_sha256=answers_sha256,
        gss_place=gss_place,
    )
