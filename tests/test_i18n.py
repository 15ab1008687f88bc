"""Messages, dates and numbers in another language (csn_desktop.i18n), from a test catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from csn_desktop import i18n
from csn_desktop.definition.problems import DefinitionError, Problem
from csn_desktop.domain.questionnaire import Question, QuestionType
from csn_desktop.domain.validation import validate_value

TEXT = Question("q", QuestionType.TEXT, "Q", max_length=5)
NUMBER = Question("n", QuestionType.NUMBER, "N", minimum=1000)


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    yield
    i18n.set_language(None)


@pytest.fixture
def welsh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Welsh catalogue with three real messages, found where the app looks for catalogues."""
    catalog = Catalog(locale="cy", domain=i18n.DOMAIN)
    catalog.add("Enter text.", "Rhowch destun.")
    catalog.add("Enter a number of at least {minimum}.", "Rhowch rif o {minimum} o leiaf.")
    catalog.add(
        ("{count} problem found:", "{count} problems found:"),
        # Welsh has six plural forms: zero, one, two, few (3), many (6) and other.
        (
            "Cafwyd {count} problem:",
            "Cafwyd {count} broblem:",
            "Cafwyd {count} broblem:",
            "Cafwyd {count} phroblem:",
            "Cafwyd {count} phroblem:",
            "Cafwyd {count} problem:",
        ),
    )
    folder = tmp_path / "cy" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / f"{i18n.DOMAIN}.mo").open("wb") as stream:
        write_mo(stream, catalog)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    return tmp_path


def test_source_text_without_a_catalogue() -> None:
    assert i18n.language() == "en_GB"
    assert validate_value(TEXT, 3) == "Enter text."
    assert validate_value(NUMBER, 5) == "Enter a number of at least 1,000."
    assert i18n.format_date(date(2026, 12, 1)) == "1 December 2026"


def test_source_text_plurals_without_a_catalogue() -> None:
    problem = Problem(Path("Ynys Môn.yaml"), "", "x")
    assert str(DefinitionError([problem])).startswith("1 problem found:\n")
    assert str(DefinitionError([problem] * 2)).startswith("2 problems found:\n")
    assert i18n.pgettext("period", "Ŵyl") == "Ŵyl"


def test_welsh_messages_dates_and_numbers(welsh: Path) -> None:
    assert i18n.set_language("cy") == "cy"
    assert i18n.language() == "cy"
    assert validate_value(TEXT, 3) == "Rhowch destun."
    assert validate_value(NUMBER, 5) == "Rhowch rif o 1,000 o leiaf."
    assert i18n.format_date(date(2026, 12, 1)) == "1 Rhagfyr 2026"
    problem = Problem(Path("a.yaml"), "", "x")
    assert str(DefinitionError([problem])).startswith("Cafwyd 1 broblem:\n")
    assert str(DefinitionError([problem] * 3)).startswith("Cafwyd 3 phroblem:\n")
    assert str(DefinitionError([problem] * 5)).startswith("Cafwyd 5 problem:\n")
    # A message the catalogue lacks stays in the source text.
    assert validate_value(TEXT, "too long") is not None
    assert "characters long" in (validate_value(TEXT, "too long") or "")


def test_back_to_english_and_unknown_languages(welsh: Path) -> None:
    i18n.set_language("cy")
    assert i18n.set_language("en_GB") == "en_GB"
    assert validate_value(TEXT, 3) == "Enter text."
    assert i18n.format_date(date(2026, 12, 1)) == "1 December 2026"
    assert i18n.set_language("xx") == "en_GB"
    assert validate_value(TEXT, 3) == "Enter text."
    assert i18n.set_language("cy-GB") == "cy_GB"
    assert validate_value(TEXT, 3) == "Rhowch destun."


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANGUAGE": "cy_GB.UTF-8:en"}, "cy_GB"),
        ({"LC_ALL": "cy_GB.UTF-8", "LANG": "en_GB.UTF-8"}, "cy_GB"),
        ({"LANG": "en_GB.UTF-8"}, "en_GB"),
        ({"LANG": "de_DE@euro"}, "de_DE"),
        ({"LANG": "C"}, None),
        ({"LC_ALL": "POSIX", "LANG": "cy_GB"}, None),
        ({}, None),
    ],
)
def test_system_language(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str | None
) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert i18n.system_language() == expected
