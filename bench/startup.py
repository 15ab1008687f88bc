"""Start-up time: process start to the first shown, filled window, as a ratio to a bare Qt window.

Both are started offscreen as fresh processes, alternately, at least five times each, from compiled
bytecode as an installed copy runs (see ``as_installed``); the medians are compared. The app opens a
database holding example assessments (opened once before, as a user's is) and quits at the first
paint of the home list filled with its rows (``--exit-after-start``), read from the file before the
database layer is imported; a second figure is the time until the database is open and every action
enabled (READY). ``bench/scale.py`` measures both at 400 to 8,000 submissions. Last line: one JSON
object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


# The app until the database is open behind the painted list (the window then quits).
READY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from csn_desktop.main import main
from csn_desktop.ui.main_window import MainWindow

loaded = MainWindow.load

def load(self):
    QTimer.singleShot(0, QApplication.quit)
    return loaded(self)

MainWindow.load = load
sys.exit(main(sys.argv[1:]))
"""


def app_commands(database: str) -> tuple[list[str], list[str]]:
    """The app to its first filled paint, and to ready, on ``database``."""
    first = [sys.executable, "-m", "csn_desktop", "--database", database, "--exit-after-start"]
    ready = [sys.executable, "-c", READY, "--database", database]
    return first, ready


def as_installed(env: dict[str, str], folder: str) -> dict[str, str]:
    """``env`` for fresh processes that run from compiled bytecode, as an installed copy does (pip
    and PyInstaller compile it; the warm-up run writes it under ``folder``). Without this, with
    PYTHONDONTWRITEBYTECODE=1 every module of the app is compiled again at each start, which no
    user waits for, while the bare window's PySide6 comes compiled from its wheel."""
    env = dict(env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
    return env


def opened_once(database: str) -> None:
    """Open the database as the app does (migrated, summaries and definitions recorded)."""
    from csn_desktop.actions.home import remember_definitions
    from csn_desktop.actions.setup import open_app_database, questionnaire_library

    library = questionnaire_library()
    with open_app_database(database, library=library) as opened:
        remember_definitions(opened, library)


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--councils", type=int, default=25)
    options = parser.parse_args()
    runs = max(options.runs, 5)
    with tempfile.TemporaryDirectory() as folder:
        env = as_installed(dict(os.environ, QT_QPA_PLATFORM="offscreen"), folder)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[name] = str(Path(folder) / name.lower())
        database = str(Path(folder) / "bench.sqlite3")
        from csn_desktop.actions.demo import fill_demo
        from csn_desktop.actions.setup import open_app_database, questionnaire_library

        with open_app_database(database) as opened:
            fill_demo(opened, questionnaire_library().latest(), councils=options.councils, seed=1)
        opened_once(database)
        app, ready = app_commands(database)
        bare = [sys.executable, "-c", BARE]
        for command in (bare, app, ready):  # warm the file cache for each
            timed(command, env)
        bare_times, app_times, ready_times = [], [], []
        for _ in range(runs):
            bare_times.append(timed(bare, env))
            app_times.append(timed(app, env))
            ready_times.append(timed(ready, env))
    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    ready_median = statistics.median(ready_times)
    print(f"bare PySide6 window: median {bare_median * 1000:.0f} ms over {runs} runs")
    print(f"csn-desktop, filled: median {app_median * 1000:.0f} ms over {runs} runs")
    print(f"ratio {app_median / bare_median:.2f} (target 2.0 or less)")
    print(f"csn-desktop, ready (database open): median {ready_median * 1000:.0f} ms", end="")
    print(f" ({ready_median / bare_median:.2f}× the bare window)")
    print(json.dumps({
        "benchmark": "startup", "runs": runs, "councils": options.councils,
        "bare_ms": round(bare_median * 1000, 1), "app_ms": round(app_median * 1000, 1),
        "ratio": round(app_median / bare_median, 2), "ready_ms": round(ready_median * 1000, 1),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
