"""The per-user questionnaire cache: reused when sources are unchanged, rebuilt otherwise."""

from __future__ import annotations

import shutil
from pathlib import Path

from csn_desktop.definition.cache import load_library, source_digest
from csn_desktop.paths import assessments_dir


def copy_definitions(tmp_path: Path) -> Path:
    folder = tmp_path / "assessments"
    shutil.copytree(assessments_dir(), folder)
    return folder


def test_cache_is_written_then_reused(tmp_path: Path) -> None:
    folder, cache = copy_definitions(tmp_path), tmp_path / "cache"
    first = load_library(folder, cache)
    [cached] = cache.glob("questionnaires-*.pickle")
    second = load_library(folder, cache)
    assert second == first
    assert second.latest().standards == first.latest().standards
    assert list(cache.glob("questionnaires-*.pickle")) == [cached]


def test_changed_sources_change_the_key(tmp_path: Path) -> None:
    folder = copy_definitions(tmp_path)
    before = source_digest(folder)
    catalogue = folder / "standards.csv"
    catalogue.write_bytes(catalogue.read_bytes() + b"\n")
    assert source_digest(folder) != before


def test_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    folder, cache = copy_definitions(tmp_path), tmp_path / "cache"
    load_library(folder, cache)
    [cached] = cache.glob("questionnaires-*.pickle")
    cached.write_bytes(b"not a pickle")
    library = load_library(folder, cache)
    assert library.latest().id == "csn-smart-city-standards"
    assert cached.read_bytes() != b"not a pickle"
