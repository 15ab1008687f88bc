"""A full disk during an export: one plain sentence, no traceback, the old file kept, no .part."""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from csn_desktop.actions.exporting import export_template
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.exports.atomic import write_atomically
from csn_desktop.storage.errors import DiskFull
from tests.exports.previous_files import PREVIOUS_PDF, previous_workbook

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="file-size limits and tmpfs: Linux")


def cli(*arguments: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limited() -> None:
        # A write past the limit then fails with EFBIG instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return subprocess.run(
        [sys.executable, "-m", "csn_desktop", *arguments],
        env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=limited,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def assert_disk_full(result: subprocess.CompletedProcess[str], folder: Path, name: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stderr.splitlines() == [
        f"csn-desktop: The disk is full: free some space and try again. {name} was not "
        "written, and nothing else was changed."
    ]
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


def test_a_file_size_limit_ends_the_template_export_plainly(tmp_path: Path) -> None:
    target = tmp_path / "template.xlsx"
    target.write_bytes(previous := previous_workbook())
    result = cli("export", "template", "-o", str(target), limit=20_000)
    assert_disk_full(result, tmp_path, "template.xlsx")
    assert target.read_bytes() == previous


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"cannot mount a small tmpfs here ({error}); the file-size limit test runs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def fill(disk: Path, leave: int) -> None:
    """Fill the disk up to ``leave`` bytes free."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with (disk / "filler").open("wb") as stream, contextlib.suppress(OSError):
        stream.write(b"\0" * max(free - leave, 0))


@pytest.mark.parametrize(("kind", "previous"), [("pdf", PREVIOUS_PDF), ("xlsx", None)])
def test_a_full_disk_ends_an_assessment_export_plainly(
    tmp_path: Path, kind: str, previous: bytes | None
) -> None:
    database = tmp_path / "db.sqlite3"
    made = cli("--database", str(database), "demo", "--councils", "2", "--seed", "1")
    assert made.returncode == 0, made.stderr
    with tiny_disk(tmp_path / "tiny", "256k") as disk:
        target = disk / f"report.{kind}"
        old = previous if previous is not None else previous_workbook()
        target.write_bytes(old)
        fill(disk, 16_384)
        base = ["--database", str(database), "export", kind, "--assessment", "1"]
        assert_disk_full(cli(*base, "-o", str(target)), disk, target.name)
        assert target.read_bytes() == old
        network = disk / "network.xlsx"
        result = cli("--database", str(database), "report", "network", "-o", str(network))
        assert_disk_full(result, disk, network.name)
        assert not network.exists()
        # Space freed: the same export works.
        (disk / "filler").unlink()
        assert cli(*base, "-o", str(target)).returncode == 0
        assert target.read_bytes() != old


class FullStream:
    """A binary stream with room for ``room`` bytes, then ENOSPC (as a full disk does)."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.written = 0
        self.closed = False

    def write(self, data: bytes) -> int:
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if self.written + len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.written += len(data)
        return len(data)

    def tell(self) -> int:
        return self.written

    def seek(self, offset: int, whence: int = 0) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        pass


def test_the_workbook_writer_leaves_nothing_to_finish(
    library: QuestionnaireLibrary, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """No "Exception ignored in ZipFile.__del__" later: the warning filter would fail this test."""
    from csn_desktop.exports.xlsx_submission import write_template
    from csn_desktop.storage.timestamps import utc_now

    stream = FullStream(4096)
    with pytest.raises(OSError, match="No space"):
        write_template(stream, library.latest(), app_version="1", created_at=utc_now())  # type: ignore[arg-type]
    stream.closed = True
    gc.collect()
    captured = capfd.readouterr()
    assert "Exception ignored" not in captured.err and "Traceback" not in captured.err


def test_disk_full_is_a_plain_error_in_the_actions(
    library: QuestionnaireLibrary, tmp_path: Path
) -> None:
    target = tmp_path / "t.xlsx"

    def full(stream: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DiskFull, match="The disk is full"):
        write_atomically(target, full)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
    assert export_template(library, target).exists()
