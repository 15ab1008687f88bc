"""File → Export… in the window: both formats, the template, cancel, failure, the dialogs."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from csn_desktop.actions import exporting
from csn_desktop.errors import UserError
from csn_desktop.exports.control import ExportCancelled
from csn_desktop.ui import exporter as exporter_module
from csn_desktop.ui.editors import TextEditor
from csn_desktop.ui.export_dialog import (
    AfterExport,
    ExportDialog,
    ExportDoneDialog,
    ExportFileDialog,
    ExportKind,
    suggested_name,
)
from csn_desktop.ui.export_worker import ExportOutcome, ExportWorker
from csn_desktop.ui.main_window import MainWindow
from csn_desktop.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog
from tests.exports.previous_files import previous_workbook

from .test_ui_accessibility import unnamed

WELSH = "Siân ap Dafydd — ŵyr a ŷd"
TIMEOUT = 60_000


class Script:
    """What the replaced export dialogs answer, and what they were asked."""

    def __init__(self, folder: Path) -> None:
        self.kind: ExportKind | None = ExportKind.PDF
        self.folder = folder
        self.file_name: str | None = None  # None: keep the suggested name
        self.suggested: list[Path] = []
        self.after = AfterExport.OPEN
        self.done: list[Path] = []
        self.opened: list[QUrl] = []


@pytest.fixture
def script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Script:
    folder = tmp_path / "exports"
    folder.mkdir()
    answers = Script(folder)

    def ask_file(parent: Any, kind: ExportKind, suggested: Path) -> Path:
        answers.suggested.append(suggested)
        return answers.folder / (answers.file_name or suggested.name)

    def done(parent: Any, kind: ExportKind, path: Path) -> AfterExport:
        answers.done.append(path)
        return answers.after

    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: answers.kind))
    monkeypatch.setattr(ExportFileDialog, "ask", classmethod(lambda cls, *a: ask_file(*a)))
    monkeypatch.setattr(ExportDoneDialog, "ask", classmethod(lambda cls, *a: done(*a)))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: answers.opened.append(url))
    return answers


@pytest.fixture
def window(make_window: Any, monkeypatch: pytest.MonkeyPatch, type_text: Any) -> MainWindow:
    """Cardiff 2026/27 open, with a Welsh respondent name typed but not yet saved by the timer."""
    request = NewAssessment("2026/27", "W06000015", None, None)
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda cls, *a: request))
    window: MainWindow = make_window()
    window.menus.new.trigger()
    assert window.assessment_page is not None
    field = window.assessment_page.section_pages[0].questions["respondent_name"]
    editor = field.editor  # type: ignore[union-attr]
    assert isinstance(editor, TextEditor)
    editor.edit.setFocus()
    type_text(editor.edit, WELSH)
    return window


def run_export(window: MainWindow, qtbot: QtBot, action: Any = None) -> ExportOutcome:
    (action or window.menus.export).trigger()
    worker = window.exporter.worker
    assert worker is not None
    if worker.outcome is None:
        with qtbot.waitSignal(worker.finished, timeout=TIMEOUT):
            pass
    assert worker.outcome is not None
    return worker.outcome


def test_pdf_report_through_the_window(window: MainWindow, qtbot: QtBot, script: Script) -> None:
    outcome = run_export(window, qtbot)
    assert outcome.error is None and not outcome.cancelled
    target = script.folder / "Cardiff 2026-27 smart-city standards.pdf"
    assert outcome.path == target
    assert script.suggested[0].name == target.name
    assert script.done == [target]
    assert script.opened == [QUrl.fromLocalFile(str(target))]
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Cardiff" in text
    assert WELSH in text  # typed a moment before exporting: flushed into the report
    assert window.exporter.progress is None
    assert window.menus.export.isEnabled()
    # The next export suggests the folder used last time.
    script.after = AfterExport.CLOSE
    run_export(window, qtbot)
    assert script.suggested[1] == target


def test_excel_submission_through_the_window(
    window: MainWindow, qtbot: QtBot, script: Script
) -> None:
    script.kind = ExportKind.XLSX
    script.after = AfterExport.SHOW_IN_FOLDER
    outcome = run_export(window, qtbot)
    assert outcome.error is None
    target = script.folder / "Cardiff 2026-27 smart-city standards submission.xlsx"
    assert outcome.path == target
    assert script.opened == [QUrl.fromLocalFile(str(script.folder))]
    workbook = load_workbook(target)
    meta = {str(key): value for key, value in workbook["_csn_meta"].iter_rows(values_only=True)}
    assert window.state is not None
    assert meta["submission_uuid"] == window.state.loaded.summary.uuid
    about = {row[1]: row[3] for row in workbook["About"].iter_rows(min_row=2, values_only=True)}
    assert WELSH in about["respondent_name"]


@pytest.mark.parametrize("kind", [ExportKind.PDF, ExportKind.XLSX])
def test_cancelling_leaves_the_old_file_unchanged(
    window: MainWindow,
    qtbot: QtBot,
    script: Script,
    monkeypatch: pytest.MonkeyPatch,
    kind: ExportKind,
) -> None:
    script.kind = kind
    script.file_name = f"report{kind.suffix}"
    target = script.folder / script.file_name
    # A previous export of the same kind (an export never replaces a file of another kind).
    old = b"%PDF-1.4 " + bytes(range(256)) * 10 if kind is ExportKind.PDF else previous_workbook()
    target.write_bytes(old)
    name = "export_pdf" if kind is ExportKind.PDF else "export_xlsx"
    real_export = getattr(exporting, name)

    def export_cancelled_midway(*args: Any, **options: Any) -> Path:
        *first, progress, cancelled = args

        def progress_then_cancel(done: int, total: int) -> None:
            progress(done, total)
            # As if Cancel were pressed while the first steps were being written.
            if done >= 2:
                worker = window.exporter.worker
                assert worker is not None
                worker.cancel()

        return real_export(*first, progress_then_cancel, cancelled, **options)  # type: ignore[no-any-return]

    monkeypatch.setattr(exporting, name, export_cancelled_midway)
    outcome = run_export(window, qtbot)
    assert outcome.cancelled
    assert target.read_bytes() == old
    assert sorted(p.name for p in script.folder.iterdir()) == [target.name]
    assert script.done == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_progress_dialog_cancel_button_stops_the_export(
    window: MainWindow, qtbot: QtBot, script: Script, monkeypatch: pytest.MonkeyPatch
) -> None:
    script.file_name = "report.pdf"
    target = script.folder / "report.pdf"
    target.write_bytes(b"%PDF-1.4 the old report")
    original_start = ExportWorker.start

    def cancel_then_start(worker: ExportWorker) -> None:
        progress = window.exporter.progress
        assert progress is not None and progress.isVisible()
        assert progress.windowModality() == Qt.WindowModality.WindowModal
        assert unnamed(progress) == []
        cancel = progress.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()
        assert progress.labelText() == "Cancelling…"
        original_start(worker)

    monkeypatch.setattr(ExportWorker, "start", cancel_then_start)
    assert run_export(window, qtbot).cancelled
    assert target.read_bytes() == b"%PDF-1.4 the old report"


def test_a_failed_export_shows_its_message(
    window: MainWindow, qtbot: QtBot, script: Script, answered: Any
) -> None:
    script.folder = script.folder / "missing"
    outcome = run_export(window, qtbot)
    assert isinstance(outcome.error, UserError)
    assert answered.messages == [f"The folder {script.folder} does not exist."]
    assert script.done == []


def test_blank_template_from_the_home_page(make_window: Any, qtbot: QtBot, script: Script) -> None:
    window: MainWindow = make_window()
    assert window.state is None
    assert not window.menus.export.isEnabled()
    assert window.menus.export_template.isEnabled()
    outcome = run_export(window, qtbot, window.menus.export_template)
    assert outcome.path == script.folder / "Smart-city standards self-assessment template.xlsx"
    assert load_workbook(outcome.path).sheetnames[:2] == ["Start here", "About"]


def test_export_dialog_by_keyboard(qtbot: QtBot) -> None:
    dialog = ExportDialog(None, "Cardiff 2026/27")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    assert dialog.chosen() is ExportKind.PDF
    texts = [b.text() for b in dialog.buttons.values()] + [dialog.ok.text()]
    mnemonics = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(mnemonics)) == len(mnemonics)  # Alt+P, Alt+E, Alt+B, Alt+X
    qtbot.keyClick(dialog.buttons[ExportKind.XLSX], Qt.Key.Key_Space)
    assert dialog.chosen() is ExportKind.XLSX
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: Export…
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_without_an_assessment_only_the_template_can_be_chosen(qtbot: QtBot) -> None:
    dialog = ExportDialog(None, None)
    qtbot.addWidget(dialog)
    assert not dialog.buttons[ExportKind.PDF].isEnabled()
    assert not dialog.buttons[ExportKind.XLSX].isEnabled()
    assert dialog.chosen() is ExportKind.TEMPLATE


def test_suggested_names_are_safe_file_names() -> None:
    assert suggested_name(ExportKind.PDF, "Cardiff", "2026/27") == (
        "Cardiff 2026-27 smart-city standards.pdf"
    )
    assert suggested_name(ExportKind.XLSX, 'A: "B"?', "2026/27") == (
        "A B 2026-27 smart-city standards submission.xlsx"
    )


def test_worker_outcomes(qtbot: QtBot) -> None:
    def cancelled_job(progress: Any, cancelled: Any) -> Path:
        raise ExportCancelled

    def failing_job(progress: Any, cancelled: Any) -> Path:
        raise UserError("no room on the disk")

    seen_threads: list[threading.Thread] = []

    def good_job(progress: Any, cancelled: Any) -> Path:
        seen_threads.append(threading.current_thread())
        progress(1, 1)
        return Path("done.pdf")

    for threaded in (True, False):
        outcomes = []
        for job in (cancelled_job, failing_job, good_job):
            worker = ExportWorker(job, threaded=threaded)
            with qtbot.waitSignal(worker.finished, timeout=TIMEOUT) as blocker:
                worker.start()
            outcomes.append(blocker.args[0] if blocker.args else None)
        assert outcomes[0].cancelled
        assert str(outcomes[1].error) == "no room on the disk"
        assert outcomes[2].path == Path("done.pdf")
    assert seen_threads[0] is not threading.main_thread()
    assert seen_threads[1] is threading.main_thread()


def test_show_in_folder_opens_the_folder(tmp_path: Path, script: Script) -> None:
    exporter_module.show_in_folder(tmp_path / "a.pdf")
    assert script.opened == [QUrl.fromLocalFile(str(tmp_path))]


@pytest.mark.parametrize("kind", [ExportKind.PDF, ExportKind.XLSX, ExportKind.TEMPLATE])
def test_an_export_onto_the_database_is_refused_and_said(
    window: MainWindow, qtbot: QtBot, script: Script, answered: Any, kind: ExportKind
) -> None:
    from csn_desktop.actions.output_guard import OutputRefused

    database = window.database
    assert database is not None and database.path is not None
    script.kind = kind
    script.file_name = f"the database{kind.suffix}"
    (script.folder / script.file_name).symlink_to(database.path)
    action = window.menus.export_template if kind is ExportKind.TEMPLATE else None
    outcome = run_export(window, qtbot, action)
    assert isinstance(outcome.error, OutputRefused)
    assert len(answered.messages) == 1
    assert "is the database csn-desktop is using" in answered.messages[0]
    assert script.done == []
    assert database.path.read_bytes().startswith(b"SQLite format 3\0")
    assert window.state is not None  # the assessment is still open and saved
    with database.session() as session:
        from csn_desktop.storage.assessments import get_assessment

        assert get_assessment(session, window.state.assessment_id).period == "2026/27"


def test_letters_no_font_has_are_reported_after_a_pdf_export(
    window: MainWindow, qtbot: QtBot, script: Script, answered: Any, type_text: Any
) -> None:
    assert window.assessment_page is not None
    field = window.assessment_page.section_pages[0].questions["respondent_name"]
    editor = field.editor  # type: ignore[union-attr]
    assert isinstance(editor, TextEditor)
    type_text(editor.edit, " 智")
    outcome = run_export(window, qtbot)
    assert outcome.error is None and outcome.path is not None
    assert len(answered.messages) == 1
    assert "智 (U+667A)" in answered.messages[0]
    assert "the answers themselves are unchanged" in answered.messages[0]
    assert script.done == [outcome.path]  # the export still finished as usual
