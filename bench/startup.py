"""Start-up time: process start to the first shown, filled window, as a ratio to a bare Qt window.

Both are started offscreen as fresh processes, alternately, at least five times each; the medians
are compared. The app opens a database holding example assessments and quits once the home list
has been painted with the database open (``--exit-after-start``): the real start a user waits for,
not merely the first paint. ``bench/scale.py`` measures the same at 400 to 8,000 submissions.
Last line: one JSON object.
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
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[name] = str(Path(folder) / name.lower())
        database = str(Path(folder) / "bench.sqlite3")
        from csn_desktop.actions.demo import fill_demo
        from csn_desktop.actions.setup import open_app_database, questionnaire_library

        with open_app_database(database) as opened:
            fill_demo(opened, questionnaire_library().latest(), councils=options.councils, seed=1)
        app = [sys.executable, "-m", "csn_desktop", "--database", database, "--exit-after-start"]
        bare = [sys.executable, "-c", BARE]
        timed(bare, env)  # warm the file cache for both
        timed(app, env)
        bare_times, app_times = [], []
        for _ in range(runs):
            bare_times.append(timed(bare, env))
            app_times.append(timed(app, env))
    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    print(f"bare PySide6 window: median {bare_median * 1000:.0f} ms over {runs} runs")
    print(f"csn-desktop, filled: median {app_median * 1000:.0f} ms over {runs} runs")
    print(f"ratio {app_median / bare_median:.2f} (target 2.0 or less)")
    print(json.dumps({
        "benchmark": "startup", "runs": runs, "councils": options.councils,
        "bare_ms": round(bare_median * 1000, 1), "app_ms": round(app_median * 1000, 1),
        "ratio": round(app_median / bare_median, 2),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
