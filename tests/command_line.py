"""Running csn-desktop's command line in its own process, as a user does (shared by the tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The checkout's package, whatever the working folder; UTF-8 on the pipes whatever the locale.
ENV = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}


def cli(*arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m csn_desktop ARGUMENTS``: its exit code, stdout and stderr."""
    return subprocess.run(
        [sys.executable, "-m", "csn_desktop", *arguments],
        cwd=cwd,
        env=ENV,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
