"""Importing submission files: one transaction per file, progress and cancelling."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.i18n import _
from csn_desktop.imports.files import expand
from csn_desktop.imports.limits import DEFAULT_LIMITS, Limits
from csn_desktop.imports.outcomes import FileContext, FileResult, Outcome, SubmissionRejected
from csn_desktop.imports.reader import ParsedSubmission, parse_submission, read_file_bytes
from csn_desktop.imports.store import Stored, store_submission
from csn_desktop.storage.batch import (
    batch_session,
    file_savepoint,
    has_savepoints,
    transaction_open,
)
from csn_desktop.storage.database import Database
from csn_desktop.storage.failures import plain_storage_error

log = logging.getLogger(__name__)

# Called with (files done, files in all, the result just reached); may run in a worker thread.
ImportProgress = Callable[[int, int, FileResult], None]
CancelCheck = Callable[[], bool]
# At most how many files, and how long, the files stored in one transaction run to (SQLite).
GROUP_FILES = 32
GROUP_SECONDS = 0.25
# How many times a file is stored on a server database when other programs' imports clash.
STORE_ATTEMPTS = 3
# PostgreSQL's serialization failure and deadlock: the transaction may simply be run again.
_RETRY_STATES = frozenset({"40001", "40P01"})


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

    Each file is stored whole or not at all (on SQLite under a savepoint of its own, files
    committed in groups; elsewhere in a transaction of its own), and a failing file never
    stops the rest. A file is reported (``progress``) once it is committed. Cancelling takes
    effect between files: those not reached are reported cancelled.
    """
    candidates = expand(paths)
    results = [FileResult(p, Outcome.REJECTED, why) for p, why in candidates.missing]
    results += [FileResult(p, Outcome.REJECTED, why) for p, why in candidates.refused]
    results += [FileResult(p, Outcome.SKIPPED, why) for p, why in candidates.skipped]
    files = candidates.files
    if not files:
        return results
    with batch_session(database) as session:
        group = _Group(session, len(files), progress)
        for done, path in enumerate(files):
            if cancelled is not None and cancelled():
                results += group.commit()
                results += [
                    FileResult(p, Outcome.CANCELLED, _("Not imported: the import was stopped."))
                    for p in files[done:]
                ]
                return results
            read = _read(library, path, limits)
            if isinstance(read, FileResult):
                group.add(read)
            elif group.savepoints:
                group.add(_store_saved(session, path, read, group))
            else:
                group.add(_store(session, path, read))
            if group.due():
                results += group.commit()
        results += group.commit()
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


class _Group:
    """Files stored since the last commit, committed together and only then reported.

    On SQLite each file is stored under a savepoint of one transaction: a commit costs more
    than storing a small file. Groups grow from one file to GROUP_FILES (doubling), and are
    committed after GROUP_SECONDS at most, so the first files are reported at once. A file
    is reported (progress, results) only once its transaction has committed, so a crash
    never loses a file reported as imported. If the commit fails (a full disk), or SQLite
    undid the transaction by itself, every file of the group is reported not imported.
    """

    def __init__(self, session: Session, total: int, progress: ImportProgress | None) -> None:
        self.session = session
        self.savepoints = has_savepoints(session)
        self.total = total
        self.progress = progress
        self.pending: list[FileResult] = []
        self.size = 1  # files in this group
        self.reported = 0
        self.started = time.monotonic()
        self.lost: Exception | None = None  # why the group's transaction was undone

    def add(self, result: FileResult) -> None:
        self.pending.append(result)

    def due(self) -> bool:
        return (
            not self.savepoints
            or len(self.pending) >= self.size
            or time.monotonic() - self.started >= GROUP_SECONDS
        )

    def commit(self) -> list[FileResult]:
        """Commit the group; its results, reported to ``progress`` in order."""
        done, self.pending = self.pending, []
        if self.savepoints and self.lost is None and self.session.in_transaction():
            try:
                self.session.commit()
            except Exception as error:
                self.lost = error
        if self.lost is not None:
            self.session.rollback()
            done = [_not_stored(r, self.lost) if r.stored else r for r in done]
            self.lost = None
        for result in done:
            self.reported += 1
            if self.progress is not None:
                self.progress(self.reported, self.total, result)
        self.started = time.monotonic()
        self.size = min(self.size * 2, GROUP_FILES)
        return done


def _not_stored(result: FileResult, error: Exception) -> FileResult:
    """A file stored in a group whose transaction was undone: nothing of it was kept."""
    plain = plain_storage_error(error)
    if plain is None:
        log.error("the group of files with %s was undone: %r", result.path, error)
        why = _("Unexpected error, nothing stored: {error}.").format(error=repr(error))
    else:
        log.warning("the group of files with %s was undone: %r", result.path, error)
        why = _("Not imported: {reason}").format(reason=plain.message)
    return FileResult(
        result.path, Outcome.REJECTED, why, sha256=result.sha256, context=result.context
    )


def _store_saved(
    session: Session, path: Path, parsed: ParsedSubmission, group: _Group
) -> FileResult:
    """Store a file under a savepoint: kept in the group's transaction, or undone alone."""
    try:
        with file_savepoint(session):
            result = _result(path, parsed, store_submission(session, parsed, path.name))
    except Exception as error:
        result = _failed(path, parsed, error)
        if not transaction_open(session):
            group.lost = error  # SQLite undid the group's earlier files too
    return result


def _store(session: Session, path: Path, parsed: ParsedSubmission) -> FileResult:
    """Store a file read in full, in one transaction: committed, or undone on any failure."""
    try:
        stored = _store_once(session, parsed, path.name)
    except Exception as error:
        return _failed(path, parsed, error)
    return _result(path, parsed, stored)


def _failed(path: Path, parsed: ParsedSubmission, error: Exception) -> FileResult:
    """The result of a file whose storing failed (nothing of it kept)."""
    sha256 = parsed.file_sha256
    if isinstance(error, SubmissionRejected):
        return FileResult(
            path,
            Outcome.REJECTED,
            error.reason,
            place=error.place,
            sha256=sha256,
            context=error.context,
        )
    # A database failure: this file only, never the batch.
    plain = plain_storage_error(error)
    if plain is None:
        log.error("importing %s failed", path, exc_info=error)
        why = _("Unexpected error, nothing stored: {error}.").format(error=repr(error))
    else:
        log.warning("importing %s failed: %r", path, error)
        why = _("Not imported: {reason}").format(reason=plain.message)
    return FileResult(path, Outcome.REJECTED, why, sha256=sha256)


def _result(path: Path, parsed: ParsedSubmission, stored: Stored) -> FileResult:
    meta = parsed.meta
    return FileResult(
        path,
        stored.outcome,
        stored.message,
        submission_uuid=meta.submission_uuid,
        council=stored.council,
        assessment_id=stored.assessment_id,
        sha256=parsed.file_sha256,
        context=FileContext(stored.council, meta.period, meta.status, meta.kind),
        flagged=stored.flagged,
        changes=stored.changes,
        notes=parsed.notes,
    )


def _store_once(session: Session, parsed: ParsedSubmission, file_name: str) -> Stored:
    """store_submission and commit; after a clash with a concurrent import, decide once more.

    On SQLite the transaction holds the write lock from its start, so what it reads stays true.
    On a server, programs storing versions of one council take turns (storage.group_lock), so
    the one that waited reads the other's file and finds it a duplicate. What no lock covers,
    the unique constraints decide: a submission id stored meanwhile under another council
    refuses the insert, and so does a deadlock or serialization failure the server reports.
    The file's transaction is then undone, and the file read against the database anew.
    """
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            stored = store_submission(session, parsed, file_name)
            session.commit()
            return stored
        except (IntegrityError, OperationalError) as error:
            session.rollback()
            if attempt == STORE_ATTEMPTS or not _clash(error):
                raise
            log.info("storing %s clashed with another program's; trying again", file_name)
        except BaseException:
            session.rollback()
            raise
    raise AssertionError("unreachable")  # pragma: no cover


def _clash(error: DBAPIError) -> bool:
    """A unique constraint, a deadlock or a serialization failure: looking again decides."""
    if isinstance(error, IntegrityError):
        return True
    return getattr(error.orig, "sqlstate", None) in _RETRY_STATES


def any_rejected(results: Iterable[FileResult]) -> bool:
    return any(r.outcome is Outcome.REJECTED for r in results)
