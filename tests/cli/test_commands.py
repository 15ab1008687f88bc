"""The command line, run as a user runs it: a separate process, exit codes, stdout and stderr."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from csn_desktop import __version__

REPO = Path(__file__).resolve().parents[2]
BROKEN = REPO / "tests" / "definition" / "broken"


def cli(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "csn_desktop", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"csn-desktop {__version__}"


def test_questionnaire_check_passes_on_bundled_definitions() -> None:
    result = cli("questionnaire", "check")
    assert result.returncode == 0, result.stderr
    assert "ok: csn-smart-city-standards version 1" in result.stdout
    assert "ok: csn-smart-city-standards version 2" in result.stdout


def test_questionnaire_check_fails_with_located_problems(tmp_path: Path) -> None:
    broken = tmp_path / "broken.v1.yaml"
    shutil.copy(REPO / "assessments" / "standards.csv", tmp_path / "standards.csv")
    text = (REPO / "assessments" / "csn-smart-city-standards.v1.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("type: yes_no", "type: yes_or_no", 1), encoding="utf-8")
    result = cli("questionnaire", "check", str(broken))
    assert result.returncode == 1
    assert "unknown question type 'yes_or_no'" in result.stderr
    assert f"{broken}:" in result.stderr
    assert ".type" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_then_list(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    result = cli("--database", str(database), "demo", "--councils", "6", "--seed", "4")
    assert result.returncode == 0, result.stderr
    assert "Added 6 example assessments" in result.stdout
    listing = cli("--database", str(database), "list")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.strip().splitlines()
    assert lines[0].split() == [
        "ID",
        "GSS",
        "CODE",
        "COUNCIL",
        "PERIOD",
        "VERSION",
        "STATUS",
        "PROGRESS",
    ]
    assert len(lines) == 7
    assert {"draft", "final"} & set(listing.stdout.split())


def test_demo_is_reproducible(tmp_path: Path) -> None:
    outputs = []
    for name in ("a.sqlite3", "b.sqlite3"):
        database = str(tmp_path / name)
        assert cli("--database", database, "demo", "--councils", "4", "--seed", "9").returncode == 0
        outputs.append(cli("--database", database, "list").stdout)
    assert outputs[0] == outputs[1]


def test_database_from_environment(tmp_path: Path) -> None:
    database = tmp_path / "env.sqlite3"
    env = {**_environment(), "CSN_DATABASE": str(database)}
    assert cli("list", env=env).returncode == 0
    assert database.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, this is text\n", "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 90, ""),
    ],
)
def test_bad_database_is_refused_plainly(tmp_path: Path, content: bytes, message: str) -> None:
    database = tmp_path / "bad.sqlite3"
    database.write_bytes(content)
    result = cli("--database", str(database), "list")
    assert result.returncode == 1
    assert message in result.stderr
    assert "has not been changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert database.read_bytes() == content


def test_bad_arguments_exit_non_zero() -> None:
    result = cli("demo", "--councils", "none")
    assert result.returncode == 2
    assert "not a whole number" in result.stderr


def _environment() -> dict[str, str]:
    import os

    return dict(os.environ)
