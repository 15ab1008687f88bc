"""The output guard: never the database or its companions, never an input, never another kind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from csn_desktop.actions.exporting import export_pdf, export_template, export_xlsx
from csn_desktop.actions.import_report import write_report
from csn_desktop.actions.network import load_network
from csn_desktop.actions.network_reports import export_network_report
from csn_desktop.actions.output_guard import OutputKind, OutputRefused, check_output
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.domain.aggregation import Filters
from csn_desktop.imports.outcomes import FileResult, Outcome
from csn_desktop.storage.database import Database
from csn_desktop.storage.migrating import backup_path
from tests.exports.previous_files import PREVIOUS_PDF, previous_workbook


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_app_database(tmp_path / "db.sqlite3")
    with database.engine.connect():  # an open connection: the -wal and -shm files exist
        yield database
    database.close()


def refused(path: Path, kind: OutputKind, **guard: object) -> str:
    with pytest.raises(OutputRefused) as caught:
        check_output(path, kind, **guard)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message  # one plain sentence (or two), never a traceback
    return message


@pytest.mark.parametrize("kind", list(OutputKind))
def test_the_database_is_refused_under_every_name(
    database: Database, tmp_path: Path, kind: OutputKind
) -> None:
    assert database.path is not None
    main = database.path
    # A link with the right suffix, another spelling, and a hard link: all the same file.
    link = tmp_path / f"link{kind.suffix}"
    link.symlink_to(main)
    assert "is the database" in refused(link, kind, database=database)
    hard = tmp_path / f"hard{kind.suffix}"
    os.link(main, hard)
    assert "is the database" in refused(hard, kind, database=database)
    spelled = tmp_path / "sub" / ".." / main.name
    (tmp_path / "sub").mkdir()
    refused(spelled, kind, database=database)


@pytest.mark.parametrize("companion", ["-wal", "-shm", "-journal"])
def test_the_database_companions_are_refused(
    database: Database, tmp_path: Path, companion: str
) -> None:
    assert database.path is not None
    target = database.path.with_name(database.path.name + companion)
    link = tmp_path / "c.pdf"
    link.symlink_to(target)
    assert "belongs to the database" in refused(link, OutputKind.PDF, database=database)


def test_backups_beside_the_database_are_refused(database: Database, tmp_path: Path) -> None:
    assert database.path is not None
    backup = backup_path(database.path, "0001")
    backup.write_bytes(b"SQLite format 3\0")
    link = tmp_path / "b.xlsx"
    link.symlink_to(backup)
    assert "backup" in refused(link, OutputKind.XLSX, database=database)


def test_a_database_named_like_a_report_is_refused(tmp_path: Path) -> None:
    database = open_app_database(tmp_path / "odd.pdf")
    try:
        assert "is the database" in refused(tmp_path / "odd.pdf", OutputKind.PDF, database=database)
        assert "is the database" in refused(
            tmp_path / "odd.pdf", OutputKind.PDF, protected=[tmp_path / "odd.pdf"]
        )
    finally:
        database.close()


def test_files_being_read_are_refused(tmp_path: Path) -> None:
    source = tmp_path / "council.xlsx"
    source.write_bytes(previous_workbook())
    assert "files this command reads" in refused(source, OutputKind.XLSX, reading=[source])


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("x.sqlite3", OutputKind.PDF),
        ("x.pdf", OutputKind.XLSX),
        ("x.xlsx", OutputKind.CSV),
        ("x", OutputKind.PDF),
    ],
)
def test_the_name_must_fit_the_kind(tmp_path: Path, name: str, kind: OutputKind) -> None:
    assert kind.suffix in refused(tmp_path / name, kind)
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize(
    ("kind", "same", "other"),
    [
        (OutputKind.PDF, PREVIOUS_PDF, b"SQLite format 3\0"),
        (OutputKind.XLSX, previous_workbook(), PREVIOUS_PDF),
        (OutputKind.XLSX, previous_workbook(), b"PK\x03\x04 a zip that is not a workbook"),
        (OutputKind.CSV, "file,outcome\n'=x,ok\n".encode("utf-8-sig"), b"SQLite format 3\0\1\2"),
    ],
)
def test_an_existing_file_is_replaced_only_by_its_own_kind(
    tmp_path: Path, kind: OutputKind, same: bytes, other: bytes
) -> None:
    target = tmp_path / f"t{kind.suffix}"
    target.write_bytes(same)
    assert check_output(target, kind) == target
    target.write_bytes(other)
    assert "already exists" in refused(target, kind)
    assert target.read_bytes() == other
    target.write_bytes(b"")
    assert check_output(target, kind) == target  # an empty file holds nothing to lose


def test_folders_and_special_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "f.pdf").mkdir()
    assert "is a folder" in refused(tmp_path / "f.pdf", OutputKind.PDF)
    assert "does not exist" in refused(tmp_path / "none" / "r.pdf", OutputKind.PDF)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert "not an ordinary file" in refused(fifo, OutputKind.CSV)


def test_every_writer_uses_the_guard(database: Database, tmp_path: Path) -> None:
    """The actions the window and the command line call, each pointed at the database."""
    assert database.path is not None
    before = database.path.read_bytes()
    library = questionnaire_library()
    link_pdf, link_xlsx, link_csv = (tmp_path / f"l.{s}" for s in ("pdf", "xlsx", "csv"))
    for link in (link_pdf, link_xlsx, link_csv):
        link.symlink_to(database.path)
    with pytest.raises(OutputRefused):
        export_pdf(database, library, 1, link_pdf)
    with pytest.raises(OutputRefused):
        export_xlsx(database, library, 1, link_xlsx)
    with pytest.raises(OutputRefused):
        export_template(library, link_xlsx, database=database)
    with pytest.raises(OutputRefused):
        export_network_report(
            load_network(database, library), Filters(), link_pdf, database=database
        )
    with pytest.raises(OutputRefused):
        write_report([], link_csv, database=database)
    source = tmp_path / "council.xlsx"
    source.write_bytes(previous_workbook())
    link_source = tmp_path / "s.csv"
    link_source.symlink_to(source)
    with pytest.raises(OutputRefused, match="files this command reads"):
        write_report([FileResult(source, Outcome.REJECTED, "no")], link_source)
    assert source.read_bytes() == previous_workbook()
    assert database.path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []
