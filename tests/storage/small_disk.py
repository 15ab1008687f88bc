"""A real small disk for tests: a tmpfs mounted in a temporary folder, or a skip with the reason."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_disk(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder``; skips when this machine does not allow it."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a small disk needs mount as root on Linux (RLIMIT_FSIZE covers the rest)")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk holding ``folder`` until ``leave`` bytes at most are free; the filler file."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with filler.open("ab") as stream:
        try:
            while shutil.disk_usage(folder).free > leave:
                stream.write(chunk)
                stream.flush()
        except OSError:
            pass
    return filler


def remount(folder: Path, mode: str) -> bool:
    """Remount a small disk read-only ("ro") or writable ("rw"); False when refused."""
    done = subprocess.run(
        ["mount", "-o", f"remount,{mode}", str(folder)], capture_output=True, check=False
    )
    return done.returncode == 0
