"""Temporary files of exports killed part-way are removed; those of running exports are kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from csn_desktop.exports import atomic
from csn_desktop.exports.atomic import STALE_AGE, remove_stale_parts, write_atomically

REPO = Path(__file__).resolve().parents[2]

# Starts writing, says so, then waits for ever on stdin: the test kills it there.
KILLED_MIDWAY = """
import sys
from pathlib import Path
from csn_desktop.exports.atomic import write_atomically

def write(stream):
    stream.write(b"half a file")
    stream.flush()
    print("writing", flush=True)
    sys.stdin.read()

write_atomically(Path(sys.argv[1]), write)
"""


def parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_export_leaves_a_part_that_the_next_export_removes(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-1.4 old")
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_MIDWAY, str(target)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline() == "writing\n"
        assert len(parts(tmp_path)) == 1  # the running export's part: another export keeps it
        remove_stale_parts(target)
        assert len(parts(tmp_path)) == 1
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert len(parts(tmp_path)) == 1  # killed: left behind, as the issue found
    write_atomically(target, lambda stream: stream.write(b"%PDF-1.4 new") and None)
    assert parts(tmp_path) == []
    assert target.read_bytes() == b"%PDF-1.4 new"


def test_only_stale_parts_of_the_same_target_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "s.xlsx"
    host = atomic._host_tag()
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(ended.stdout)
    names = {
        "dead": f".s.xlsx.{host}-{dead_pid}-aaaaaaaaaaaa.part",
        "mine": f".s.xlsx.{host}-{os.getpid()}-bbbbbbbbbbbb.part",
        "parent": f".s.xlsx.{host}-{os.getppid()}-cccccccccccc.part",
        "elsewhere": f".s.xlsx.0badc0de-{dead_pid}-dddddddddddd.part",
        "older_format": ".s.xlsx.0123456789ab.part",
        "other_target": f".t.xlsx.{host}-{dead_pid}-eeeeeeeeeeee.part",
    }
    for name in names.values():
        (tmp_path / name).write_bytes(b"part")
    removed = remove_stale_parts(target)
    assert [p.name for p in removed] == [names["dead"]]
    kept = set(names.values()) - {names["dead"]}
    assert set(parts(tmp_path)) == kept
    # A day later, whatever made them: every part of this target goes, the other target's stays.
    later = time.time() + STALE_AGE + 60
    removed = remove_stale_parts(target, now=later)
    assert parts(tmp_path) == [names["other_target"]]
    assert len(removed) == 4


def test_a_name_with_glob_characters_is_matched_literally(tmp_path: Path) -> None:
    target = tmp_path / "a[1]*.csv"
    stale = tmp_path / ".a[1]*.csv.0123456789ab.part"
    other = tmp_path / ".a1x.csv.0123456789ab.part"
    stale.write_bytes(b"")
    other.write_bytes(b"")
    remove_stale_parts(target, now=time.time() + STALE_AGE + 60)
    assert not stale.exists() and other.exists()
