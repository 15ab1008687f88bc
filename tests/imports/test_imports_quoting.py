"""Values quoted in import messages keep their own quotes visible (AutoCorrect's curly ones)."""

from __future__ import annotations

from pathlib import Path

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.imports.outcomes import Outcome, Place, quoted
from csn_desktop.storage.database import Database
from tests.imports.conftest import table_counts, write
from tests.imports.test_imports_council import SWANSEA, named
from tests.imports.test_imports_template import about, council_and_answers, filled_template


def test_plain_values_in_curly_quotes_values_with_them_in_brackets() -> None:
    assert quoted("Cardiff") == "“Cardiff”"
    assert quoted("Don’t know") == "“Don’t know”"  # an apostrophe stays visible
    assert quoted("“Cardiff” Council") == "[“Cardiff” Council]"
    assert quoted("„Caerdydd‟") == "[„Caerdydd‟]"
    assert quoted("x" * 100) == "“" + "x" * 60 + "…”"
    assert str(Place("“Gaps”", 3, "B3")) == "sheet [“Gaps”], row 3, cell B3"


def test_curly_quotes_typed_in_a_council_name_are_seen_in_the_refusal(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    q = library.latest()
    data = filled_template(q, council_and_answers, named("“Cardiff” Council", SWANSEA))
    [result] = import_files(app_database, library, [write(tmp_path, "quoted.xlsx", data)])
    assert result.outcome is Outcome.REJECTED, result
    assert result.message.startswith(
        "The file names [“Cardiff” Council], but W06000011 is Swansea."
    )
    assert table_counts(app_database) == (0, 0, 0, 0)


def test_curly_quotes_around_a_period_are_seen_in_the_refusal(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    data = filled_template(library.latest(), council_and_answers, about("_period", "“2026/27”"))
    [result] = import_files(app_database, library, [write(tmp_path, "period.xlsx", data)])
    assert result.outcome is Outcome.REJECTED, result
    assert result.message.startswith("[“2026/27”] is not a period"), result.message


def test_curly_quotes_around_the_right_council_name_are_only_punctuation(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    data = filled_template(
        library.latest(), council_and_answers, named("“Swansea” Council", SWANSEA)
    )
    [result] = import_files(app_database, library, [write(tmp_path, "swansea.xlsx", data)])
    assert result.outcome is Outcome.NEW, result
