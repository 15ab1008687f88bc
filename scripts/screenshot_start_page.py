"""Take docs/images/start-page.png: a new assessment's start page at 1280×720 (run under Xvfb).

xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python scripts/screenshot_start_page.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from csn_desktop.actions.assessments import start_assessment
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.ui.main_window import MainWindow


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else "docs/images/start-page.png"
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    library = questionnaire_library()
    database_path = folder / "csn-desktop.sqlite3"
    with open_app_database(database_path) as database:
        new_id = start_assessment(
            database,
            library.latest(),
            period="2026/27",
            gss_code="W06000001",
            respondent="Siân Ŵyn Hughes",
        )
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database_path, settings, library)
    window.load()
    window.resize(1280, 720)
    window.show()
    window.open_assessment(new_id)
    QTimer.singleShot(500, lambda: (window.grab().save(out), app.quit()))
    app.exec()
    window.close()


if __name__ == "__main__":
    main()
