"""Import benchmark: 400 real submissions into an empty database, against calamine's read floor.

The floor is the time python-calamine takes only to open each file and read every cell of every
sheet, measured in the same run on the same files. The import does everything: the zip checks,
reading and validating, the checksum, and one committed transaction per file. The best of the
runs is compared (this is a shared VM: each run is printed too, to show the spread). The network
view's aggregation over the 400 (loading from the database, then counting) is timed too.

The same 400, saved again by LibreOffice (as .xlsx and as .ods, by soffice in batches, made
afresh each time), are imported into an empty database against the floor on those files, and
into the database holding the originals, where each must be a duplicate. Without soffice that
part is skipped, saying so. Making the copies takes minutes: ``--copies FOLDER`` keeps them
there and uses them again on later runs (the exports are the same on every run: seeded).

Then 400 new submissions and 400 re-sends of them go into copies of the scale databases,
already holding 0, 400, 2,000 and 8,000 submissions (see import_scale and scale_build), each
against calamine's floor on the same files and against the empty database; ``--scale-only``
runs just that part.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from csn_desktop.actions.importing import import_files
from csn_desktop.actions.network import load_network
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.xlsx_submission import write_submission
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.organisations import list_organisations

sys.path.insert(0, str(Path(__file__).parent))
from import_scale import per_file_ms, read_floor, table
from scale_build import SEED, SIZES, cached_database

COUNCILS = 400
TARGET_RATIO = 1.5
TARGET_GROWTH = 1.1  # import per file into the largest database against an empty one
TARGET_RESEND = 1.0  # a re-send against a new file
TARGET_AGGREGATION_MS = 200.0
REPEATS = 3
# LibreOffice's export filter for each format the files are saved again as.
LIBREOFFICE_FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods:calc8"}
LIBREOFFICE_TIMEOUT = 1800
LIBREOFFICE_BATCH = 100  # files per soffice; the batches run side by side


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


def resave_all(paths: list[Path], suffix: str, folder: Path) -> list[Path] | None:
    """Every file opened and saved again by LibreOffice as ``suffix``; None without soffice.

    soffice silently leaves out the files after roughly the 250th it is given, so the files
    go in batches, each to a soffice of its own (with its own profile), a few at a time.
    Copies already in ``folder`` (kept by --copies) are used as they are.
    """
    kept = [folder / f"{path.stem}.{suffix}" for path in paths]
    if all(p.is_file() for p in kept):
        return kept
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    batches = [paths[i : i + LIBREOFFICE_BATCH] for i in range(0, len(paths), LIBREOFFICE_BATCH)]
    running = [
        subprocess.Popen(
            [
                program,
                f"-env:UserInstallation={(folder / f'profile{n}').as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                LIBREOFFICE_FILTERS[suffix],
                "--outdir",
                str(folder),
                *map(str, batch),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n, batch in enumerate(batches)
    ]
    errors = [p.communicate(timeout=LIBREOFFICE_TIMEOUT)[1] for p in running]
    saved = [folder / f"{path.stem}.{suffix}" for path in paths]
    missing = [p.name for p in saved if not p.is_file()]
    if missing or any(p.returncode for p in running):
        raise RuntimeError(f"soffice left out {len(missing)} files, {missing[:3]}: {errors}")
    return saved


def import_all(paths: list[Path], database_path: Path) -> tuple[float, list[Outcome]]:
    database = open_app_database(database_path)  # opened untimed
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


def measure(paths: list[Path], folder: Path, name: str) -> tuple[list[float], list[float]]:
    """(every floor, every import into an empty database) over REPEATS runs."""
    floors, imports = [], []
    for repeat in range(REPEATS):
        floors.append(read_floor(paths))
        database_path = folder / f"{name}{repeat}.sqlite3"
        open_app_database(database_path).close()
        seconds, outcomes = import_all(paths, database_path)
        imports.append(seconds)
        assert outcomes == [Outcome.NEW] * len(paths), set(outcomes)
    return floors, imports


def runs(imports: list[float], floors: list[float]) -> str:
    imported = ", ".join(f"{i * 1000:.0f}" for i in imports)
    return f"  imports {imported} ms; floors {', '.join(f'{f * 1000:.0f}' for f in floors)} ms"


def duplicates(paths: list[Path], folder: Path, originals: Path) -> float:
    """Best seconds to import ``paths`` into a copy of the database holding the originals."""
    seconds_each = []
    for repeat in range(REPEATS):
        database_path = folder / f"duplicates{repeat}.sqlite3"
        shutil.copyfile(originals, database_path)  # closed: a copy is safe
        seconds, outcomes = import_all(paths, database_path)
        assert outcomes == [Outcome.DUPLICATE] * len(paths), set(outcomes)
        seconds_each.append(seconds)
    return min(seconds_each)


def network_part(copies_folder: Path | None) -> dict[str, Any]:
    """400 submissions into an empty database, and LibreOffice's copies of them."""
    saved: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        (folder / "files").mkdir()
        paths = export_all(folder / "files", folder / "councils.sqlite3")
        size = statistics.mean(p.stat().st_size for p in paths)
        print(f"{COUNCILS} submissions, {size / 1024:.0f} KB each on average")
        floors, imports = measure(paths, folder, "network")
        floor, whole = min(floors), min(imports)
        ratio = whole / floor
        per_file = floor / COUNCILS * 1000
        print(f"read floor (calamine, every cell): {floor * 1000:.0f} ms, {per_file:.2f} ms/file")
        print(f"whole import: {whole * 1000:.0f} ms, {whole / COUNCILS * 1000:.2f} ms/file")
        print(f"ratio {ratio:.2f} (target {TARGET_RATIO} or less)")
        print(runs(imports, floors))
        load_ms, aggregate_ms = aggregation(folder / "network0.sqlite3")
        print(f"network view: load {load_ms:.0f} ms from the database, then aggregate")
        print(f"  {aggregate_ms:.1f} ms (target under {TARGET_AGGREGATION_MS:.0f} ms)")
        for suffix in LIBREOFFICE_FILTERS:
            start = time.perf_counter()
            where = copies_folder or folder
            copies = resave_all(paths, suffix, where / f"libreoffice-{suffix}")
            if copies is None:
                print("saved by LibreOffice: skipped, soffice is not installed")
                break
            made = time.perf_counter() - start
            size = statistics.mean(p.stat().st_size for p in copies)
            print(f"saved by LibreOffice as .{suffix} ({made:.0f} s to make), ", end="")
            print(f"{size / 1024:.0f} KB each on average")
            lo_floors, lo_imports = measure(copies, folder, f"libreoffice-{suffix}")
            lo_floor, lo_whole = min(lo_floors), min(lo_imports)
            again = duplicates(copies, folder, folder / "network0.sqlite3")
            saved[suffix] = {
                "read_floor_ms": round(lo_floor * 1000, 1),
                "import_ms": round(lo_whole * 1000, 1),
                "ratio": round(lo_whole / lo_floor, 3),
                "duplicates_ms": round(again * 1000, 1),
                "duplicates_ratio": round(again / lo_floor, 3),
            }
            print(
                f"  read floor {lo_floor * 1000:.0f} ms, import {lo_whole * 1000:.0f} ms: ", end=""
            )
            print(f"ratio {lo_whole / lo_floor:.2f} (target {TARGET_RATIO} or less)")
            print(runs(lo_imports, lo_floors))
            print("  into the database holding the originals, all duplicates: ", end="")
            print(f"{again * 1000:.0f} ms, ratio {again / lo_floor:.2f}")
    return {
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
        "libreoffice": saved,
        "ok": ratio <= TARGET_RATIO
        and aggregate_ms < TARGET_AGGREGATION_MS
        and all(s["ratio"] <= TARGET_RATIO for s in saved.values()),
    }


def scale_part(sizes: list[int], seed: int, repeats: int) -> dict[str, Any]:
    """New files and re-sends into databases already holding ``sizes`` submissions."""
    paths = {size: cached_database(size, seed) for size in sizes}
    with tempfile.TemporaryDirectory() as temporary:
        figures = per_file_ms(paths, Path(temporary), seed, repeats)
    print(f"import per file into a database already holding … (median of {repeats} runs)")
    for line in table(figures):
        print(line)
    biggest = figures[max(figures)]
    growth = biggest["new"] / figures[0]["new"] if 0 in figures else None
    resend = max(f["re-sends"] / f["new"] for f in figures.values())
    ratio = max(
        max(f["new"] / f["floor new"], f["re-sends"] / f["floor re-sends"])
        for f in figures.values()
    )
    print(
        f"largest against empty: {growth or 0:.2f} (target {TARGET_GROWTH} or less); "
        f"re-send ÷ new at most {resend:.2f} (target {TARGET_RESEND} or less); "
        f"against the floor at most {ratio:.2f} (target {TARGET_RATIO} or less)"
    )
    return {
        "runs": repeats,
        "ms_per_file": {
            str(size): {name: round(ms, 3) for name, ms in f.items()} for size, f in figures.items()
        },
        "growth": None if growth is None else round(growth, 3),
        "resend_over_new": round(resend, 3),
        "ratio": round(ratio, 3),
        "ok": (growth is None or growth <= TARGET_GROWTH)
        and resend <= TARGET_RESEND
        and ratio <= TARGET_RATIO,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=Path, help="keep LibreOffice's copies here, reuse them")
    parser.add_argument(
        "--scale-only", action="store_true", help="only the imports into the scale databases"
    )
    parser.add_argument("--sizes", type=int, nargs="*", default=[0, *SIZES])
    parser.add_argument("--runs", type=int, default=5, help="runs of the scale part")
    options = parser.parse_args()
    result = {} if options.scale_only else network_part(options.copies)
    scale = scale_part(options.sizes, SEED, max(options.runs, 1))
    result["scale"] = scale
    result["ok"] = bool(result.get("ok", True)) and scale["ok"]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
