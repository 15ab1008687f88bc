"""The language of an exported file, chosen in the Export dialog and remembered per kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from csn_desktop import i18n
from csn_desktop.ui.export_dialog import ExportDialog, ExportKind
from csn_desktop.ui.file_language import remember_language
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.network.audience_dialog import AudienceDialog, report_language
from tests.ui import test_export_dialog as exports
from tests.ui.test_export_dialog import Script, run_export
from tests.welsh_files import install_welsh

# The export tests' window (Cardiff 2026/27 open) and replaced dialogs.
window = exports.window
script = exports.script


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def offered(dialog: ExportDialog) -> list[str]:
    return [dialog.language.itemText(i) for i in range(dialog.language.count())]


def test_the_pdf_is_offered_in_both_languages_and_the_workbooks_in_either(
    qtbot: QtBot, settings: QSettings
) -> None:
    dialog = ExportDialog(None, "Caerdydd 2026/27", settings)
    qtbot.addWidget(dialog)
    assert offered(dialog) == ["Cymraeg", "English", "Cymraeg a Saesneg"]
    assert dialog.language.chosen() == "en"  # the window's language, at first
    dialog.buttons[ExportKind.XLSX].setChecked(True)
    assert offered(dialog) == ["Cymraeg", "English"]


def test_the_language_chosen_is_remembered_for_its_kind_of_file(
    qtbot: QtBot, settings: QSettings
) -> None:
    dialog = ExportDialog(None, "Caerdydd 2026/27", settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("cy+en"))
    dialog.accept()
    assert ExportKind.PDF.language(settings) == "cy+en"
    assert ExportKind.XLSX.language(settings) == "en"
    again = ExportDialog(None, "Caerdydd 2026/27", settings)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Cymraeg a Saesneg"
    again.buttons[ExportKind.TEMPLATE].setChecked(True)
    assert again.language.currentText() == "English"


def test_a_welsh_window_offers_welsh_first(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_welsh(tmp_path, monkeypatch)
    i18n.set_language("cy")
    try:
        dialog = ExportDialog(None, "Caerdydd 2026/27", settings)
        qtbot.addWidget(dialog)
        assert dialog.language.currentText() == "Cymraeg"
    finally:
        i18n.set_language(None)


def test_the_network_report_language_is_remembered(qtbot: QtBot) -> None:
    dialog = AudienceDialog(None, 5)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "Cymraeg",
        "English",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    dialog.accept()
    assert report_language() == "cy"


def test_the_submission_is_written_in_the_language_chosen(
    window: MainWindow,
    qtbot: QtBot,
    script: Script,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install_welsh(tmp_path, monkeypatch)
    remember_language(ExportKind.XLSX.value, "cy", window.settings)
    script.kind = ExportKind.XLSX
    outcome = run_export(window, qtbot)
    assert outcome.error is None and outcome.path is not None
    assert "Ynghylch" in load_workbook(outcome.path).sheetnames
    # The window itself stays in its own language.
    assert i18n.language() == i18n.SOURCE_LANGUAGE


def test_the_report_is_written_in_both_languages_when_chosen(
    window: MainWindow,
    qtbot: QtBot,
    script: Script,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install_welsh(tmp_path, monkeypatch)
    remember_language(ExportKind.PDF.value, "cy+en", window.settings)
    outcome = run_export(window, qtbot)
    assert outcome.error is None and outcome.path is not None
    reader = PdfReader(outcome.path)
    assert reader.trailer["/Root"]["/Lang"] == "cy-GB"
    assert [item.title for item in reader.outline if not isinstance(item, list)] == [
        "Cymraeg",
        "English",
    ]
