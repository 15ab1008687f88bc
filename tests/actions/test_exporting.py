"""Export actions: audit trail, exported_at, atomic replacement, progress, cancel, command line."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from csn_desktop.actions.assessments import save_answer, start_assessment
from csn_desktop.actions.exporting import export_pdf, export_template, export_xlsx
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.cli.commands import run_command
from csn_desktop.cli.parser import build_parser
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.exports.control import ExportCancelled
from csn_desktop.storage.assessments import get_assessment
from csn_desktop.storage.audit import list_audit_events
from csn_desktop.storage.database import Database
from tests.conftest import NewDatabase
from tests.exports.previous_files import previous_workbook


@pytest.fixture
def database(new_database: NewDatabase) -> Iterator[Database]:
    database = open_app_database(new_database("db"))
    yield database
    database.close()


@pytest.fixture
def assessment_id(database: Database) -> int:
    questionnaire = questionnaire_library().latest()
    assessment = start_assessment(database, questionnaire, period="2026/27", gss_code="W06000015")
    for key, value in sample_answers(questionnaire, random.Random(5)):
        save_answer(database, questionnaire, assessment, key.question_id, key.item_key, value)
    return assessment


def test_exports_are_audited_and_the_submission_stamped(
    database: Database, assessment_id: int, tmp_path: Path
) -> None:
    library = questionnaire_library()
    export_pdf(database, library, assessment_id, tmp_path / "r.pdf")
    export_xlsx(database, library, assessment_id, tmp_path / "s.xlsx")
    with database.session() as session:
        kinds = [(e.kind, e.detail) for e in list_audit_events(session, assessment_id)]
        assert ("exported", "PDF report r.pdf") in kinds
        assert ("exported", "Excel submission s.xlsx") in kinds
        assert get_assessment(session, assessment_id).exported_at is not None


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_cancelling_leaves_the_old_file_and_no_temporary_one(
    database: Database, assessment_id: int, tmp_path: Path, kind: str
) -> None:
    library = questionnaire_library()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"report.{kind}"
    old = b"%PDF-1.4 the old report" if kind == "pdf" else previous_workbook()
    target.write_bytes(old)
    seen: list[tuple[int, int]] = []
    export = export_pdf if kind == "pdf" else export_xlsx
    with pytest.raises(ExportCancelled):
        export(
            database,
            library,
            assessment_id,
            target,
            lambda done, total: seen.append((done, total)),
            lambda: len(seen) > 3,
        )
    assert target.read_bytes() == old
    assert [p.name for p in folder.iterdir()] == [target.name]


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_progress_counts_up_to_the_total(
    database: Database, assessment_id: int, tmp_path: Path, kind: str
) -> None:
    seen: list[tuple[int, int]] = []
    export = export_pdf if kind == "pdf" else export_xlsx
    export(
        database,
        questionnaire_library(),
        assessment_id,
        tmp_path / f"r.{kind}",
        lambda done, total: seen.append((done, total)),
    )
    assert seen
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    from csn_desktop.exports.atomic import write_atomically

    target = tmp_path / "f.bin"
    target.write_bytes(b"old")

    def broken(stream: object) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, broken)  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.bin"]


def test_command_line_export(
    database: Database, assessment_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = database.engine.url
    location = str(database.path) if database.path else url.render_as_string(hide_password=False)
    for kind in ("pdf", "xlsx"):
        out = tmp_path / f"c.{kind}"
        args = ["--database", location, "export", kind, "--assessment", str(assessment_id)]
        assert run_command(build_parser().parse_args([*args, "-o", str(out)])) == 0
        assert out.stat().st_size > 1000
    template = tmp_path / "t.xlsx"
    assert run_command(build_parser().parse_args(["export", "template", "-o", str(template)])) == 0
    assert template.exists()
    missing = ["--database", location, "export", "pdf", "--assessment", "999", "-o", "x.pdf"]
    assert run_command(build_parser().parse_args(missing)) == 1
    assert "no assessment number 999" in capsys.readouterr().err


def test_template_action_names_an_unknown_questionnaire(tmp_path: Path) -> None:
    from csn_desktop.errors import UserError

    with pytest.raises(UserError):
        export_template(questionnaire_library(), tmp_path / "t.xlsx", "no-such-thing")
