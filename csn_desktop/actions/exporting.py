"""Exporting: the PDF report, the Excel submission and the blank Excel template, written safely.

Every function first checks the target with output_guard (never the database, never a file
of another kind), writes atomically (the old file stays as it was if the export fails or is
cancelled), accepts ``progress(done, total)`` and ``cancelled() -> bool`` callables that may be
called from a worker thread, and raises ExportCancelled or another UserError with a message
written for the user. The writers (reportlab, openpyxl) are imported on first use, not at start.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from csn_desktop import __version__
from csn_desktop.actions.assessments import LoadedAssessment, load_assessment
from csn_desktop.actions.earlier_period import changes_since_earlier
from csn_desktop.actions.output_guard import OutputKind, check_output
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.definition.translations import localised
from csn_desktop.errors import UserError
from csn_desktop.exports.language import editions, file_language
from csn_desktop.i18n import _, format_number, ngettext, using_language
from csn_desktop.storage import assessments as stored
from csn_desktop.storage import audit
from csn_desktop.storage.database import Database
from csn_desktop.storage.timestamps import utc_now

if TYPE_CHECKING:
    from csn_desktop.exports.control import CancelCheck, ProgressCallback
    from csn_desktop.exports.info import ExportInfo
    from csn_desktop.exports.pdf_report import Edition


def export_pdf(
    database: Database,
    library: QuestionnaireLibrary,
    assessment_id: int,
    path: Path,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    *,
    missing_letters: set[str] | None = None,
    language: str | None = None,
) -> Path:
    """Write the PDF report of an assessment to ``path``; returns the path written.

    ``language``: cy, en or cy+en (Welsh, then English, in one PDF); by default the language
    messages are in. Letters in the answers that no bundled font has print as U+FFFD; they are
    added to ``missing_letters`` (when given) so that the caller can warn the user.
    """
    from csn_desktop.exports.pdf_text import noting_missing

    chosen = file_language(language, bilingual=True)
    with noting_missing() as missing:
        written = _export_assessment(
            database, library, assessment_id, path, progress, cancelled, chosen, submission=False
        )
    if missing_letters is not None:
        missing_letters.update(missing)
    return written


def missing_letters_warning(missing: set[str]) -> str:
    """The warning for letters a PDF printed as U+FFFD because no bundled font has them."""
    from csn_desktop.exports.pdf_text import describe_missing

    message = ngettext(
        "No font in csn-desktop has {count} letter used in the answers: {letters}. It prints "
        "as � in the report; the answers themselves are unchanged.",
        "No font in csn-desktop has {count} letters used in the answers: {letters}. They print "
        "as � in the report; the answers themselves are unchanged.",
        len(missing),
    )
    return message.format(count=format_number(len(missing)), letters=describe_missing(missing))


def export_xlsx(
    database: Database,
    library: QuestionnaireLibrary,
    assessment_id: int,
    path: Path,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    *,
    language: str | None = None,
) -> Path:
    """Write the Excel submission (format csn-submission) of an assessment; returns the path.

    The assessment's ``exported_at`` becomes the time written into the submission. Its sheets
    are in ``language`` (cy or en; by default the language messages are in), recorded in it.
    """
    chosen = file_language(language)
    return _export_assessment(
        database, library, assessment_id, path, progress, cancelled, chosen, submission=True
    )


def _export_assessment(
    database: Database,
    library: QuestionnaireLibrary,
    assessment_id: int,
    path: Path,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
    language: str,
    *,
    submission: bool,
) -> Path:
    """Write the submission or the report atomically, then record the export in the history."""
    from csn_desktop.exports.atomic import write_atomically

    kind = OutputKind.XLSX if submission else OutputKind.PDF
    path = check_output(path, kind, database=database)
    loaded = load_assessment(database, library, assessment_id)
    info = export_info(database, assessment_id, utc_now())
    if submission:
        from csn_desktop.exports.xlsx_submission import write_submission

        questionnaire = localised(loaded.questionnaire, language)

        def write(stream: BinaryIO) -> None:
            with using_language(language):
                write_submission(stream, info, questionnaire, loaded.answers, progress, cancelled)
    else:
        from csn_desktop.exports.pdf_report import write_report

        parts = [
            _edition(database, library, loaded, assessment_id, lang) for lang in editions(language)
        ]

        def write(stream: BinaryIO) -> None:
            write_report(
                stream,
                info,
                loaded.questionnaire,
                loaded.answers,
                progress,
                cancelled,
                editions=parts,
            )

    write_atomically(path, write)
    if submission:
        what = _("Excel submission {file}").format(file=path.name)
    else:
        what = _("PDF report {file}").format(file=path.name)
    _record(database, assessment_id, what, info, submission=submission)
    return path


def export_template(
    library: QuestionnaireLibrary,
    path: Path,
    questionnaire_id: str | None = None,
    version: int | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    *,
    database: Database | None = None,
    protected: Iterable[Path] = (),
    language: str | None = None,
) -> Path:
    """Write the blank Excel workbook (newest questionnaire version unless one is named).

    ``database`` (the one open, if any) and ``protected`` are never written over. Its sheets
    are in ``language`` (cy or en; by default the language messages are in), recorded in it.
    """
    chosen = file_language(language)
    from csn_desktop.exports.atomic import write_atomically
    from csn_desktop.exports.xlsx_submission import write_template

    try:
        questionnaire = (
            library.latest(questionnaire_id)
            if version is None
            else library.get(questionnaire_id or library.latest().id, version)
        )
    except KeyError:
        questionnaire = None
    if questionnaire is None:
        wanted = f"{questionnaire_id or ''} {version or ''}".strip()
        raise UserError(_("There is no questionnaire {wanted}.").format(wanted=wanted))
    path = check_output(path, OutputKind.XLSX, database=database, protected=protected)
    created = utc_now()
    shown = localised(questionnaire, chosen)

    def write(stream: BinaryIO) -> None:
        with using_language(chosen):
            write_template(
                stream,
                shown,
                app_version=__version__,
                created_at=created,
                progress=progress,
                cancelled=cancelled,
            )

    write_atomically(path, write)
    return path


def _edition(
    database: Database,
    library: QuestionnaireLibrary,
    loaded: LoadedAssessment,
    assessment_id: int,
    language: str,
) -> Edition:
    """The report's texts in one language: the questionnaire's, and those of changes and peers."""
    from csn_desktop.actions.comparison import assessment_comparison
    from csn_desktop.exports.pdf_report import Edition

    with using_language(language):
        here = replace(loaded, questionnaire=localised(loaded.questionnaire, language))
        # The report says what changed since the council's earlier period, when it has one, and
        # how the council compares with its peers, when a peer benchmark is loaded.
        changes = changes_since_earlier(
            database, library, assessment_id, here.questionnaire, here.answers
        )
        return Edition(language, here.questionnaire, changes, assessment_comparison(database, here))


def export_info(database: Database, assessment_id: int, exported_at: datetime) -> ExportInfo:
    """The assessment's details for an export, read in one session."""
    from csn_desktop.exports.info import ExportInfo

    with database.session() as session:
        assessment = stored.get_assessment(session, assessment_id)
        organisation = assessment.organisation
        return ExportInfo(
            submission_uuid=assessment.uuid,
            organisation_name=organisation.name,
            organisation_name_cy=organisation.name_cy,
            gss_code=organisation.gss_code,
            nation=organisation.nation,
            region=organisation.region,
            organisation_type=organisation.type_name,
            period=assessment.period,
            status=assessment.status,
            exported_at=exported_at,
            app_version=__version__,
            finalised_at=assessment.finalised_at,
        )


def _record(
    database: Database, assessment_id: int, what: str, info: ExportInfo, *, submission: bool
) -> None:
    """Add the "exported" audit event; a submission also stamps the assessment's exported_at."""
    with database.session() as session:
        if submission:
            stored.get_assessment(session, assessment_id).exported_at = info.exported_at
        audit.add_audit_event(session, assessment_id, audit.EXPORTED, what)
        session.commit()
