"""Definition sources are read bounded: no pipes or devices, no numbers too long to convert."""

from __future__ import annotations

import csv
import os
import re
import shutil
from pathlib import Path

import pytest

from csn_desktop.definition.catalogue import read_catalogue
from csn_desktop.definition.library import check_files
from csn_desktop.definition.loader import read_definition
from csn_desktop.definition.regular_files import NotRegularFile, read_regular
from csn_desktop.definition.sources import source_digest
from csn_desktop.definition.versions import LOCK_NAME, read_lock
from tests.definition.conftest import ASSESSMENTS

DEFINITION = "csn-smart-city-standards.v1.yaml"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "assessments"
    folder.mkdir()
    shutil.copy(ASSESSMENTS / DEFINITION, folder / DEFINITION)
    shutil.copy(ASSESSMENTS / "standards.csv", folder / "standards.csv")
    return folder


def _edited(tmp_path: Path, pattern: str, replacement: str) -> Path:
    folder = _folder(tmp_path)
    file = folder / DEFINITION
    original = file.read_text(encoding="utf-8")
    text, count = re.subn(pattern, replacement, original, count=1, flags=re.M)
    assert count == 1
    file.write_text(text, encoding="utf-8")
    return file


def test_a_device_is_refused_without_reading_it() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    loaded, problems = check_files([Path("/dev/zero")])
    assert loaded == []
    assert [p.message for p in problems] == ["cannot be read: not a regular file (a device)"]


@needs_fifo
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / "pipe.yaml")
    loaded, problems = check_files(sorted(folder.glob("*.yaml")))
    assert [q.version for q in loaded] == [1]
    assert [(p.file.name, p.message) for p in problems] == [
        ("pipe.yaml", "cannot be read: not a regular file (a named pipe)")
    ]
    # The digest that keys the home snapshot reads the folder too, and must not wait either.
    assert len(source_digest(folder)) == 64


@needs_fifo
def test_a_pipe_as_catalogue_or_lock_is_a_problem_not_a_wait(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "standards.csv")
    os.mkfifo(tmp_path / LOCK_NAME)
    _standards, problems = read_catalogue(tmp_path / "standards.csv", set())
    assert "not a regular file (a named pipe)" in problems[0].message
    entries, problems = read_lock(tmp_path / LOCK_NAME)
    assert entries == []
    assert "not a regular file (a named pipe)" in problems[0].message


def test_a_file_over_the_limit_is_not_read(tmp_path: Path) -> None:
    file = tmp_path / "big.yaml"
    file.write_bytes(b"x" * 101)
    assert read_regular(file, 100) is None
    assert read_regular(file, 101) == b"x" * 101
    with pytest.raises(NotRegularFile):
        read_regular(tmp_path, 100)


def test_a_version_of_5000_digits_is_a_located_problem(tmp_path: Path) -> None:
    file = _edited(tmp_path, r"^version: 1$", "version: " + "9" * 5000)
    questionnaire, problems = read_definition(file)
    assert questionnaire is None
    [problem] = problems
    assert "too many digits" in problem.message
    assert problem.line is not None


def test_a_version_the_database_cannot_hold_is_refused(tmp_path: Path) -> None:
    file = _edited(tmp_path, r"^version: 1$", "version: " + "9" * 20)
    questionnaire, problems = read_definition(file)
    assert questionnaire is None
    assert [p.message for p in problems] == [
        "'version' must be a whole number of at most 999,999,999"
    ]


def test_a_bound_too_large_for_a_float_is_refused(tmp_path: Path) -> None:
    file = _folder(tmp_path) / DEFINITION
    text = file.read_text(encoding="utf-8")
    assert "minimum: 0" in text
    file.write_text(text.replace("minimum: 0", "minimum: 1" + "0" * 400, 1), encoding="utf-8")
    questionnaire, problems = read_definition(file)
    assert questionnaire is None
    assert len(problems) == 1
    assert problems[0].message.startswith("'minimum' must be a number between")


def test_a_date_that_does_not_exist_is_a_located_problem(tmp_path: Path) -> None:
    file = _edited(tmp_path, r"^version: 1$", "version: 1\nwhen: 2026-02-30")
    questionnaire, problems = read_definition(file)
    assert questionnaire is None
    assert "a date that does not exist" in problems[0].message


def test_odd_digits_in_the_catalogue_and_lock_are_problems(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    catalogue = folder / "standards.csv"
    with catalogue.open(encoding="utf-8-sig", newline="") as stream:
        header, first, second = list(csv.reader(stream))[:3]
    year = header.index("year")
    first[year] = "²"
    second[year] = "9" * 5000
    with catalogue.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([header, first, second])
    _standards, problems = read_catalogue(catalogue, {first[header.index("theme")]})
    years = [p.message for p in problems if "is not a year" in p.message]
    assert len(years) == 2
    lock = folder / LOCK_NAME
    lock.write_text(f"csn-smart-city-standards {'9' * 5000} {'a' * 64}\n", encoding="utf-8")
    entries, problems = read_lock(lock)
    assert entries == []
    assert "expected 'ID VERSION SHA256'" in problems[0].message
