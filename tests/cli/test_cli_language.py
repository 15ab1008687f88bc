"""The command line speaks the environment's language: a Welsh catalogue, end to end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from csn_desktop import i18n
from csn_desktop.main import main

EMPTY_LIST = "No assessments yet. Start one in the window, or try `{command}`."
WELSH = "Dim asesiadau eto. Dechreuwch un yn y ffenestr, neu rhowch gynnig ar `{command}`."


@pytest.fixture
def welsh_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A compiled cy catalogue translating one real message, where the app looks for catalogues."""
    folder = tmp_path / "translations"
    messages = folder / "cy" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    catalog = Catalog(locale="cy", domain=i18n.DOMAIN)
    catalog.add(EMPTY_LIST, WELSH)
    with (messages / f"{i18n.DOMAIN}.mo").open("wb") as stream:
        write_mo(stream, catalog)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    yield folder
    i18n.set_language(None)  # later tests read the source text


def test_the_command_line_prints_welsh_when_the_environment_asks(
    welsh_catalogue: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANGUAGE", "cy")
    assert main(["--database", str(tmp_path / "empty.sqlite3"), "list"]) == 0
    assert i18n.language() == "cy"
    printed = capsys.readouterr().out
    assert WELSH.format(command="csn-desktop demo --councils 5") in printed
    assert "No assessments yet" not in printed


def test_without_a_catalogue_the_source_text_is_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "xx")
    try:
        assert main(["--database", str(tmp_path / "empty.sqlite3"), "list"]) == 0
    finally:
        i18n.set_language(None)
    assert "No assessments yet" in capsys.readouterr().out
