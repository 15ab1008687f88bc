"""Which files an import looks at: one result per file, however often or however it is named."""

from __future__ import annotations

import contextlib
from pathlib import Path

from csn_desktop.imports.files import expand


def test_a_file_named_twice_or_through_its_folder_or_a_link_is_looked_at_once(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    cardiff = folder / "cardiff.xlsx"
    cardiff.write_bytes(b"x")
    (folder / "leeds.xlsx").write_bytes(b"y")
    names: list[str | Path] = [cardiff, folder, str(folder / "*.xlsx"), folder / ".." / "inbox"]
    with contextlib.suppress(OSError):  # symbolic links may be refused (Windows, no privilege)
        (tmp_path / "link.xlsx").symlink_to(cardiff)
        names.append(tmp_path / "link.xlsx")
    found = expand(names)
    assert [p.name for p in found.files] == ["cardiff.xlsx", "leeds.xlsx"]
    assert not found.skipped and not found.missing
