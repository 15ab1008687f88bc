"""The digest of a folder's definition sources, which keys the home snapshot."""

from __future__ import annotations

import shutil
from pathlib import Path

from csn_desktop.definition.sources import source_digest
from csn_desktop.paths import assessments_dir


def copy_definitions(tmp_path: Path) -> Path:
    folder = tmp_path / "assessments"
    shutil.copytree(assessments_dir(), folder)
    return folder


def test_same_sources_same_digest(tmp_path: Path) -> None:
    assert source_digest(copy_definitions(tmp_path)) == source_digest(assessments_dir())


def test_changed_sources_change_the_key(tmp_path: Path) -> None:
    folder = copy_definitions(tmp_path)
    before = source_digest(folder)
    catalogue = folder / "standards.csv"
    catalogue.write_bytes(catalogue.read_bytes() + b"\n")
    assert source_digest(folder) != before
