"""The network view and `report network` at scale: the rows bench/scale.py adds for them.

- network view, click to filled paint: in this process, offscreen, a new network window over the
  open database until its tables are filled and painted (what a click on "Network" costs); the
  first, unmeasured open keeps each assessment's counts (actions/network), later ones read them;
- network view, first paint after an import: the same, with every kept count (table
  counted_answers) dropped before each open, as after an import of the whole period: the view
  counts the period's answers and keeps the counts (in a copy of the database);
- filter change: in that window, ticking "include drafts" (the newest period's some 20 final
  councils become its some 400) until the tables are filled and painted again;
- peak memory: a fresh process that opens the network window and waits until it is filled
  (its maximum resident set size);
- `report network` (.xlsx, .pdf): the whole command in a fresh process, the newest period with
  drafts included (some 400 councils: the benchmark's councils mostly send drafts), publishable.

Each is measured against the same on the drafts-only database (nothing imported: the window's
and the command's own fixed costs). Run alone, ``python bench/network_view.py --peak DATABASE``
prints the peak memory in MB of opening the view over DATABASE.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scale import Context

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _wait(signal: Any) -> None:
    """Run the event loop until ``signal`` is emitted, then let the paints it caused happen."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    loop = QEventLoop()
    signal.connect(loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)
    QApplication.processEvents()  # the filled tables painted


def _open(database: Any) -> Any:
    """A network window over ``database``, shown, filled and painted."""
    from csn_desktop.actions.setup import questionnaire_library
    from csn_desktop.ui.network.network_window import NetworkWindow

    window = NetworkWindow(database, questionnaire_library())
    window.show()
    if window.loader is not None and window.loader.is_running():
        _wait(window.loaded)
    return window


def _databases(paths: tuple[Path, ...]) -> dict[Path, Any]:
    from csn_desktop.actions.setup import open_app_database, questionnaire_library

    _app()
    return {p: open_app_database(p, library=questionnaire_library()) for p in paths}


def view_paint(database: Path, context: Context) -> tuple[float, float]:
    from scale import alternate, timed

    opened = _databases((database, context.empty))

    def once(path: Path) -> float:
        def work() -> None:
            window = _open(opened[path])
            window.close()
            window.deleteLater()

        return timed(work)

    try:
        return alternate(context.runs, lambda: once(database), lambda: once(context.empty))
    finally:
        for db in opened.values():
            db.close()


def view_paint_uncounted(database: Path, context: Context) -> tuple[float, float]:
    import shutil
    import sqlite3

    from scale import alternate, timed

    folder = Path(tempfile.mkdtemp())
    copies = {}
    for path in (database, context.empty):
        copies[path] = folder / path.name
        shutil.copyfile(path, copies[path])  # the cached database is closed: a copy is safe
    opened = _databases(tuple(copies.values()))

    def once(path: Path) -> float:
        with sqlite3.connect(copies[path]) as raw:
            raw.execute("DELETE FROM counted_answers")
        raw.close()

        def work() -> None:
            window = _open(opened[copies[path]])
            window.close()
            window.deleteLater()

        return timed(work)

    try:
        return alternate(context.runs, lambda: once(database), lambda: once(context.empty))
    finally:
        for db in opened.values():
            db.close()
        shutil.rmtree(folder, ignore_errors=True)


def filter_change(database: Path, context: Context) -> tuple[float, float]:
    from scale import alternate, timed

    opened = _databases((database, context.empty))
    windows = {path: _open(db) for path, db in opened.items()}

    def once(path: Path) -> float:
        window = windows[path]
        window.filter_bar.drafts.setChecked(False)  # back to final assessments only, untimed
        if window.figurer is not None and window.figurer.is_running():
            _wait(window.filled)

        def tick() -> None:
            window.filter_bar.drafts.setChecked(True)
            if window.figurer is not None and window.figurer.is_running():
                _wait(window.filled)
            else:
                from PySide6.QtWidgets import QApplication

                QApplication.processEvents()  # filled at once: painted

        return timed(tick)

    try:
        return alternate(context.runs, lambda: once(database), lambda: once(context.empty))
    finally:
        for window in windows.values():
            window.close()
        for db in opened.values():
            db.close()


def peak_memory(database: Path, context: Context) -> tuple[float, float]:
    """Peak resident memory in MB of a process that opens the view (not seconds)."""
    from scale import alternate

    def once(path: Path) -> float:
        command = [sys.executable, __file__, "--peak", str(path)]
        done = subprocess.run(command, env=context.env, check=True, capture_output=True)
        return float(done.stdout.decode().split()[-1])

    return alternate(min(context.runs, 3), lambda: once(database), lambda: once(context.empty))


def _report(suffix: str) -> Any:
    def measure(database: Path, context: Context) -> tuple[float, float]:
        from scale import alternate, process_time

        folder = Path(tempfile.mkdtemp())

        def command(path: Path) -> list[str]:
            output = folder / f"{path.stem}{suffix}"
            return [
                *(sys.executable, "-m", "csn_desktop", "--database", str(path)),
                *("report", "network", "--include-drafts", "-o", str(output)),
            ]

        return alternate(
            context.runs,
            lambda: process_time(command(database), context.env),
            lambda: process_time(command(context.empty), context.env),
        )

    return measure


report_xlsx = _report(".xlsx")
report_pdf = _report(".pdf")


def _peak_main(path: Path) -> None:
    from csn_desktop.actions.setup import open_app_database, questionnaire_library

    _app()
    database = open_app_database(path, library=questionnaire_library())
    window = _open(database)
    window.close()
    database.close()
    # VmHWM, not ru_maxrss: the latter keeps the high-water mark of the parent that forked us.
    status = Path("/proc/self/status").read_text().splitlines()
    peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(f"{peak_kb / 1024:.1f}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--peak":
        _peak_main(Path(sys.argv[2]))
    else:
        sys.exit(__doc__)
