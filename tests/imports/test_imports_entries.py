"""Every entry of an import folder is accounted for; pipes and devices are never opened."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.files import expand
from csn_desktop.imports.outcomes import Outcome, SubmissionRejected
from csn_desktop.imports.reader import read_file_bytes
from csn_desktop.storage.database import Database
from tests.imports.conftest import submission_bytes, write

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _odd_folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder holding one of each odd entry, and the words expected for each."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    expected = {
        "pipe.xlsx": "Not a regular file (a named pipe).",
        "loop.xlsx": "A link that points to itself",
        "round.xlsx": "A link that points to itself",
        "broken.xlsx": "A link to a file that no longer exists.",
        "folder.xlsx": "A folder whose name ends in .xlsx",
        "sub": "A folder: the folders inside a folder are not imported.",
        "sock.xlsx": "Not a regular file (a socket).",
    }
    os.mkfifo(inbox / "pipe.xlsx")
    (inbox / "loop.xlsx").symlink_to("loop.xlsx")
    (inbox / "round.xlsx").symlink_to("back.lnk")
    (inbox / "back.lnk").symlink_to("round.xlsx")
    expected["back.lnk"] = "A link that points to itself"
    (inbox / "broken.xlsx").symlink_to(tmp_path / "gone.xlsx")
    (inbox / "folder.xlsx").mkdir()
    (inbox / "sub").mkdir()
    # A socket's path is limited to about 100 bytes: bind from inside the folder.
    here = Path.cwd()
    os.chdir(inbox)
    try:
        with socket.socket(socket.AF_UNIX) as server:
            server.bind("sock.xlsx")
    finally:
        os.chdir(here)
    return inbox, expected


@needs_fifo
def test_every_odd_entry_of_a_folder_is_listed_as_skipped_with_its_reason(tmp_path: Path) -> None:
    inbox, expected = _odd_folder(tmp_path)
    found = expand([inbox])
    assert found.files == []
    reasons = {path.name: reason for path, reason in found.skipped}
    assert sorted(reasons) == sorted(expected)
    for name, words in expected.items():
        assert reasons[name].startswith(words), (name, reasons[name])


@needs_fifo
def test_the_same_entries_through_a_pattern_are_listed_too(tmp_path: Path) -> None:
    inbox, _expected = _odd_folder(tmp_path)
    found = expand([str(inbox / "*.xlsx")])
    names = sorted(path.name for path, _reason in found.skipped)
    assert names == [
        "broken.xlsx",
        "folder.xlsx",
        "loop.xlsx",
        "pipe.xlsx",
        "round.xlsx",
        "sock.xlsx",
    ]


@needs_fifo
def test_an_import_gives_one_result_for_every_entry_and_imports_the_good_file(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    inbox, expected = _odd_folder(tmp_path)
    write(inbox, "cardiff.xlsx", submission_bytes(questionnaire))
    results = import_files(app_database, library, [inbox])
    outcomes = {r.path.name: r.outcome for r in results}
    assert outcomes == {"cardiff.xlsx": Outcome.NEW} | dict.fromkeys(expected, Outcome.SKIPPED)


@needs_fifo
def test_a_pipe_or_device_named_on_its_own_is_rejected_without_being_opened(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)  # opening it for reading would wait for a writer forever
    named: list[Path] = [pipe]
    if Path("/dev/zero").exists():
        named.append(Path("/dev/zero"))  # reading it would never end
    results = import_files(app_database, library, named)
    assert [r.outcome for r in results] == [Outcome.REJECTED] * len(named)
    assert "Not a regular file (a named pipe)." in str(results[0].message)
    if len(named) > 1:
        assert "Not a regular file (a device)." in str(results[1].message)


@needs_fifo
def test_the_reader_refuses_a_pipe_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    with pytest.raises(SubmissionRejected, match="not a regular file \\(a named pipe\\)"):
        read_file_bytes(pipe)


def test_the_reader_refuses_a_device() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(SubmissionRejected, match="not a regular file \\(a device\\)"):
        read_file_bytes(Path("/dev/zero"))
