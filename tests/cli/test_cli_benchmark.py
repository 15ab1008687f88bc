"""``report benchmark`` on a network database, ``benchmark load|show`` on a council's."""

from __future__ import annotations

from pathlib import Path

import pytest

from csn_desktop.cli.commands import run_command
from csn_desktop.cli.parser import build_parser
from tests.conftest import NewDatabase


def cli(*args: str) -> int:
    return run_command(build_parser().parse_args(list(args)))


def test_report_then_load_then_show(
    tmp_path: Path, new_database: NewDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    network, council = new_database("network"), str(tmp_path / "council.sqlite3")
    assert cli("--database", network, "demo", "--councils", "120", "--seed", "3") == 0
    output = tmp_path / "benchmark.json"
    assert (
        cli("--database", network, "report", "benchmark", "--period", "2026-27", "-o", str(output))
        == 0
    )
    assert "peer benchmark of 2026/27" in capsys.readouterr().out
    assert cli("--database", council, "benchmark", "show") == 0
    assert "No peer benchmark is loaded." in capsys.readouterr().out
    assert cli("--database", council, "benchmark", "load", str(output)) == 0
    assert "Loaded the peer benchmark: 2026/27" in capsys.readouterr().out
    assert cli("--database", council, "benchmark", "load", str(output)) == 0
    assert "already loaded" in capsys.readouterr().out
    assert cli("--database", council, "benchmark", "show") == 0
    shown = capsys.readouterr().out
    assert shown.startswith("current: 2026/27") and "in the UK" in shown

    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(output.read_bytes()[:-40])
    assert cli("--database", council, "benchmark", "load", str(damaged)) == 1
    assert "“damaged.json” was not loaded" in capsys.readouterr().err


def test_report_benchmark_refuses_other_names(
    tmp_path: Path, new_database: NewDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    network = new_database("network")
    assert cli("--database", network, "report", "benchmark", "-o", str(tmp_path / "b.pdf")) == 1
    assert ".json" in capsys.readouterr().err
    assert (
        cli(
            "--database",
            network,
            "report",
            "benchmark",
            "--period",
            "soon",
            "-o",
            str(tmp_path / "b.json"),
        )
        == 1
    )
    assert "not a period" in capsys.readouterr().err
