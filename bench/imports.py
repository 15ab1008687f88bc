"""Import benchmark: 400 real submissions into an empty database, against calamine's read floor.

The floor is the time python-calamine takes only to open each file and read every cell of every
sheet, measured in the same run on the same files. The import does everything: the zip checks,
reading and validating, the checksum, and one committed transaction per file. The best of the
runs is compared (this is a shared VM: each run is printed too, to show the spread). The network
view's aggregation over the 400 (loading from the database, then counting) is timed too.
"""

from __future__ import annotations

import io
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import python_calamine

from csn_desktop.actions.importing import import_files
from csn_desktop.actions.network import load_network
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.xlsx_submission import write_submission
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.organisations import list_organisations

COUNCILS = 400
TARGET_RATIO = 1.5
TARGET_AGGREGATION_MS = 200.0
REPEATS = 3


def export_all(folder: Path, database_path: Path) -> list[Path]:
    """One submission per council, written by the real exporter.

    The bundled list has 396 councils, so the last few also send last year's (2025/26).
    """
    library = questionnaire_library()
    questionnaire = library.latest()
    database = open_app_database(database_path)
    with database.session() as session:
        councils = [o for o in list_organisations(session) if o.gss_code]
    database.close()
    rng = random.Random(2026)
    paths = []
    chosen = [(c, "2026/27") for c in councils]
    chosen += [(c, "2025/26") for c in councils[: COUNCILS - len(chosen)]]
    for n, (council, period) in enumerate(chosen[:COUNCILS]):
        answers = sample_answers(questionnaire, rng, completeness=rng.uniform(0.6, 1.0))
        info = ExportInfo(
            submission_uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            organisation_name=council.name,
            gss_code=council.gss_code,
            nation=council.nation,
            region=council.region,
            organisation_type=council.type_name,
            period=period,
            status="final" if n % 3 else "draft",
            exported_at=datetime(2026, 11, 24, 9, 30, tzinfo=UTC),
            app_version="bench",
        )
        stream = io.BytesIO()
        write_submission(stream, info, questionnaire, answers)
        path = folder / f"{council.gss_code}-{period.replace('/', '-')}.xlsx"
        path.write_bytes(stream.getvalue())
        paths.append(path)
    return paths


def read_floor(paths: list[Path]) -> float:
    """Seconds for calamine to open every file and read every cell of every sheet."""
    start = time.perf_counter()
    for path in paths:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            workbook.get_sheet_by_name(name).to_python()
        workbook.close()
    return time.perf_counter() - start


def import_all(paths: list[Path], database_path: Path) -> tuple[float, list[Outcome]]:
    database = open_app_database(database_path)  # empty but for the councils, opened untimed
    try:
        start = time.perf_counter()
        results = import_files(database, questionnaire_library(), paths)
        return time.perf_counter() - start, [r.outcome for r in results]
    finally:
        database.close()


def aggregation(database_path: Path) -> tuple[float, float]:
    """(ms to load the 400 from the database, ms to aggregate them), best of the repeats."""
    database = open_app_database(database_path)
    loads, counts = [], []
    try:
        for _ in range(REPEATS):
            start = time.perf_counter()
            data = load_network(database, questionnaire_library())
            middle = time.perf_counter()
            picture = data.picture(Filters())
            end = time.perf_counter()
            assert picture.councils == COUNCILS, picture.councils
            loads.append((middle - start) * 1000)
            counts.append((end - middle) * 1000)
    finally:
        database.close()
    return min(loads), min(counts)


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        (folder / "files").mkdir()
        paths = export_all(folder / "files", folder / "councils.sqlite3")
        size = statistics.mean(p.stat().st_size for p in paths)
        floors, imports = [], []
        for repeat in range(REPEATS):
            floors.append(read_floor(paths))
            database_path = folder / f"network{repeat}.sqlite3"
            open_app_database(database_path).close()
            seconds, outcomes = import_all(paths, database_path)
            imports.append(seconds)
            assert outcomes == [Outcome.NEW] * COUNCILS, set(outcomes)
        load_ms, aggregate_ms = aggregation(folder / "network0.sqlite3")
    floor, whole = min(floors), min(imports)
    ratio = whole / floor
    print(f"{COUNCILS} submissions, {size / 1024:.0f} KB each on average")
    per_file = floor / COUNCILS * 1000
    print(f"read floor (calamine, every cell): {floor * 1000:.0f} ms, {per_file:.2f} ms/file")
    print(f"whole import: {whole * 1000:.0f} ms, {whole / COUNCILS * 1000:.2f} ms/file")
    print(f"ratio {ratio:.2f} (target {TARGET_RATIO} or less)")
    runs = ", ".join(f"{i * 1000:.0f}" for i in imports)
    print(f"  imports {runs} ms; floors {', '.join(f'{f * 1000:.0f}' for f in floors)} ms")
    print(f"network view: load {load_ms:.0f} ms from the database, then aggregate")
    print(f"  {aggregate_ms:.1f} ms (target under {TARGET_AGGREGATION_MS:.0f} ms)")
    result = {
        "councils": COUNCILS,
        "read_floor_ms": round(floor * 1000, 1),
        "import_ms": round(whole * 1000, 1),
        "ratio": round(ratio, 3),
        "import_runs_ms": [round(i * 1000, 1) for i in imports],
        "read_floor_runs_ms": [round(f * 1000, 1) for f in floors],
        "target_ratio": TARGET_RATIO,
        "load_ms": round(load_ms, 1),
        "aggregate_ms": round(aggregate_ms, 1),
        "target_aggregate_ms": TARGET_AGGREGATION_MS,
        "ok": ratio <= TARGET_RATIO and aggregate_ms < TARGET_AGGREGATION_MS,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
