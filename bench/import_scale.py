"""Import per file into databases already holding 0, 400, 2,000 and 8,000 submissions.

Into a copy of each cached network database (see scale_build) go 400 new submissions (one per
council, a period none of them holds yet), then 400 re-sends of them (the same submission,
exported a day later with a tenth of its answers changed: each becomes the current version).
Both are timed, and compared with calamine's read floor over the same files.
"""

from __future__ import annotations

import io
import random
import shutil
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import python_calamine

from csn_desktop.actions.importing import import_files
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.xlsx_submission import write_submission
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.models import OTHER_TYPE_CODE
from csn_desktop.storage.organisations import list_organisations

SEED = 2026
# After every period the scale databases hold (they end with 2026/27).
NEW_PERIOD = "2027/28"
CHANGED = 0.1  # of the answers, in a re-send
SENT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def read_floor(paths: list[Path]) -> float:
    """Seconds for calamine to open every file and read every cell of every sheet."""
    start = time.perf_counter()
    for path in paths:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            workbook.get_sheet_by_name(name).to_python()
        workbook.close()
    return time.perf_counter() - start


def export_sends(folder: Path, database_path: Path, seed: int) -> tuple[list[Path], list[Path]]:
    """(new files, re-sends of them): one each per council, written by the real exporter."""
    library = questionnaire_library()
    questionnaire = library.latest()
    database = open_app_database(database_path, library=library)
    with database.session() as session:
        councils = [
            o
            for o in list_organisations(session, current_only=True)
            if o.gss_code and o.type_code != OTHER_TYPE_CODE
        ]
    database.close()
    rng = random.Random(seed)
    new, again = folder / "new", folder / "re-sends"
    new.mkdir(parents=True, exist_ok=True)
    again.mkdir(exist_ok=True)
    sends: tuple[list[Path], list[Path]] = ([], [])
    for council in councils:
        submission = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        first = sample_answers(questionnaire, rng, completeness=rng.uniform(0.6, 1.0))
        for n, where in enumerate((new, again)):
            answers = first if n == 0 else _changed(first, questionnaire, rng)
            info = ExportInfo(
                submission_uuid=submission,
                organisation_name=council.name,
                gss_code=str(council.gss_code),
                nation=council.nation,
                region=council.region,
                organisation_type=council.type_name,
                period=NEW_PERIOD,
                status="draft",
                exported_at=SENT + timedelta(days=n),
                app_version="bench",
            )
            stream = io.BytesIO()
            write_submission(stream, info, questionnaire, answers)
            path = where / f"{council.gss_code}.xlsx"
            path.write_bytes(stream.getvalue())
            sends[n].append(path)
    return sends


def _changed(answers: Answers, questionnaire: Questionnaire, rng: random.Random) -> Answers:
    """A copy with about a tenth of the answers changed, as an officer's re-send would."""
    changed = Answers(dict(answers))
    other = sample_answers(questionnaire, rng)
    for key, value in other:
        if rng.random() < CHANGED:
            changed.set(key.question_id, key.item_key, value)
    return changed


def import_timed(paths: list[Path], database_path: Path, expected: Outcome) -> float:
    """Seconds to import ``paths`` (the database opened untimed); each must be ``expected``."""
    database = open_app_database(database_path)
    try:
        start = time.perf_counter()
        results = import_files(database, questionnaire_library(), paths)
        seconds = time.perf_counter() - start
    finally:
        database.close()
    outcomes = {r.outcome for r in results}
    assert outcomes == {expected}, (outcomes, [r.message for r in results][:3])
    return seconds


def new_and_resends(
    source: Path, work: Path, new: list[Path], again: list[Path]
) -> tuple[float, float]:
    """(seconds for the new files, for their re-sends) into a fresh copy of ``source``."""
    copy = work / f"copy-{source.name}"
    for stale in work.glob(copy.name + "*"):
        stale.unlink()
    shutil.copyfile(source, copy)  # the cached database is closed: a copy is safe
    try:
        return (
            import_timed(new, copy, Outcome.NEW),
            import_timed(again, copy, Outcome.REVISION),
        )
    finally:
        for made in work.glob(copy.name + "*"):
            made.unlink()


def per_file_ms(
    sizes: dict[int, Path], work: Path, seed: int, runs: int
) -> dict[int, dict[str, float]]:
    """Per size: ms a file for new files and re-sends, and calamine's floor, medians of runs.

    Each run measures every size and the floor over the same files, one after the other, so
    that a busy machine slows all of them alike.
    """
    new, again = export_sends(work / "files", work / "councils.sqlite3", seed)
    seen: dict[int, dict[str, list[float]]] = {s: {} for s in sizes}
    for _ in range(runs):
        for size, path in sizes.items():
            floor_new, floor_again = read_floor(new), read_floor(again)
            into_new, into_again = new_and_resends(path, work, new, again)
            for name, seconds in (
                ("floor new", floor_new),
                ("floor re-sends", floor_again),
                ("new", into_new),
                ("re-sends", into_again),
            ):
                seen[size].setdefault(name, []).append(seconds * 1000 / len(new))
    return {
        size: {name: statistics.median(each) for name, each in by_name.items()}
        for size, by_name in seen.items()
    }


def table(figures: dict[int, dict[str, float]]) -> list[str]:
    """The figures as a Markdown table, against the floor and the empty database."""
    empty = figures.get(0)
    lines = [
        "| submissions already held | new file | re-send | re-send ÷ new |",
        "| --- | --- | --- | --- |",
    ]
    for size, f in figures.items():
        cells = []
        for kind, floor in (("new", "floor new"), ("re-sends", "floor re-sends")):
            cell = f"{f[kind]:.2f} ms ({f[kind] / f[floor]:.2f}× floor {f[floor]:.2f} ms"
            if empty is not None:
                cell += f"; {f[kind] / empty[kind]:.2f}× empty"
            cells.append(cell + ")")
        lines.append(f"| {size:,} | {cells[0]} | {cells[1]} | {f['re-sends'] / f['new']:.2f} |")
    return lines


class Runs(Protocol):
    """What bench/scale.py's rows are given: how many runs, and the drafts-only database."""

    @property
    def runs(self) -> int: ...

    @property
    def empty(self) -> Path: ...


_MEASURED: dict[Path, tuple[float, float, float, float]] = {}  # both rows measured at once
_FILES: list[list[Path]] = []  # (new files, re-sends), exported once for every size


def _per_file(database: Path, context: Runs) -> tuple[float, float, float, float]:
    """(new, new into the empty database, re-send, re-send into it): median seconds a file."""
    if database not in _MEASURED:
        work = Path(tempfile.mkdtemp())
        if not _FILES:
            _FILES.extend(export_sends(work / "files", work / "councils.sqlite3", SEED))
        new, again = _FILES
        pairs = [
            (
                new_and_resends(database, work, new, again),
                new_and_resends(context.empty, work, new, again),
            )
            for _ in range(context.runs)
        ]
        new_here, new_empty, again_here, again_empty = (
            statistics.median(p[where][kind] for p in pairs) / len(new)
            for kind in (0, 1)
            for where in (0, 1)
        )
        _MEASURED[database] = (new_here, new_empty, again_here, again_empty)
    return _MEASURED[database]


def import_new(database: Path, context: Runs) -> tuple[float, float]:
    """bench/scale.py's row: a new file into ``database``, and into the empty database."""
    here, empty, _again_here, _again_empty = _per_file(database, context)
    return here, empty


def import_resend(database: Path, context: Runs) -> tuple[float, float]:
    """bench/scale.py's row: a re-send into ``database``, against a new file into it (the
    target: a re-send costs no more than a new file)."""
    new_here, _empty, again_here, _again_empty = _per_file(database, context)
    return again_here, new_here
