"""Take the README screenshots of the assessment window and its standards matrix (under Xvfb)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from csn_desktop.actions.assessments import save_answer, start_assessment
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.values import JsonValue
from csn_desktop.ui.language_menu import store_choice
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.matrix_widget import StandardsMatrixWidget

# The matrix screenshots show the window at the size of a small laptop screen.
MATRIX_SIZE = (1280, 720)


def _settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def _grab(app: QApplication, widget: QWidget, target: Path) -> None:
    _settle(app)
    widget.grab().save(str(target))
    print(target)


def matrix_shots(app: QApplication, window: MainWindow, folder: Path) -> None:
    """The matrix with a selection and the detail pane, the bulk-set dialog, a paste preview."""
    assert window.assessment_page is not None
    window.resize(*MATRIX_SIZE)
    window.assessment_page.show_section(2)
    page = window.assessment_page.section_pages[2]
    matrix = page.questions["standards"]
    assert isinstance(matrix, StandardsMatrixWidget)
    table, proxy = matrix.table, matrix.proxy
    table.setFocus()
    table.setCurrentIndex(proxy.index(1, matrix.model.column_of("standards.use_status")))
    selection = QItemSelection(proxy.index(1, 0), proxy.index(4, proxy.columnCount() - 1))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    _grab(app, window, folder / "matrix-selection.png")
    matrix.bulk_set()
    assert matrix.bulk_dialog is not None
    matrix.bulk_dialog.use.setCurrentIndex(1)
    matrix.bulk_dialog.need.setCurrentIndex(1)
    _grab(app, matrix.bulk_dialog, folder / "matrix-bulk-set.png")
    matrix.bulk_dialog.reject()
    standards = matrix.model.standards
    QGuiApplication.clipboard().setText(
        "Code\tUse\tNeed\tBarriers\n"
        f"{standards[0].code}\tPartly used\tEssential\tSkills or staff capacity; Too complex\n"
        f"{standards[7].title}\tPlanning to use it\tNeeded\n"
        f"{standards[9].code.lower()}\tFully used\tNeeded\tCost of putting it into practice\n"
        "ISO 99999\tFully used\tNeeded\n"
    )
    matrix.paste()
    assert matrix.paste_dialog is not None
    _grab(app, matrix.paste_dialog, folder / "matrix-paste-preview.png")
    matrix.paste_dialog.reject()


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images/assessment-window.png")
    # A second argument (cy): the window in that language, one screenshot of a page only.
    language = sys.argv[2] if len(sys.argv) > 2 else ""
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
            # Last year's, for the home list beside this year's.
            start_assessment(
                database, questionnaire, period="2025/26", gss_code="W06000015", respondent="Siân"
            )
            themes = {"data-interoperability", "mobility-transport"}
            mine = [s for s in questionnaire.standards if s.theme in themes]
            details: dict[str, JsonValue] = {
                "standards.barriers": ["cost_of_implementation", "skills_capacity"],
                "standards.note": "Used for the bus open-data feed; Nodyn am Ynys Môn — ŵ ŷ.",
                "standards.evidence_url": "intranet/policies/open-data",
            }
            for question_id, value in details.items():
                save_answer(database, questionnaire, new_id, question_id, mine[1].code, value)
            for n, standard in enumerate(mine[:6]):
                use = ["fully_used", "partly_used", "aware_not_used", "planning"][n % 4]
                save_answer(database, questionnaire, new_id, "standards.use_status",
                            standard.code, use)  # fmt: skip
                save_answer(database, questionnaire, new_id, "standards.need", standard.code,
                            ["essential", "needed", "nice_to_have"][n % 3])  # fmt: skip
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        if language:
            from csn_desktop.ui.translation import install_language

            store_choice(settings, language)
            install_language(app, language)
        window = MainWindow(db_path, settings, library)
        window.resize(1400, 860)
        window.load()
        window.show()
        window.open_assessment(new_id)
        assert window.assessment_page is not None
        window.assessment_page.show_section(2)
        target.parent.mkdir(parents=True, exist_ok=True)
        _grab(app, window, target)
        if language:
            window.close()
            return 0
        matrix_shots(app, window, target.parent)
        window.show_home()
        _grab(app, window, target.parent / "home-list.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
