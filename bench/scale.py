"""Database-wide costs at 400, 2,000 and 8,000 imported submissions, each against a floor.

Every row is measured on each cached database (see scale_build) and on its floor, in the same
run, alternately, and the median of the runs is printed with the ratio:

- real start to first filled paint: a fresh process, the home list painted with its rows
  (``--exit-after-start``: read from the file before the database layer is imported), and start
  until ready (the database open behind it, every action enabled), each against a bare PySide6
  window in a fresh process; each database is first opened once, as a user's has been;
- back to the home list (from the newest local draft), and closing the window with that draft
  open: in this process, offscreen, the window's own calls (the user waits for them: the window
  is frozen meanwhile), against the same on a database holding only the council's own drafts;
- ``csn-desktop list``: a fresh process (what a user waits for) against a bare ``python -c
  pass``, and the command's own work in this process (the part that could grow) against the
  same on the drafts-only database.

Other rows (the network view, reports, imports) are added to ``ROWS``: a name and a function
that, given a database path, returns (seconds, floor seconds). Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from import_scale import import_new, import_resend
from network_view import (
    filter_change,
    peak_memory,
    report_pdf,
    report_xlsx,
    view_paint,
    view_paint_uncounted,
)
from scale_build import SEED, SIZES, cached_database
from startup import app_commands, as_installed, opened_once

sys.modules.setdefault("scale", sys.modules[__name__])  # row modules import this one as scale

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
quit_ = Quit(window)
window.installEventFilter(quit_)
window.show()
app.exec()
"""


@dataclass(frozen=True)
class Context:
    runs: int
    env: dict[str, str]
    empty: Path  # the council's own drafts and nothing imported: the floor of the in-app rows


# (database path, context) → (median seconds, median floor seconds)
Measure = Callable[[Path, Context], tuple[float, float]]


def alternate(
    runs: int, measured: Callable[[], float], floor: Callable[[], float]
) -> tuple[float, float]:
    measured(), floor()  # warm the file cache for both
    pairs = [(measured(), floor()) for _ in range(runs)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


STALLS: list[str] = []  # runs that never finished (once seen on a loaded VM), said at the end


def process_time(command: list[str], env: dict[str, str]) -> float:
    """Wall time of a fresh process; one that stalls is killed after a minute and run again."""
    for _ in range(3):
        start = time.perf_counter()
        try:
            subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            STALLS.append(" ".join(command[-3:]))
            continue
        return time.perf_counter() - start
    raise RuntimeError(f"{command} stalled three times")


def start_to_filled_paint(database: Path, context: Context) -> tuple[float, float]:
    app, _ready = app_commands(str(database))
    bare = [sys.executable, "-c", BARE]
    return alternate(
        context.runs,
        lambda: process_time(app, context.env),
        lambda: process_time(bare, context.env),
    )


def start_to_ready(database: Path, context: Context) -> tuple[float, float]:
    _first, ready = app_commands(str(database))
    bare = [sys.executable, "-c", BARE]
    return alternate(
        context.runs,
        lambda: process_time(ready, context.env),
        lambda: process_time(bare, context.env),
    )


def list_process(database: Path, context: Context) -> tuple[float, float]:
    command = [sys.executable, "-m", "csn_desktop", "--database", str(database), "list"]
    bare = [sys.executable, "-c", "pass"]
    return alternate(
        context.runs,
        lambda: process_time(command, context.env),
        lambda: process_time(bare, context.env),
    )


def list_in_process(database: Path, context: Context) -> tuple[float, float]:
    from csn_desktop.main import main

    def timed(path: Path) -> float:
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            main(["--database", str(path), "list"])  # the quick path where the file allows it
        return time.perf_counter() - start

    return alternate(context.runs, lambda: timed(database), lambda: timed(context.empty))


def _window(path: Path, settings_folder: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from csn_desktop.actions.setup import questionnaire_library
    from csn_desktop.ui.main_window import MainWindow

    QApplication.instance() or QApplication([])
    settings = QSettings(str(settings_folder / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(path, settings, questionnaire_library())
    assert window.load()
    window.show()
    QApplication.processEvents()
    return window


def _open_first(window) -> None:  # type: ignore[no-untyped-def]
    from csn_desktop.ui.home_model import IdRole

    first = window.home.model.index(0, 0).data(IdRole)
    if first is not None:
        window.open_assessment(first)


def home_return(database: Path, context: Context) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    folder = Path(tempfile.mkdtemp())
    windows = {p: _window(p, folder) for p in (database, context.empty)}

    def timed(path: Path) -> float:
        window = windows[path]
        _open_first(window)
        QApplication.processEvents()
        start = time.perf_counter()
        window.show_home()
        QApplication.processEvents()  # the list painted again
        return time.perf_counter() - start

    try:
        return alternate(context.runs, lambda: timed(database), lambda: timed(context.empty))
    finally:
        for window in windows.values():
            window.close()


def closing(database: Path, context: Context) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    folder = Path(tempfile.mkdtemp())

    def timed(path: Path) -> float:
        window = _window(path, folder)
        _open_first(window)
        QApplication.processEvents()
        start = time.perf_counter()
        window.close()
        QApplication.processEvents()
        elapsed = time.perf_counter() - start
        window.deleteLater()
        return elapsed

    return alternate(context.runs, lambda: timed(database), lambda: timed(context.empty))


@dataclass(frozen=True)
class Row:
    name: str
    floor: str
    measure: Measure
    target: str
    unit: str = "ms"  # or "MB": the measure returns megabytes, not seconds


ROWS: list[Row] = [
    Row(
        "real start to first filled paint",
        "bare window",
        start_to_filled_paint,
        "≤ 2× floor; 8,000 within 10% of 400",
    ),
    Row("start until ready (database open)", "bare window", start_to_ready, "—"),
    Row("back to the home list", "drafts only", home_return, "< 150 ms at 8,000"),
    Row("closing the window", "drafts only", closing, "< 150 ms at 8,000"),
    Row("`csn-desktop list` (process)", "`python -c pass`", list_process, "< 150 ms at 8,000"),
    Row("`csn-desktop list` (its own work)", "drafts only", list_in_process, "< 150 ms at 8,000"),
    Row("network view, click to filled paint", "drafts only", view_paint, "< 1 s at 8,000"),
    Row(
        "network view, first paint after an import",
        "drafts only",
        view_paint_uncounted,
        "—",
    ),
    Row("network view, filter change (drafts)", "drafts only", filter_change, "< 150 ms"),
    Row("network view, peak memory", "drafts only", peak_memory, "< 300 MB", unit="MB"),
    Row("`report network` .xlsx (process)", "drafts only", report_xlsx, "< 5 s"),
    Row("`report network` .pdf (process)", "drafts only", report_pdf, "< 3 s"),
    # 400 new files, then 400 re-sends of them, per file (import_scale; imports.py: the floor).
    Row("import, per new file", "empty database", import_new, "within 10% of empty"),
    Row("import, per re-send", "a new file, same database", import_resend, "≤ 1.00× a new file"),
]


def cell(row: Row, measured: float, floor: float) -> str:
    if row.unit == "MB":
        return f"{measured:.0f} MB ({measured / floor:.2f}× {floor:.0f} MB)"
    return f"{measured * 1000:.0f} ms ({measured / floor:.2f}× {floor * 1000:.0f} ms)"


def figures(row: Row, measured: float, floor: float) -> dict[str, float]:
    if row.unit == "MB":
        return {"MB": round(measured, 1), "floor_MB": round(floor, 1)}
    return {"ms": round(measured * 1000, 1), "floor_ms": round(floor * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument(
        "--only", nargs="*", default=[], help="measure only rows whose name contains one of these"
    )
    options = parser.parse_args()
    rows = [r for r in ROWS if not options.only or any(w in r.name for w in options.only)]
    runs = max(options.runs, 3)
    paths = {size: cached_database(size, options.seed) for size in options.sizes}
    for path in [*paths.values(), cached_database(0, options.seed)]:
        opened_once(str(path))  # as the app leaves a database it has opened
    with tempfile.TemporaryDirectory() as folder:
        env = as_installed(dict(os.environ, QT_QPA_PLATFORM="offscreen"), folder)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[name] = str(Path(folder) / name.lower())
        context = Context(runs, env, cached_database(0, options.seed))
        results: dict[str, dict[int, tuple[float, float]]] = {}
        for row in rows:
            results[row.name] = {size: row.measure(paths[size], context) for size in paths}
            print(f"measured: {row.name}", file=sys.stderr, flush=True)
    sizes = list(paths)
    head = " | ".join(f"{s:,}" for s in sizes)
    print(f"| what (median of {runs}) | floor | {head} | target |")
    print("| --- | --- | " + " | ".join("---" for _ in sizes) + " | --- |")
    for row in rows:
        cells = " | ".join(cell(row, *results[row.name][s]) for s in sizes)
        print(f"| {row.name} | {row.floor} | {cells} | {row.target} |")
    for stall in STALLS:
        print(f"stalled after 60 s, killed and run again: {stall}")
    print(
        json.dumps(
            {
                "benchmark": "scale",
                "stalls": len(STALLS),
                "runs": runs,
                "seed": options.seed,
                "rows": {
                    row.name: {str(s): figures(row, *results[row.name][s]) for s in sizes}
                    for row in rows
                },
            }
        )
    )


if __name__ == "__main__":
    main()
