"""Numbers and files on the command line: one plain sentence for an odd one, never a traceback."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from csn_desktop.cli.numbers import LARGEST, positive, record_id, whole_number
from csn_desktop.cli.parser import build_parser


def cli(*arguments: str, database: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "csn_desktop", "--database", str(database), *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "arguments",
    [
        ("export", "pdf", "--assessment", "99999999999999999999", "-o", "x.pdf"),
        ("export", "xlsx", "--assessment", "9" * 5000, "-o", "x.xlsx"),
        ("export", "pdf", "--assessment", "0", "-o", "x.pdf"),
        ("export", "template", "--version", "99999999999999999999", "-o", "x.xlsx"),
        ("report", "network", "--minimum-group", "-" + "9" * 30, "-o", "x.xlsx"),
        ("demo", "--councils", "1", "--seed", "9" * 5000),
    ],
)
def test_an_out_of_range_number_is_refused_in_one_sentence(
    tmp_path: Path, arguments: tuple[str, ...]
) -> None:
    database = tmp_path / "csn.sqlite3"
    result = cli(*arguments, database=database)
    # A usage error, like any malformed argument: argparse's exit code 2, nothing written.
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "Error" not in result.stderr  # no OverflowError or ValueError by name
    [sentence] = [line for line in result.stderr.splitlines() if "error:" in line]
    assert "9,223,372,036,854,775,807" in sentence
    assert len(sentence) < 300  # 5,000 digits are not echoed back
    assert not database.exists()
    assert not (tmp_path / "x.pdf").exists()


def test_the_parser_bounds_every_whole_number_option() -> None:
    parser = build_parser()
    seen: list[str] = []

    def walk(p: argparse.ArgumentParser) -> None:
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)
            else:
                assert action.type is not int, action.dest
                if action.type in (whole_number, record_id, positive):
                    seen.append(action.dest)

    walk(parser)
    assert {"assessment", "version", "minimum_group", "councils", "seed"} <= set(seen)


def test_number_types() -> None:
    assert record_id(str(LARGEST)) == LARGEST
    assert whole_number(" -12 ") == -12
    assert whole_number(str(-LARGEST - 1)) == -LARGEST - 1
    assert positive("+3") == 3
    for bad in ("", "1.5", "1_000", "٣", "²", "--1", str(LARGEST + 1), "9" * 5000):
        with pytest.raises(argparse.ArgumentTypeError):
            whole_number(bad)
    for bad in ("0", "-1", str(LARGEST + 1)):
        with pytest.raises(argparse.ArgumentTypeError, match="not an assessment ID"):
            record_id(bad)


def test_questionnaire_check_refuses_a_device_plainly(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    result = cli("questionnaire", "check", "/dev/zero", database=tmp_path / "csn.sqlite3")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "/dev/zero: cannot be read: not a regular file (a device)"
    )
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_questionnaire_check_refuses_a_named_pipe_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "definition.yaml"
    os.mkfifo(pipe)
    result = cli("questionnaire", "check", str(pipe), database=tmp_path / "csn.sqlite3")
    assert result.returncode == 1
    assert "not a regular file (a named pipe)" in result.stderr
