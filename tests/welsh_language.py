"""Welsh as the language in use, for tests that run before the Welsh catalogues are compiled."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from csn_desktop import i18n


@contextmanager
def welsh(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``i18n.language()`` is ``cy`` inside: an empty Welsh catalogue is enough to choose it."""
    target = folder / "cy" / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo"
    target.parent.mkdir(parents=True)
    with target.open("wb") as handle:
        write_mo(handle, Catalog(locale="cy"))
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    with i18n.using_language("cy") as chosen:
        assert chosen == "cy"
        yield
