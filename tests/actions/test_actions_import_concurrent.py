"""Four programs importing overlapping folders into one PostgreSQL database at the same moment."""

from __future__ import annotations

import multiprocessing
import queue as queue_module
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.storage import audit
from csn_desktop.storage.database import open_database
from csn_desktop.storage.models import Assessment, AuditEvent, ImportRecord
from tests.actions.import_worker import START_WAIT, run
from tests.imports.conftest import EXPORTED, council_names, submission_bytes

PROCESSES = 4
COUNCILS = 16
RESENT = 4  # councils whose second version (same submission, exported later) arrives too


def submissions(folder: Path, library: QuestionnaireLibrary) -> dict[str, tuple[str, bool]]:
    """COUNCILS first versions and RESENT second ones; file name → (GSS code, second)."""
    questionnaire = library.latest()
    codes = sorted(council_names())[:COUNCILS]
    made: dict[str, tuple[str, bool]] = {}
    for n, code in enumerate(codes):
        uuid = f"00000000-0000-4000-8000-{n:012}"
        first = submission_bytes(questionnaire, submission_uuid=uuid, gss_code=code, seed=n)
        (folder / f"council-{n:02}.xlsx").write_bytes(first)
        made[f"council-{n:02}.xlsx"] = (code, False)
        if n < RESENT:
            # Sorted before the first version: some programs meet the re-send first.
            second = submission_bytes(
                questionnaire,
                submission_uuid=uuid,
                gss_code=code,
                seed=1000 + n,
                exported_at=EXPORTED + timedelta(days=3),
            )
            (folder / f"council-{n:02}-resent.xlsx").write_bytes(second)
            made[f"council-{n:02}-resent.xlsx"] = (code, True)
    return made


def inboxes(exported: Path, root: Path) -> list[list[Path]]:
    """Each process's folders: every file is in two or three of them, some in the same twice."""
    files = sorted(exported.iterdir())
    folders = []
    for k in range(PROCESSES):
        folder = root / f"inbox-{k}"
        folder.mkdir()
        for n, source in enumerate(files):
            if (n + k) % 3 != 0:
                (folder / source.name).write_bytes(source.read_bytes())
        folders.append([folder])
    folders[0].append(exported)  # one program also imports the whole set
    return folders


def import_at_once(url: str, folders: list[list[Path]]) -> list[dict[str, Any]]:
    """One process per list of folders (spawned, as on Windows), all started together."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(len(folders))
    results = context.Queue()
    processes = [
        context.Process(target=run, args=(url, inbox, start, results)) for inbox in folders
    ]
    for process in processes:
        process.start()
    try:
        # A bound only against a hang (a process that died): each import has no limit.
        outcomes = [results.get(timeout=START_WAIT * 2) for _process in processes]
    except queue_module.Empty:
        outcomes = []
    for process in processes:
        process.join()
    assert [p.exitcode for p in processes] == [0] * len(processes)
    assert len(outcomes) == len(processes)
    return outcomes


def test_four_imports_of_overlapping_folders_store_each_file_once(
    tmp_path: Path, library: QuestionnaireLibrary, server_url: str
) -> None:
    exported = tmp_path / "exported"
    exported.mkdir()
    made = submissions(exported, library)
    outcomes = import_at_once(server_url, inboxes(exported, tmp_path))

    files: Counter[str] = Counter()
    first: dict[str, str] = {}  # sha256 → the outcome that stored it
    for outcome in outcomes:
        assert outcome["logged"] == []
        for name, sha256, result, message in outcome["results"]:
            assert result in {"new", "revision", "older", "duplicate"}, (name, message)
            files[name] += 1
            if result != "duplicate":
                assert sha256 not in first, (name, "stored twice")
                first[sha256] = result
    assert set(files) == set(made)
    assert len(first) == len(made)  # every distinct file stored by exactly one program

    with open_database(server_url) as database, database.session() as session:
        versions = session.execute(
            select(
                Assessment.id,
                Assessment.organisation_id,
                Assessment.source_file_sha256,
                Assessment.superseded_by_id,
                Assessment.decision_pending,
                Assessment.uuid,
            )
        ).all()
        records = session.execute(
            select(ImportRecord.sha256, ImportRecord.outcome, ImportRecord.assessment_id)
        ).all()
        events = session.execute(
            select(AuditEvent.assessment_id, AuditEvent.kind, AuditEvent.actor)
        ).all()
    # Every file stored once; one current version per council, the later export of a re-send.
    assert sorted(v.source_file_sha256 for v in versions) == sorted(first)
    by_council: dict[int, list[Any]] = {}
    for version in versions:
        by_council.setdefault(version.organisation_id, []).append(version)
    assert len(by_council) == COUNCILS
    second = {sha for o in outcomes for name, sha, *_rest in o["results"] if made[name][1]}
    for group in by_council.values():
        current = [v for v in group if v.superseded_by_id is None]
        assert len(current) == 1
        assert not any(v.decision_pending for v in group)
        assert all(v.superseded_by_id in (None, current[0].id) for v in group)
        if len(group) == 2:  # whichever came first, the later export is the one counted
            assert current[0].source_file_sha256 in second
    assert sum(len(group) == 2 for group in by_council.values()) == RESENT
    # The current version of a re-sent council carries the submission's id.
    assert len({v.uuid for v in versions}) == len(versions)

    # One import record per file each program met, each outcome as the program reported it.
    reported = Counter(
        (sha, result) for o in outcomes for _name, sha, result, _message in o["results"]
    )
    assert Counter((r.sha256, r.outcome) for r in records) == reported
    # Every import is in the audit trail, under the user who ran it.
    actor = audit.current_actor()
    assert {e.actor for e in events} == {actor}
    kinds = Counter(e.kind for e in events)
    assert kinds[audit.IMPORTED] == len(first)
    assert kinds[audit.RECEIVED_AGAIN] == sum(r.outcome == "duplicate" for r in records)
    assert kinds[audit.SUPERSEDED] == sum(o == "revision" for o in first.values())
