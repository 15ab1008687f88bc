"""The files a folder of questionnaire definitions is made of, and one digest of them all."""

from __future__ import annotations

import hashlib
from pathlib import Path

from csn_desktop import __version__
from csn_desktop.definition.regular_files import read_regular

# Everything a definition's meaning depends on: the definitions, catalogues and the lock.
_SOURCES = ("*.yaml", "*.csv", "*.lock")
_LARGEST_SOURCE = 5_000_000  # the catalogue's limit, the largest of them


def source_digest(folder: Path) -> str:
    """A digest of the app version and every definition source file's name and bytes.

    Cheap (no YAML is parsed): the home snapshot is keyed by it, so the window can start
    without loading the questionnaires while their sources are unchanged.
    """
    digest = hashlib.sha256(__version__.encode())
    for pattern in _SOURCES:
        for file in sorted(folder.glob(pattern)):
            try:
                # Bounded, and never a pipe: loading the folder reports such a file plainly.
                data = read_regular(file, _LARGEST_SOURCE) or b"\0too large"
            except OSError as error:
                data = f"\0{error.strerror}".encode()
            digest.update(file.name.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()
