"""Concurrent import benchmark: 4 processes importing 400 files into PostgreSQL, 1 into SQLite.

The 400 are the import benchmark's own (bench/imports.export_all: one per council, written by
the real exporter). SQLite: one process imports them all into an empty database, as one member
of staff does today. PostgreSQL: four processes (spawned, started together at a barrier) each
import a quarter into one empty database on a server this benchmark starts (Debian's postgresql,
through tests/postgres_server.py, then restarted durable: fsync and synchronous commits on, as
an office would run it, where the tests' server turns them off). Throughput is files per second
of wall time, from the first process starting to the last finishing; the ratio is PostgreSQL's
throughput over SQLite's.

The floor, as in the other import benchmarks, is python-calamine only opening each file and
reading every cell of every sheet, measured in the same run on the same files: in one process
for SQLite's import, in four (the same quarters, started the same way) for PostgreSQL's. Each
import is also given against its floor. Then the four processes each import all 400, in
different orders, into another empty database: every file must be stored exactly once (400 new,
1,200 duplicates), which is the contention the race-safe import has to survive. Best of
REPEATS runs (a shared VM: every run is printed too).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import time
from collections import Counter
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).parents[1]))  # tests.postgres_server
from import_scale import read_floor
from imports import COUNCILS, export_all

from csn_desktop.actions.importing import import_files
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.imports.outcomes import Outcome
from tests.postgres_server import PostgresServer, _run_as_server_user, start_server

PROCESSES = 4
REPEATS = 3
# PostgreSQL with four processes against SQLite with one, in files per second: at least this.
TARGET_SPEEDUP = 1.0
# Each import against its floor (calamine's read of the same files, same processes): at most.
TARGET_RATIO = 1.5
TEMPLATE = "csn_bench_template"
START_WAIT = 600  # seconds: only against a process that died before the start


def durable(server: PostgresServer) -> None:
    """Restart the server with PostgreSQL's own durability settings (fsync, synchronous commit)."""
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={server.port} "
        f"-c unix_socket_directories={server.folder} -c max_connections=50"
    )
    data = server.folder / "data"
    pg_ctl = str(server.binaries / "pg_ctl")
    command = [pg_ctl, "restart", "-D", str(data), "-w", "-m", "fast", "-o", options]
    _run_as_server_user([*command, "-l", str(server.folder / "server.log")], server.folder)


def create_database(server: PostgresServer, name: str, template: str = "template1") -> str:
    import psycopg

    with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return server.url(name)


def _import_share(target: str, paths: list[Path], start: Barrier, queue: Any) -> None:
    """A process: open the database (untimed), wait for the others, import, report."""
    database = open_app_database(target)
    library = questionnaire_library()
    try:
        start.wait(START_WAIT)
        began = time.monotonic()  # CLOCK_MONOTONIC: one clock for every process
        results = import_files(database, library, paths)
        ended = time.monotonic()
    finally:
        database.close()
    queue.put((began, ended, Counter(str(r.outcome) for r in results)))


def _read_share(paths: list[Path], start: Barrier, queue: Any) -> None:
    """A process: calamine's floor over its share."""
    start.wait(START_WAIT)
    began = time.monotonic()
    read_floor(paths)
    queue.put((began, time.monotonic(), Counter()))


def together(target: Any, shares: list[list[Path]], *args: str) -> tuple[float, Counter[str]]:
    """(wall seconds from the first start to the last end, every outcome) of one process a share."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(len(shares))
    queue = context.Queue()
    processes = [
        context.Process(target=target, args=(*args, share, start, queue)) for share in shares
    ]
    for process in processes:
        process.start()
    reports = [queue.get() for _process in processes]
    for process in processes:
        process.join()
    if any(p.exitcode for p in processes):
        raise RuntimeError("a benchmark process failed")
    outcomes: Counter[str] = Counter()
    for _began, _ended, counted in reports:
        outcomes.update(counted)
    return max(r[1] for r in reports) - min(r[0] for r in reports), outcomes


def sqlite_import(paths: list[Path], folder: Path, repeat: int) -> float:
    database_path = folder / f"single{repeat}.sqlite3"
    database = open_app_database(database_path)  # opened untimed
    try:
        start = time.perf_counter()
        results = import_files(database, questionnaire_library(), paths)
        seconds = time.perf_counter() - start
    finally:
        database.close()
    outcomes = Counter(r.outcome for r in results)
    assert outcomes == {Outcome.NEW: len(paths)}, outcomes
    return seconds


def run(folder: Path, server: PostgresServer, repeats: int) -> dict[str, Any]:
    paths = export_all(folder / "files", folder / "councils.sqlite3")
    shares = [paths[k::PROCESSES] for k in range(PROCESSES)]
    # Every process all the files, each starting a quarter further on: they keep colliding.
    rotated = [
        paths[k * len(paths) // PROCESSES :] + paths[: k * len(paths) // PROCESSES]
        for k in range(PROCESSES)
    ]
    create_database(server, TEMPLATE)
    open_app_database(server.url(TEMPLATE)).close()  # migrated, councils loaded: untimed
    figures: dict[str, list[float]] = {
        "sqlite": [],
        "postgresql": [],
        "floor_one": [],
        "floor_four": [],
        "overlapping": [],
    }
    for repeat in range(repeats):
        figures["floor_one"].append(read_floor(paths))
        figures["sqlite"].append(sqlite_import(paths, folder, repeat))
        figures["floor_four"].append(together(_read_share, shares)[0])
        url = create_database(server, f"csn_bench_{repeat}", TEMPLATE)
        seconds, outcomes = together(_import_share, shares, url)
        assert outcomes == {"new": len(paths)}, outcomes
        figures["postgresql"].append(seconds)
        url = create_database(server, f"csn_bench_overlap_{repeat}", TEMPLATE)
        seconds, outcomes = together(_import_share, rotated, url)
        expected = {"new": len(paths), "duplicate": len(paths) * (PROCESSES - 1)}
        assert outcomes == expected, outcomes
        figures["overlapping"].append(seconds)
        print(
            "  run {n}: SQLite {s:.1f} s (floor {f1:.1f} s), PostgreSQL {p:.1f} s "
            "(floor {f4:.1f} s), overlapping {o:.1f} s".format(
                n=repeat + 1,
                s=figures["sqlite"][-1],
                f1=figures["floor_one"][-1],
                p=figures["postgresql"][-1],
                f4=figures["floor_four"][-1],
                o=figures["overlapping"][-1],
            ),
            flush=True,
        )
    return {name: min(runs) for name, runs in figures.items()} | {"runs": figures}


def report(best: dict[str, Any], files: int, repeats: int) -> dict[str, Any]:
    sqlite_rate = files / best["sqlite"]
    postgres_rate = files / best["postgresql"]
    speedup = postgres_rate / sqlite_rate
    sqlite_floor = best["sqlite"] / best["floor_one"]
    postgres_floor = best["postgresql"] / best["floor_four"]
    print(f"{files} submissions; best of {repeats} runs")
    print(
        f"SQLite, 1 process: {best['sqlite']:.1f} s, {sqlite_rate:.1f} files/s; "
        f"against its floor ({best['floor_one']:.1f} s) {sqlite_floor:.2f}"
    )
    print(
        f"PostgreSQL, {PROCESSES} processes: {best['postgresql']:.1f} s, {postgres_rate:.1f} "
        f"files/s; against its floor ({best['floor_four']:.1f} s) {postgres_floor:.2f}"
    )
    print(f"ratio PostgreSQL ÷ SQLite: {speedup:.2f} (target {TARGET_SPEEDUP} or more)")
    print(f"floor ratio target: {TARGET_RATIO} or less")
    overlap = best["overlapping"]
    print(
        f"{PROCESSES} processes each importing all {files} (each stored once, the rest "
        f"duplicates): {overlap:.1f} s, {files * PROCESSES / overlap:.1f} files/s handled"
    )
    return {
        "files": files,
        "processes": PROCESSES,
        "sqlite_s": round(best["sqlite"], 2),
        "postgresql_s": round(best["postgresql"], 2),
        "sqlite_files_per_s": round(sqlite_rate, 1),
        "postgresql_files_per_s": round(postgres_rate, 1),
        "ratio": round(speedup, 3),
        "target_ratio": TARGET_SPEEDUP,
        "sqlite_over_floor": round(sqlite_floor, 3),
        "postgresql_over_floor": round(postgres_floor, 3),
        "target_floor_ratio": TARGET_RATIO,
        "overlapping_s": round(overlap, 2),
        "runs_s": {k: [round(s, 2) for s in v] for k, v in best["runs"].items()},
        "ok": speedup >= TARGET_SPEEDUP
        and sqlite_floor <= TARGET_RATIO
        and postgres_floor <= TARGET_RATIO,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=REPEATS, help="runs; the best is kept")
    options = parser.parse_args()
    server = start_server()
    try:
        durable(server)
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            (folder / "files").mkdir()
            best = run(folder, server, max(options.runs, 1))
    finally:
        server.stop()
    print(json.dumps(report(best, COUNCILS, max(options.runs, 1))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
