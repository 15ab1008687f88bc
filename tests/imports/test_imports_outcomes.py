"""Round trip, duplicates, newer exports, conflicts and edited files."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from csn_desktop.actions.import_report import write_report
from csn_desktop.actions.importing import import_files
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment, ImportRecord
from tests.imports.conftest import (
    EXPORTED,
    about_cell,
    edit_cells,
    rezip,
    sample,
    submission_bytes,
    table_counts,
    write,
)

UUID = "5b0f3f0e-7d3c-4c1e-9a55-4c0d6c2b9e01"


def test_round_trip_gives_the_same_answers(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    answers = sample(questionnaire, seed=5)
    answers.set("national_priorities_how", "", "Mae'r cyngor yn gweithio ar ŵ a ŷ — =SUM(A1) <b>")
    path = write(
        tmp_path, "cardiff.xlsx", submission_bytes(questionnaire, answers, submission_uuid=UUID)
    )
    [result] = import_files(app_database, library, [path])
    assert result.outcome is Outcome.NEW
    with app_database.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assert (assessment.uuid, assessment.origin, assessment.flagged) == (UUID, "imported", False)
        assert assessment.exported_at == EXPORTED
        assert assessment.source_file_sha256 == result.sha256
        assert assessment.status == "final"
        stored = load_answers(session, assessment.id)
        record = session.scalars(select(ImportRecord)).one()
        assert (record.outcome, record.submission_uuid) == ("new", UUID)
    assert stored.values == submitted_answers(questionnaire, answers).values


def test_same_file_twice_is_a_duplicate(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    data = submission_bytes(questionnaire, submission_uuid=UUID)
    first, second = write(tmp_path, "a.xlsx", data), write(tmp_path, "b.xlsx", data)
    results = import_files(app_database, library, [first])
    before = table_counts(app_database)
    results += import_files(app_database, library, [second])
    assert [r.outcome for r in results] == [Outcome.NEW, Outcome.DUPLICATE]
    assert table_counts(app_database)[:2] == before[:2]  # no new assessment or answers


def test_re_export_with_same_answers_is_a_duplicate(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    later = EXPORTED + timedelta(days=3)
    paths = [
        write(tmp_path, "a.xlsx", submission_bytes(questionnaire, submission_uuid=UUID)),
        write(
            tmp_path,
            "b.xlsx",
            submission_bytes(questionnaire, submission_uuid=UUID, exported_at=later),
        ),
    ]
    outcomes = [r.outcome for r in import_files(app_database, library, paths)]
    assert outcomes == [Outcome.NEW, Outcome.DUPLICATE]


def test_newer_export_supersedes_and_keeps_history(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    # Both exports in the past: a time in the future is refused as a wrong clock.
    earlier = EXPORTED - timedelta(days=9)
    old = submission_bytes(
        questionnaire, sample(questionnaire, 1), submission_uuid=UUID, exported_at=earlier
    )
    new_answers = sample(questionnaire, 2)
    new = submission_bytes(questionnaire, new_answers, submission_uuid=UUID)
    paths = [write(tmp_path, "old.xlsx", old), write(tmp_path, "new.xlsx", new)]
    results = import_files(app_database, library, paths)
    assert [r.outcome for r in results] == [Outcome.NEW, Outcome.REVISION]
    with app_database.session() as session:
        older = session.get(Assessment, results[0].assessment_id)
        newer = session.get(Assessment, results[1].assessment_id)
        assert older is not None and newer is not None
        assert older.superseded_by_id == newer.id and newer.superseded_by_id is None
        assert newer.uuid == UUID and older.uuid != UUID
        assert (
            load_answers(session, newer.id).values
            == submitted_answers(questionnaire, new_answers).values
        )
        assert len(load_answers(session, older.id)) > 0  # history kept
    # The old file again, now: not newer than what is there, different content.
    again = write(tmp_path, "old-again.xlsx", old)
    [result] = import_files(app_database, library, [again])
    assert result.outcome is Outcome.DUPLICATE


def test_an_older_export_is_kept_but_not_current(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    first = submission_bytes(questionnaire, sample(questionnaire, 1), submission_uuid=UUID)
    other = submission_bytes(
        questionnaire,
        sample(questionnaire, 2),
        submission_uuid=UUID,
        exported_at=EXPORTED - timedelta(hours=1),
    )
    [kept] = import_files(app_database, library, [write(tmp_path, "first.xlsx", first)])
    [result] = import_files(app_database, library, [write(tmp_path, "other.xlsx", other)])
    assert result.outcome is Outcome.OLDER
    assert "first.xlsx" in result.message and "stays current" in result.message
    assert result.changes.endswith("more.")
    with app_database.session() as session:
        current = session.get(Assessment, kept.assessment_id)
        older = session.get(Assessment, result.assessment_id)
        assert current is not None and older is not None
        assert current.superseded_by_id is None and current.uuid == UUID
        assert older.superseded_by_id == current.id and older.uuid != UUID
        assert older.submission_uuid == UUID and not older.decision_pending


def test_answers_edited_after_export_are_imported_and_flagged(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    def tamper(workbook: Any) -> None:
        label = questionnaire.question("strategy_status").choice_label("in_development")
        about_cell(workbook, "strategy_status").value = label

    data = edit_cells(submission_bytes(questionnaire, submission_uuid=UUID), tamper)
    [result] = import_files(app_database, library, [write(tmp_path, "edited.xlsx", data)])
    assert (result.outcome, result.flagged) == (Outcome.NEW, True)
    with app_database.session() as session:
        assessment = session.scalars(select(Assessment)).one()
        assert assessment.flagged
        assert load_answers(session, assessment.id).get("strategy_status") == "in_development"


def test_folder_with_lock_and_other_files_and_a_report(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    write(folder, "cardiff.xlsx", submission_bytes(questionnaire))
    write(folder, "~$cardiff.xlsx", b"owner")
    write(folder, "notes.txt", b"hello")
    write(folder, "broken.xlsx", b"")
    results = import_files(app_database, library, [folder])
    outcomes = {r.path.name: r.outcome for r in results}
    assert outcomes == {
        "cardiff.xlsx": Outcome.NEW,
        "~$cardiff.xlsx": Outcome.SKIPPED,
        "notes.txt": Outcome.SKIPPED,
        "broken.xlsx": Outcome.REJECTED,
    }
    report = write_report(results, tmp_path / "report.csv")
    text = report.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("file,council,period,status,kind,outcome")
    assert "The file is empty." in text


def test_cancelling_between_files(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
) -> None:
    paths = [
        write(tmp_path, f"{n}.xlsx", submission_bytes(questionnaire, seed=n)) for n in (1, 2, 3)
    ]
    seen: list[int] = []
    results = import_files(
        app_database,
        library,
        paths,
        progress=lambda done, total, result: seen.append(done),
        cancelled=lambda: len(seen) >= 1,
    )
    assert [r.outcome for r in results] == [Outcome.NEW, Outcome.CANCELLED, Outcome.CANCELLED]
    assert seen == [1]


@pytest.mark.parametrize("claimed", [b"A1:A1", b"A1:XFD1048576"])
def test_a_lying_sheet_dimension_is_not_trusted(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    claimed: bytes,
) -> None:
    """Every sheet claims a size it does not have: too small would hide rows, too big would
    make a trusting reader allocate a million rows. The answers still come back, all of them."""
    answers = sample(questionnaire, seed=8)
    data = submission_bytes(questionnaire, answers, submission_uuid=UUID)

    def lie(name: str, part: bytes) -> bytes:
        if not name.startswith("xl/worksheets/"):
            return part
        return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + claimed + b'"', part)

    path = write(tmp_path, "lying.xlsx", rezip(data, lie, {}))
    [result] = import_files(app_database, library, [path])
    assert result.outcome is Outcome.NEW, result.message
    with app_database.session() as session:
        stored = load_answers(session, session.scalars(select(Assessment.id)).one())
    assert stored.values == submitted_answers(questionnaire, answers).values
