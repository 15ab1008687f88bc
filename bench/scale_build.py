"""Network-office databases of 400, 2,000 and 8,000 imported submissions, reproducible and cached.

80% of the submissions are distinct council × period groups, 20% re-sends of a group already
stored (a newer export of the same submission, which becomes current). Each is stored the way
the import stores a file (storage/imported: the assessment, its events, its answers in one
executemany, its import record, its summary, the group's current version), without writing and
parsing 8,000 workbooks, so building the largest takes a minute or two rather than an hour. A
few local drafts (the council's own work, from the demo) are added so the home list has rows;
size 0 is those drafts alone, the floor of the rows measured inside the app.

A database is cached under ``~/.cache/csn-desktop-bench/<app version>-<schema>-<seed>/`` and
reused while the app version, the schema revision and the seed are unchanged; delete the folder
to build afresh.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from csn_desktop import __version__
from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.canonical import canonical_answers_sha256
from csn_desktop.domain.known_ids import RESPONDENT_QUESTION
from csn_desktop.domain.progress import is_complete, overall_progress
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.domain.values import value_to_json
from csn_desktop.storage.batch import batch_session
from csn_desktop.storage.imported import (
    NewImport,
    add_answer_rows,
    add_import_record,
    add_imported,
    free_uuid,
)
from csn_desktop.storage.migrating import HEAD_REVISION
from csn_desktop.storage.models import OTHER_TYPE_CODE
from csn_desktop.storage.organisations import list_organisations
from csn_desktop.storage.summaries import store_progress
from csn_desktop.storage.versions import Group, set_current

SIZES = (400, 2_000, 8_000)
SEED = 2026
LOCAL_DRAFTS = 5
CACHE = Path.home() / ".cache" / "csn-desktop-bench"


def cached_database(size: int, seed: int = SEED, *, say: bool = True) -> Path:
    """The path of the ``size``-submission database, built first if it is not cached."""
    folder = CACHE / f"{__version__}-{HEAD_REVISION}-{seed}"
    path = folder / f"scale-{size}.sqlite3"
    if path.is_file():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for stale in folder.glob(partial.name + "*"):
        stale.unlink()
    if say:
        print(f"building {path} (once) …", flush=True)
    build(partial, size, seed)
    partial.rename(path)
    return path


def periods(count: int) -> list[str]:
    """``count`` financial years ending with 2026/27."""
    return [f"{y}/{(y + 1) % 100:02d}" for y in range(2027 - count, 2027)]


def build(path: Path, size: int, seed: int) -> None:
    rng = random.Random(seed)
    library = questionnaire_library()
    questionnaire = library.latest()
    database = open_app_database(path, library=library)
    try:
        with database.session() as session:
            councils = [
                (o.id, o.name)
                for o in list_organisations(session, current_only=True)
                if o.type_code != OTHER_TYPE_CODE
            ]
        distinct = size * 8 // 10
        years = periods(-(-distinct // len(councils)))
        every = [(c, p) for p in years for c in councils]
        groups = every[len(every) - distinct :]
        sends = [(g, None) for g in groups]
        # A re-send follows a send of its group: pick among the groups already sent.
        for _ in range(size - distinct):
            sends.append((rng.choice(groups), "re-send"))  # (none when size is 0)
        submission_of: dict[tuple[int, str], str] = {}
        exported = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
        with batch_session(database) as session:
            for n, ((council, period), resend) in enumerate(sends):
                key = (council[0], period)
                if resend is None:
                    submission_of[key] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                submission = submission_of[key]
                answers = sample_answers(questionnaire, rng, completeness=rng.uniform(0.5, 1.0))
                final = is_complete(questionnaire, answers) and rng.random() < 0.7
                now = exported + timedelta(minutes=n)
                own = submission if free_uuid(session, submission) else str(uuid.uuid4())
                digest = hashlib.sha256(f"{seed}-{n}".encode()).hexdigest()
                assessment_id = add_imported(
                    session,
                    NewImport(
                        uuid=own,
                        organisation_id=council[0],
                        questionnaire_id=questionnaire.id,
                        questionnaire_version=questionnaire.version,
                        period=period,
                        status="final" if final else "draft",
                        respondent=str(answers.get(RESPONDENT_QUESTION) or "") or None,
                        source_file_sha256=digest,
                        exported_at=now,
                        flagged=False,
                        submission_uuid=submission,
                        file_modified_at=now,
                        withdrawn_at=None,
                        decision_pending=False,
                    ),
                    f"{council[1]} {period.replace('/', '-')} {n}.xlsx",
                    now,
                )
                rows = [(k.question_id, k.item_key, value_to_json(v)) for k, v in answers]
                add_answer_rows(session, assessment_id, rows, now)
                store_progress(session, assessment_id, overall_progress(questionnaire, answers))
                if resend is not None:
                    set_current(session, Group(council[0], period, questionnaire.id), assessment_id)
                add_import_record(
                    session,
                    file_name=f"{n}.xlsx",
                    sha256=digest,
                    outcome="revision" if resend else "new",
                    message=canonical_answers_sha256(answers),
                    submission_uuid=submission,
                    assessment_id=assessment_id,
                    now=now,
                )
                if n % 500 == 499:
                    session.commit()
            session.commit()
        fill_demo(database, questionnaire, councils=LOCAL_DRAFTS, seed=seed)
    finally:
        database.close()
