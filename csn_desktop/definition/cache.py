"""A per-user cache of the checked questionnaires, so the window starts without parsing YAML."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop import __version__

if TYPE_CHECKING:
    # Imported when a library is loaded: source_digest alone (see home_snapshot) stays light.
    from csn_desktop.definition.library import QuestionnaireLibrary

log = logging.getLogger(__name__)

# Everything a definition's meaning depends on: the definitions, catalogues and the lock.
_SOURCES = ("*.yaml", "*.csv", "*.lock")


def source_digest(folder: Path) -> str:
    """A digest of the app version and every definition source file's name and bytes."""
    digest = hashlib.sha256(__version__.encode())
    for pattern in _SOURCES:
        for file in sorted(folder.glob(pattern)):
            digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def load_library(folder: Path, cache_folder: Path | None) -> QuestionnaireLibrary:
    """The library checked from ``folder``, reusing a cached copy when the sources are unchanged.

    The cache is keyed by the exact bytes of the sources, so a cached library is one that passed
    the full check. It lives in the user's own cache folder, written only by this app; a damaged
    or unreadable cache is ignored and rebuilt.
    """
    from csn_desktop.definition.library import QuestionnaireLibrary

    if cache_folder is None:
        return QuestionnaireLibrary.load(folder)
    cached = cache_folder / f"questionnaires-{source_digest(folder)[:40]}.pickle"
    try:
        with cached.open("rb") as stream:
            library = pickle.load(stream)  # noqa: S301 - the app's own cache, see above
        if isinstance(library, QuestionnaireLibrary):
            return library
    except FileNotFoundError:
        pass
    except Exception:  # a damaged cache must never stop the app: rebuild it
        log.warning("ignoring unreadable questionnaire cache %s", cached, exc_info=True)
    library = QuestionnaireLibrary.load(folder)
    _write(cached, library)
    return library


def _write(path: Path, library: QuestionnaireLibrary) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("questionnaires-*.pickle"):
            old.unlink(missing_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(library, stream, protocol=pickle.HIGHEST_PROTOCOL)
        Path(temporary).replace(path)
    except OSError:
        log.warning("could not write the questionnaire cache %s", path, exc_info=True)
