"""Re-saving and editing files with a real LibreOffice (headless soffice), for round-trip tests."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

# A conversion of a small workbook takes a few seconds; the first start of a new profile longer.
TIMEOUT_SECONDS = 180
# LibreOffice's export filters by the suffix asked for.
FILTERS = {
    "ods": "ods:calc8",
    "xlsx": "xlsx:Calc MS Excel 2007 XML",
    "xls": "xls:MS Excel 97",
    "csv": "csv:Text - txt - csv (StarCalc)",
    "pdf": "pdf:calc_pdf_Export",
}
# Editing goes through UNO, which only Debian's own Python has (python3-uno), never a venv.
SYSTEM_PYTHON = "/usr/bin/python3"
CALC_UNO = Path(__file__).with_name("calc_uno.py")
Edit = dict[str, Any]


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@cache
def uno_python() -> str | None:
    """The system Python, when it can import uno; else None."""
    if not Path(SYSTEM_PYTHON).is_file():
        return None
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, timeout=60, check=False
    )
    return SYSTEM_PYTHON if found.returncode == 0 else None


def typed(sheet: str, cell: str, text: str) -> Edit:
    """``text`` typed into the cell (a drop-down's choice is typed as its label)."""
    return {"sheet": sheet, "cell": cell, "type": text}


def number(sheet: str, cell: str, value: float) -> Edit:
    return {"sheet": sheet, "cell": cell, "number": value}


def day(sheet: str, cell: str, iso: str) -> Edit:
    """A date value shown as a date (as pasted from elsewhere, whatever the cell's format)."""
    return {"sheet": sheet, "cell": cell, "date": iso}


def cleared(sheet: str, cell: str) -> Edit:
    return {"sheet": sheet, "cell": cell, "clear": True}


def rows_inserted(sheet: str, before: int, count: int = 1) -> Edit:
    """Empty rows inserted before row ``before`` (1-based), moving the rows below down."""
    return {"sheet": sheet, "insert_rows": before, "count": count}


class LibreOffice:
    """One private LibreOffice profile (never the user's), used for every conversion and edit."""

    def __init__(self, program: str, profile: Path) -> None:
        self.program = program
        self.profile = profile

    def resave(self, source: Path, suffix: str, folder: Path) -> Path:
        """``source`` opened and saved again by LibreOffice as ``suffix`` (a key of FILTERS)."""
        [target] = self.convert([source], suffix, folder)
        return target

    def convert(self, sources: list[Path], suffix: str, folder: Path) -> list[Path]:
        """Every source saved as ``suffix`` into ``folder`` by one soffice run."""
        folder.mkdir(parents=True, exist_ok=True)
        command = [
            self.program,
            f"-env:UserInstallation={self.profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            FILTERS[suffix],
            "--outdir",
            str(folder),
            *map(str, sources),
        ]
        done = _run(command, None, TIMEOUT_SECONDS + 2 * len(sources))
        targets = [folder / f"{source.stem}.{suffix}" for source in sources]
        missing = [t.name for t in targets if not t.is_file()]
        assert done.returncode == 0 and not missing, (missing[:5], done.stdout, done.stderr)
        return targets

    def edit(self, source: Path, edits: list[Edit], suffix: str, folder: Path) -> Path:
        """``source`` opened in Calc, edited as a person would, saved as ``suffix``.

        Skips the test when the system Python has no uno (apt-get install python3-uno).
        """
        python = uno_python()
        if python is None:
            pytest.skip(
                "Editing in LibreOffice needs Debian's python3-uno for /usr/bin/python3: "
                "apt-get install python3-uno (scripts/test installs it as root)"
            )
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{source.stem}.{suffix}"
        job = {
            "soffice": self.program,
            "profile": str(self.profile),
            "source": str(source),
            "target": str(target),
            "filter": FILTERS[suffix].split(":", 1)[1],
            "timeout": TIMEOUT_SECONDS - 10,
            "edits": edits,
        }
        done = _run([python, str(CALC_UNO)], json.dumps(job), TIMEOUT_SECONDS)
        assert done.returncode == 0 and target.is_file(), (done.stdout, done.stderr)
        return target


def _run(command: list[str], stdin: str | None, timeout: float) -> subprocess.CompletedProcess[str]:
    """The command in a process group of its own, all of which is killed if it overruns."""
    with subprocess.Popen(
        command,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            stdout, stderr = process.communicate()
            pytest.fail(f"LibreOffice took over {timeout:.0f} s: {command[:2]}\n{stderr}")
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


@pytest.fixture(scope="session")
def libreoffice() -> Iterator[LibreOffice]:
    """LibreOffice with a profile of its own for the test session; skips when it is missing."""
    program = soffice()
    if program is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui "
            "(scripts/test installs it as root)"
        )
    profile = Path(tempfile.mkdtemp(prefix="csn-soffice-"))
    try:
        yield LibreOffice(program, profile)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
