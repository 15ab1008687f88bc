"""Importing submission files: one transaction per file, progress and cancelling."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.i18n import _
from csn_desktop.imports.files import expand
from csn_desktop.imports.limits import DEFAULT_LIMITS, Limits
from csn_desktop.imports.outcomes import FileContext, FileResult, Outcome, SubmissionRejected
from csn_desktop.imports.reader import ParsedSubmission, parse_submission, read_file_bytes
from csn_desktop.imports.store import Stored, store_submission
from csn_desktop.storage.batch import batch_session
from csn_desktop.storage.database import Database
from csn_desktop.storage.failures import plain_storage_error

log = logging.getLogger(__name__)

# Called with (files done, files in all, the result just reached); may run in a worker thread.
ImportProgress = Callable[[int, int, FileResult], None]
CancelCheck = Callable[[], bool]


def import_files(
    database: Database,
    library: QuestionnaireLibrary,
    paths: Iterable[str | Path],
    progress: ImportProgress | None = None,
    cancelled: CancelCheck | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> list[FileResult]:
    """Import files, folders and globs; one result per file, skipped files included.

    Every spreadsheet in a folder (.xlsx, .ods, .xls, .csv …) is tried: imported, or rejected
    with what to do. Only files that are no spreadsheet at all are skipped.

    Each file is stored in its own transaction or not at all, and a failing file never stops
    the rest. Cancelling takes effect between files: those not reached are reported cancelled.
    """
    candidates = expand(paths)
    results = [FileResult(p, Outcome.REJECTED, why) for p, why in candidates.missing]
    results += [FileResult(p, Outcome.REJECTED, why) for p, why in candidates.refused]
    results += [FileResult(p, Outcome.SKIPPED, why) for p, why in candidates.skipped]
    files = candidates.files
    if not files:
        return results
    with batch_session(database) as session:
        for done, path in enumerate(files):
            if cancelled is not None and cancelled():
                results += [
                    FileResult(p, Outcome.CANCELLED, _("Not imported: the import was stopped."))
                    for p in files[done:]
                ]
                break
            read = _read(library, path, limits)
            result = read if isinstance(read, FileResult) else _store(session, path, read)
            results.append(result)
            if progress is not None:
                progress(done + 1, len(files), result)
    return results


def import_one(
    database: Database, library: QuestionnaireLibrary, path: Path, limits: Limits = DEFAULT_LIMITS
) -> FileResult:
    """Import one file in one transaction; a rejected file leaves the database unchanged."""
    read = _read(library, path, limits)
    if isinstance(read, FileResult):
        return read
    with batch_session(database) as session:
        return _store(session, path, read)


def _read(
    library: QuestionnaireLibrary, path: Path, limits: Limits
) -> ParsedSubmission | FileResult:
    """The whole file read and checked, or the result that rejects it (nothing stored)."""
    try:
        return parse_submission(read_file_bytes(path, limits), library, limits)
    except SubmissionRejected as error:
        return FileResult(
            path, Outcome.REJECTED, error.reason, place=error.place, context=error.context
        )
    except Exception as error:  # a bug: this file only, never the batch
        log.exception("reading %s failed", path)
        why = _("Unexpected error, nothing stored: {error}.").format(error=repr(error))
        return FileResult(path, Outcome.REJECTED, why)


def _store(session: Session, path: Path, parsed: ParsedSubmission) -> FileResult:
    """Store a file read in full, in one transaction: committed, or undone on any failure."""
    sha256 = parsed.file_sha256
    try:
        stored = _store_once(session, parsed, path.name)
    except SubmissionRejected as error:
        return FileResult(
            path,
            Outcome.REJECTED,
            error.reason,
            place=error.place,
            sha256=sha256,
            context=error.context,
        )
    except Exception as error:  # a database failure: this file only, never the batch
        plain = plain_storage_error(error)
        if plain is None:
            log.exception("importing %s failed", path)
            why = _("Unexpected error, nothing stored: {error}.").format(error=repr(error))
        else:
            log.warning("importing %s failed: %r", path, error)
            why = _("Not imported: {reason}").format(reason=plain.message)
        return FileResult(path, Outcome.REJECTED, why, sha256=sha256)
    meta = parsed.meta
    return FileResult(
        path,
        stored.outcome,
        stored.message,
        submission_uuid=meta.submission_uuid,
        council=stored.council,
        assessment_id=stored.assessment_id,
        sha256=sha256,
        context=FileContext(stored.council, meta.period, meta.status, meta.kind),
        flagged=stored.flagged,
        changes=stored.changes,
        notes=parsed.notes,
    )


def _store_once(session: Session, parsed: ParsedSubmission, file_name: str) -> Stored:
    """store_submission and commit; after a clash with a concurrent import, decide once more.

    On SQLite the transaction holds the write lock from its start, so what it reads stays true.
    A server database lets another program insert the same submission meanwhile: the unique
    submission id then refuses the insert, and looking again finds it a duplicate.
    """
    for attempt in range(2):
        try:
            stored = store_submission(session, parsed, file_name)
            session.commit()
            return stored
        except IntegrityError:
            session.rollback()
            if attempt:
                raise
        except BaseException:
            session.rollback()
            raise
    raise AssertionError("unreachable")  # pragma: no cover


def any_rejected(results: Iterable[FileResult]) -> bool:
    return any(r.outcome is Outcome.REJECTED for r in results)
