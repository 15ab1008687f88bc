"""The version number changes with each release: the package and the CHANGELOG agree."""

from __future__ import annotations

import re
from pathlib import Path

from csn_desktop import __version__

CHANGELOG = Path(__file__).resolve().parent.parent / "CHANGELOG.md"


def test_the_newest_changelog_release_is_the_package_version() -> None:
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", CHANGELOG.read_text(encoding="utf-8"), re.M)
    assert releases, "CHANGELOG.md names no release"
    assert releases[0] == __version__


def test_each_release_is_listed_once_and_newest_first() -> None:
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", CHANGELOG.read_text(encoding="utf-8"), re.M)
    as_numbers = [tuple(int(part) for part in release.split(".")) for release in releases]
    assert as_numbers == sorted(set(as_numbers), reverse=True)
