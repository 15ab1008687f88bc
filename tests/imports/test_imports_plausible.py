"""A period from 2015/16 to two years ahead, no export or sign-off date in the future."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.plausibility import last_period
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.database import Database
from tests.imports.conftest import (
    edit_cells,
    sample,
    set_meta,
    submission_bytes,
    table_counts,
    write,
)
from tests.imports.test_imports_template import about, council_and_answers, filled_template


def today() -> date:
    return datetime.now(UTC).date()


def after(period: str) -> str:
    start = int(period[:4]) + 1
    return f"{start}/{(start + 1) % 100:02d}"


@pytest.mark.parametrize("period", ["2014/15", "1999/00"])
def test_template_for_a_period_before_2015_16_is_refused(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary, period: str
) -> None:
    data = filled_template(library.latest(), council_and_answers, about("_period", period))
    [result] = import_files(app_database, library, [write(tmp_path, "old.xlsx", data)])
    assert result.outcome is Outcome.REJECTED, result
    assert result.message.startswith(f"The period {period} cannot be right")
    assert "from 2015/16 to" in result.message
    assert result.place is not None and result.place.sheet == "About" and result.place.cell
    assert table_counts(app_database) == (0, 0, 0, 0)


def test_template_up_to_two_years_ahead_is_imported_and_no_further(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    last = last_period(today())
    q = library.latest()
    ahead = filled_template(q, council_and_answers, about("_period", last))
    too_far = filled_template(q, council_and_answers, about("_period", after(last)))
    results = import_files(
        app_database,
        library,
        [write(tmp_path, "a.xlsx", ahead), write(tmp_path, "b.xlsx", too_far)],
    )
    assert [r.outcome for r in results] == [Outcome.NEW, Outcome.REJECTED], results
    assert f"to {last}" in results[1].message


def test_submission_period_far_ahead_is_refused_naming_the_metadata_cell(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    data = edit_cells(submission_bytes(library.latest()), set_meta("period", "2099/00"))
    [result] = import_files(app_database, library, [write(tmp_path, "far.xlsx", data)])
    assert result.outcome is Outcome.REJECTED, result
    assert result.message.startswith("The period 2099/00 cannot be right")
    assert result.place is not None and result.place.sheet == "_csn_meta"
    assert result.place.cell is not None and result.place.cell.startswith("B")
    assert table_counts(app_database) == (0, 0, 0, 0)


def test_export_time_in_the_future_is_refused_but_a_clock_a_little_ahead_is_not(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    q = library.latest()
    now = datetime.now(UTC)
    future = submission_bytes(q, exported_at=now + timedelta(days=2), seed=1)
    [refused] = import_files(app_database, library, [write(tmp_path, "2099.xlsx", future)])
    assert refused.outcome is Outcome.REJECTED, refused
    assert "in the future" in refused.message and "clock" in refused.message
    assert refused.place is not None and refused.place.sheet == "_csn_meta"
    assert table_counts(app_database) == (0, 0, 0, 0)
    ahead = submission_bytes(q, exported_at=now + timedelta(hours=12), seed=2)
    [imported] = import_files(app_database, library, [write(tmp_path, "ahead.xlsx", ahead)])
    assert imported.outcome is Outcome.NEW, imported


def test_sign_off_date_in_the_future_is_refused_naming_the_cell(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    q = library.latest()
    day = today() + timedelta(days=3)
    data = filled_template(q, council_and_answers, about("approved_on", day))
    [result] = import_files(app_database, library, [write(tmp_path, "signed.xlsx", data)])
    assert result.outcome is Outcome.REJECTED, result
    assert result.message.startswith("The sign-off date") and "in the future" in result.message
    assert result.place is not None and result.place.sheet == "About" and result.place.cell
    assert table_counts(app_database) == (0, 0, 0, 0)
    signed_today = filled_template(q, council_and_answers, about("approved_on", today()))
    [imported] = import_files(app_database, library, [write(tmp_path, "today.xlsx", signed_today)])
    assert imported.outcome is Outcome.NEW, imported


def test_sign_off_date_in_the_future_in_an_export_is_refused(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary
) -> None:
    q = library.latest()
    answers = sample(q)
    answers.set("approved_on", "", (today() + timedelta(days=30)).isoformat())
    data = submission_bytes(q, answers)
    [result] = import_files(app_database, library, [write(tmp_path, "signed.xlsx", data)])
    assert result.outcome is Outcome.REJECTED, result
    assert result.message.startswith("The sign-off date"), result
    assert result.place is not None and result.place.sheet == "About"
    assert result.place.cell is not None and result.place.cell.startswith("D")
    assert table_counts(app_database) == (0, 0, 0, 0)


@pytest.mark.parametrize("written", ["2026-27", "2026-2027", "2026/2027"])
def test_template_period_typed_another_way_is_read_as_2026_27(
    tmp_path: Path, app_database: Database, library: QuestionnaireLibrary, written: str
) -> None:
    data = filled_template(library.latest(), council_and_answers, about("_period", written))
    [result] = import_files(app_database, library, [write(tmp_path, "t.xlsx", data)])
    assert result.outcome is Outcome.NEW, result
    assert result.context.period == "2026/27"
