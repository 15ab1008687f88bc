"""Actions on assessments: start, answer, list, load, finalise, reopen, copy forward."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.periods import EXAMPLE, normal_period
from csn_desktop.domain.progress import is_complete, overall_progress
from csn_desktop.domain.questionnaire import TEXT_LIMIT, Question, Questionnaire, QuestionType
from csn_desktop.domain.status import Status
from csn_desktop.domain.uk_input import normal_date, normal_url
from csn_desktop.domain.values import JsonValue, clean_text, text_length
from csn_desktop.errors import UserError
from csn_desktop.i18n import _, format_date, format_number, ngettext
from csn_desktop.storage import answer_drafts, audit, summaries
from csn_desktop.storage import answers as stored_answers
from csn_desktop.storage import assessments as stored
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment
from csn_desktop.storage.organisations import add_other_organisation, find_organisation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class AnswerRefused(UserError):
    """An answer that cannot be stored as given (too long, wrong question)."""


class DuplicateAssessment(UserError):
    """The council already has an assessment for that period; ``existing_id`` is the newest."""

    def __init__(self, message: str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id


def check_not_duplicate(
    session: Session, organisation_id: int, period: str, *, but: int | None = None
) -> None:
    """Raise DuplicateAssessment when the organisation has an assessment (any status, archived
    too, not in the bin) for ``period``, other than ``but``."""
    existing = stored.same_council_and_period(session, organisation_id, period, but=but)
    if not existing:
        return
    newest = existing[0]
    where = _("in the archive") if newest.archived_at is not None else _("on the home list")
    status = _("final") if newest.status == Status.FINAL else _("draft")
    raise DuplicateAssessment(
        _(
            "{council} already has an assessment for {period} ({status}, last saved {date}, "
            "{where}). Open it instead, so that the answers stay in one place."
        ).format(
            council=newest.organisation.name,
            period=period,
            status=status,
            date=format_date(newest.updated_at.astimezone().date()),
            where=where,
        ),
        newest.id,
    )


# What the home list and ``csn-desktop list`` show of one assessment: the stored summary row,
# its progress None when this app lacks the questionnaire version.
AssessmentSummary = summaries.SummaryRow

# The question "Your name", answered by the respondent named in New assessment.
RESPONDENT_QUESTION = "respondent_name"  # not translated: question id


@dataclass(frozen=True)
class LoadedAssessment:
    """An assessment with its answers and the questionnaire version it answers."""

    summary: AssessmentSummary
    questionnaire: Questionnaire
    answers: Answers
    # Text typed but not storable as the answer (too long, refused), with the reason.
    drafts: tuple[answer_drafts.Draft, ...] = ()


def check_period(period: str) -> str:
    """A financial year such as 2026/27; raises UserError with an example otherwise."""
    text = normal_period(period)
    if text is None:
        raise UserError(
            _("“{period}” is not a period such as {example} (a financial year).").format(
                period=period, example=EXAMPLE
            )
        )
    return text


def start_assessment(
    database: Database,
    questionnaire: Questionnaire,
    *,
    period: str,
    gss_code: str | None = None,
    other_organisation: str | None = None,
    respondent: str | None = None,
    allow_duplicate: bool = False,
) -> int:
    """Create a draft for a council (by GSS code) or a named other organisation; returns its id.

    Raises DuplicateAssessment when it already has one for the period, unless ``allow_duplicate``.
    """
    period = check_period(period)
    with database.session() as session:
        if gss_code:
            organisation = find_organisation(session, gss_code)
            if organisation is None:
                raise UserError(
                    _("There is no council with the GSS code {code}.").format(code=gss_code)
                )
        elif other_organisation and other_organisation.strip():
            organisation = add_other_organisation(session, clean_text(other_organisation.strip()))
        else:
            raise UserError(_("Choose a council, or name the organisation."))
        if not allow_duplicate:
            check_not_duplicate(session, organisation.id, period)
        assessment = stored.create_assessment(
            session,
            organisation_id=organisation.id,
            questionnaire_id=questionnaire.id,
            questionnaire_version=questionnaire.version,
            period=period,
            respondent=clean_text(respondent.strip())
            if respondent and respondent.strip()
            else None,
        )
        if assessment.respondent and questionnaire.has_question(RESPONDENT_QUESTION):
            # The respondent named when starting answers "Your name", in the same transaction.
            question = questionnaire.question(RESPONDENT_QUESTION)
            value = prepare_value(question, assessment.respondent)
            stored_answers.save_answer(session, assessment.id, question.id, "", value)
        summaries.refresh_progress(session, assessment.id, questionnaire)
        session.commit()
        return assessment.id


def prepare_value(question: Question, value: JsonValue) -> JsonValue:
    """The value as it will be stored: unstorable characters removed, empty answers as None,
    dates typed the UK way as ISO, web addresses typed without a scheme with ``https://``.

    Raises AnswerRefused for text over the question's limit, which is never cut silently.
    """
    if isinstance(value, str):
        value = clean_text(value)
        if question.type is QuestionType.URL:
            value = normal_url(value)
        elif question.type is QuestionType.DATE:
            value = normal_date(value)
        if text_length(value) > question.max_length:
            length = format_number(text_length(value))
            limit = format_number(question.max_length)
            if question.max_length == TEXT_LIMIT:
                message = _(
                    "This answer is {length} characters long; the limit is {limit} (Excel cannot "
                    "store more in a cell). Please shorten it."
                )
            else:
                message = _(
                    "This answer is {length} characters long; the limit is {limit}. "
                    "Please shorten it."
                )
            raise AnswerRefused(message.format(length=length, limit=limit))
        return value if value.strip() else None
    if isinstance(value, list):
        return [clean_text(v) for v in value] or None
    return value


def save_answer(
    database: Database,
    questionnaire: Questionnaire,
    assessment_id: int,
    question_id: str,
    item_key: str,
    value: JsonValue,
) -> JsonValue:
    """Save one answer in its own transaction (autosave's durable unit); returns what was stored."""
    return save_answers(database, questionnaire, assessment_id, [(question_id, item_key, value)])[0]


def save_answers(
    database: Database,
    questionnaire: Questionnaire,
    assessment_id: int,
    changes: Sequence[tuple[str, str, JsonValue]],
) -> list[JsonValue]:
    """Save several answers (question id, item key, value) in one transaction, all or none:
    a bulk change or a paste is one step, undone as one. Returns what was stored, in order."""
    prepared: list[tuple[str, str, JsonValue]] = []
    for question_id, item_key, value in changes:
        if not questionnaire.has_question(question_id):
            raise AnswerRefused(
                _("“{question}” is not a question of this questionnaire.").format(
                    question=question_id
                )
            )
        question = questionnaire.question(question_id)
        if question.type in (QuestionType.STANDARDS_MATRIX, QuestionType.REPEAT_GROUP):
            raise AnswerRefused(
                _("“{question}” is answered through its rows.").format(question=question_id)
            )
        prepared.append((question_id, item_key, prepare_value(question, value)))
    with database.session() as session:
        for question_id, item_key, stored_value in prepared:
            stored_answers.save_answer(session, assessment_id, question_id, item_key, stored_value)
        # A valid answer replaces whatever unsaved text was kept for it.
        answer_drafts.drop_drafts(session, assessment_id, [(q, i) for q, i, _v in prepared])
        summaries.refresh_progress(session, assessment_id, questionnaire)
        session.commit()
    return [stored_value for _question, _item, stored_value in prepared]


def delete_repeat_item(
    database: Database,
    questionnaire: Questionnaire,
    assessment_id: int,
    group_id: str,
    item_key: str,
) -> None:
    with database.session() as session:
        stored_answers.delete_item(session, assessment_id, group_id, item_key)
        summaries.refresh_progress(session, assessment_id, questionnaire)
        session.commit()


def summarise(
    assessment: Assessment, library: QuestionnaireLibrary, answers: Answers | None
) -> AssessmentSummary:
    questionnaire = library.get(assessment.questionnaire_id, assessment.questionnaire_version)
    progress = (
        overall_progress(questionnaire, answers)
        if questionnaire is not None and answers is not None
        else None
    )
    return AssessmentSummary(
        id=assessment.id,
        uuid=assessment.uuid,
        gss_code=assessment.organisation.gss_code,
        council=assessment.organisation.name,
        council_cy=assessment.organisation.name_cy,
        period=assessment.period,
        status=assessment.status,
        respondent=assessment.respondent,
        origin=assessment.origin,
        questionnaire_id=assessment.questionnaire_id,
        questionnaire_version=assessment.questionnaire_version,
        progress=progress,
        updated_at=assessment.updated_at,
        current=assessment.superseded_by_id is None,
        withdrawn=assessment.withdrawn_at is not None,
        decision_pending=assessment.decision_pending,
    )


def list_assessments(
    database: Database, library: QuestionnaireLibrary, *, origin: str | None = None
) -> list[AssessmentSummary]:
    """Every assessment (of one origin, if given), most recently saved first, with its progress.

    Read from the stored summaries in one query; never reads answers, except those of rows
    whose summary was never computed (made below the actions), all in one more query.
    """
    with database.read_session() as session:
        rows = summaries.summary_rows(session, origin=origin)
        versions = {
            key: library.get(*key)
            for key in {(r.questionnaire_id, r.questionnaire_version) for r in rows}
        }
        missing = [
            r.id
            for r in rows
            if r.progress is None and versions[r.questionnaire_id, r.questionnaire_version]
        ]
        answers = summaries.answers_of(session, missing) if missing else {}
    return [
        _summary(
            row, versions[row.questionnaire_id, row.questionnaire_version], answers.get(row.id)
        )
        for row in rows
    ]


def _summary(
    row: summaries.SummaryRow, questionnaire: Questionnaire | None, answers: Answers | None
) -> AssessmentSummary:
    progress = row.progress
    if answers is not None and questionnaire is not None:
        progress = overall_progress(questionnaire, answers)
    return replace(row, progress=progress if questionnaire is not None else None)


def load_assessment(
    database: Database, library: QuestionnaireLibrary, assessment_id: int
) -> LoadedAssessment:
    with database.read_session() as session:
        assessment = stored.get_assessment(session, assessment_id)
        answers = stored_answers.load_answers(session, assessment_id)
        drafts = tuple(answer_drafts.load_drafts(session, assessment_id))
        questionnaire = library.get(assessment.questionnaire_id, assessment.questionnaire_version)
        if questionnaire is None:
            raise UserError(
                _(
                    "This assessment answers {questionnaire} version {version}, which this "
                    "version of csn-desktop does not have. Install a newer version to open it."
                ).format(
                    questionnaire=assessment.questionnaire_id,
                    version=assessment.questionnaire_version,
                )
            )
        return LoadedAssessment(
            summarise(assessment, library, answers), questionnaire, answers, drafts
        )


def finalise(database: Database, library: QuestionnaireLibrary, assessment_id: int) -> None:
    """Mark complete assessment final (read-only); refuses while anything is missing or invalid."""
    loaded = load_assessment(database, library, assessment_id)
    if not is_complete(loaded.questionnaire, loaded.answers):
        raise UserError(
            _(
                "This assessment cannot be finalised yet: some required answers are missing or "
                "invalid. The review page lists them."
            )
        )
    with database.session() as session:
        stored.finalise_assessment(session, assessment_id)
        session.commit()


def reopen(database: Database, assessment_id: int, reason: str) -> None:
    """Make a final assessment editable again; the reason goes into the audit trail."""
    reason = clean_text(reason).strip()
    if not reason:
        raise UserError(_("Say why the assessment is being reopened."))
    with database.session() as session:
        stored.reopen_assessment(session, assessment_id)
        audit.add_audit_event(session, assessment_id, audit.REOPEN_REASON, reason)
        session.commit()


def copy_forward(
    database: Database,
    library: QuestionnaireLibrary,
    source_id: int,
    *,
    period: str,
    respondent: str | None = None,
    allow_duplicate: bool = False,
) -> int:
    """A new draft for the same organisation and a new period, holding the source's answers;
    DuplicateAssessment when the organisation has one for that period, unless ``allow_duplicate``.

    Answers are moved onto the newest questionnaire version, following renamed question ids;
    answers to questions that no longer exist, or that no longer validate, are left behind.
    The sign-off is never copied.
    """
    from csn_desktop.domain.carry_forward import carry_answers

    period = check_period(period)
    source = load_assessment(database, library, source_id)
    target_questionnaire = library.latest(source.questionnaire.id)
    renamed = library.to_version(source.questionnaire, target_questionnaire)
    carried = carry_answers(source.answers, target_questionnaire, renamed)
    with database.session() as session:
        assessment = stored.get_assessment(session, source_id)
        if not allow_duplicate:
            check_not_duplicate(session, assessment.organisation_id, period)
        new = stored.create_assessment(
            session,
            organisation_id=assessment.organisation_id,
            questionnaire_id=target_questionnaire.id,
            questionnaire_version=target_questionnaire.version,
            period=period,
            respondent=respondent or assessment.respondent,
        )
        for key, value in carried:
            stored_answers.save_answer(session, new.id, key.question_id, key.item_key, value)
        copied = ngettext(
            "{count} answer from {source}", "{count} answers from {source}", len(carried)
        ).format(count=format_number(len(carried)), source=assessment.uuid)
        audit.add_audit_event(session, new.id, audit.ANSWERS_COPIED, copied)
        summaries.refresh_progress(session, new.id, target_questionnaire)
        session.commit()
        return new.id
