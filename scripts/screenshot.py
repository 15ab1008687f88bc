"""Take the README screenshot of the assessment window (run under Xvfb by scripts/screenshot.sh)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from csn_desktop.actions.assessments import save_answer, start_assessment
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.values import JsonValue
from csn_desktop.ui.main_window import MainWindow


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images/assessment-window.png")
    app = QApplication(sys.argv[:1])
    library = questionnaire_library()
    questionnaire = library.latest()
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "screenshot.sqlite3"
        with open_app_database(db_path) as database:
            new_id = start_assessment(
                database, questionnaire, period="2026/27", gss_code="W06000015", respondent="Siân"
            )
            answers: dict[str, JsonValue] = {
                "departments": ["digital_it", "highways_transport"],
                "strategy_status": "adopted",
                "procurement_practice": "usually",
                "has_standards_lead": True,
                "priority_themes": ["data-interoperability", "mobility-transport"],
            }
            for question_id, value in answers.items():
                save_answer(database, questionnaire, new_id, question_id, "", value)
            for n, standard in enumerate(questionnaire.standards[:6]):
                use = ["fully_used", "partly_used", "aware_not_used", "planning"][n % 4]
                save_answer(database, questionnaire, new_id, "standards.use_status",
                            standard.code, use)  # fmt: skip
                save_answer(database, questionnaire, new_id, "standards.need", standard.code,
                            ["essential", "needed", "nice_to_have"][n % 3])  # fmt: skip
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db_path, settings, library)
        window.resize(1400, 860)
        window.load()
        window.show()
        window.open_assessment(new_id)
        assert window.assessment_page is not None
        window.assessment_page.show_section(2)
        for _ in range(20):
            app.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(target))
        window.close()
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
