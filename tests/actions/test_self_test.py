"""The self-test, as the bundle runs it: every step reported, exit code 0."""

from __future__ import annotations

import subprocess
import sys

from csn_desktop.actions.self_test import run_self_test
from csn_desktop.notices import build_notices, runtime_distributions


def test_self_test_reports_every_step() -> None:
    lines: list[str] = []
    run_self_test(lines.append)
    assert [line.split(":")[0].split()[0] for line in lines] == [
        "questionnaire",
        "database",
        "PDF",
        "Excel",
        "all",
    ]


def test_self_test_command_exits_zero() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "csn_desktop", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ok: all checks passed" in result.stdout


def test_notices_name_every_runtime_dependency_and_the_data() -> None:
    text = build_notices()
    names = [d.metadata["Name"] for d in runtime_distributions()]
    assert {"PySide6_Essentials", "SQLAlchemy", "reportlab", "openpyxl"} <= set(names)
    for name in names:
        assert f"== {name} " in text
    assert "LGPL" in text
    assert "SIL Open Font License" in text
    assert "mySociety" in text
