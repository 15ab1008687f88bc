"""Re-saving files with a real LibreOffice (headless soffice), for the round-trip tests."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# A conversion of a small workbook takes a few seconds; the first start of a new profile longer.
TIMEOUT_SECONDS = 180
# LibreOffice's export filters by the suffix asked for.
FILTERS = {
    "ods": "ods:calc8",
    "xlsx": "xlsx:Calc MS Excel 2007 XML",
    "xls": "xls:MS Excel 97",
    "csv": "csv:Text - txt - csv (StarCalc)",
}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


class LibreOffice:
    """One private LibreOffice profile (never the user's), used for every conversion."""

    def __init__(self, program: str, profile: Path) -> None:
        self.program = program
        self.profile = profile

    def resave(self, source: Path, suffix: str, folder: Path) -> Path:
        """``source`` opened and saved again by LibreOffice as ``suffix`` (a key of FILTERS)."""
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
            str(source),
        ]
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
        )
        target = folder / f"{source.stem}.{suffix}"
        assert done.returncode == 0 and target.is_file(), (done.stdout, done.stderr)
        return target


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
