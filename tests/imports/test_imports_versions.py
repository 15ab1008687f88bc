"""Identity and order: one current version per council, period and questionnaire."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from csn_desktop.actions.assessments import start_assessment
from csn_desktop.actions.network import load_network
from csn_desktop.actions.versions import list_versions, make_current
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.canonical import submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.outcomes import Outcome, SubmissionRejected
from csn_desktop.imports.reader import ParsedSubmission, parse_submission
from csn_desktop.imports.store import Stored, store_submission
from csn_desktop.storage import audit
from csn_desktop.storage.answers import load_answers
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Assessment, AuditEvent
from tests.imports.conftest import CARDIFF, EXPORTED, sample, submission_bytes
from tests.imports.test_imports_template import about, council_and_answers, filled_template

UUID = "5b0f3f0e-7d3c-4c1e-9a55-4c0d6c2b9e01"
SWANSEA = "W06000011"


def saved_at(data: bytes, moment: datetime) -> bytes:
    """The workbook as a spreadsheet program saves it at ``moment`` (docProps/core.xml)."""
    stamp = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            part = source.read(name)
            if name == "docProps/core.xml":
                part = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp + rb"\g<2>",
                    part,
                )
            target.writestr(name, part)
    return out.getvalue()


def store(
    database: Database,
    library: QuestionnaireLibrary,
    data: bytes,
    name: str,
    *,
    modified: datetime | None = None,
    edited: bool = False,
) -> Stored:
    """Read and store one file as the import does. ``modified``: the workbook's saved time (as
    the reader finds it in docProps/core.xml); ``edited``: answers changed after export."""
    if modified is not None:
        data = saved_at(data, modified)
    parsed: ParsedSubmission = parse_submission(data, library)
    parsed = dataclasses.replace(parsed, file_modified_at=modified)
    if edited:
        parsed = dataclasses.replace(
            parsed, meta=dataclasses.replace(parsed.meta, answers_sha256="0" * 64)
        )
    with database.session() as session:
        stored = store_submission(session, parsed, name)
        session.commit()
    return stored


def check_one_current(database: Database) -> None:
    """Every group has exactly one current version, and every other version points to it."""
    with database.read_session() as session:
        rows = session.execute(
            select(
                Assessment.id,
                Assessment.organisation_id,
                Assessment.period,
                Assessment.questionnaire_id,
                Assessment.superseded_by_id,
            )
        ).all()
    groups: dict[tuple[int, str, str], list[tuple[int, int | None]]] = {}
    for id_, organisation, period, questionnaire, superseded_by in rows:
        groups.setdefault((organisation, period, questionnaire), []).append((id_, superseded_by))
    for members in groups.values():
        current = [i for i, by in members if by is None]
        assert len(current) == 1, members
        assert all(by == current[0] for i, by in members if i != current[0]), members


def councils(database: Database, library: QuestionnaireLibrary) -> int:
    return load_network(database, library).picture(Filters(include_drafts=True)).councils


def current_answers_of(database: Database, library: QuestionnaireLibrary) -> dict[int, object]:
    data = load_network(database, library)
    return {s.assessment_id: s.answers.values for s in data.submissions}


def test_the_same_template_re_saved_is_a_duplicate_of_one_assessment(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    data = filled_template(questionnaire, council_and_answers)
    first = store(app_database, library, data, "cardiff.xlsx", modified=EXPORTED)
    again = store(
        app_database, library, data, "cardiff (2).xlsx", modified=EXPORTED + timedelta(days=1)
    )
    assert (first.outcome, again.outcome) == (Outcome.NEW, Outcome.DUPLICATE)
    assert "the same answers as the version imported on" in again.message.lower()
    assert "cardiff.xlsx" in again.message
    assert again.assessment_id == first.assessment_id
    with app_database.read_session() as session:
        assert len(session.scalars(select(Assessment.id)).all()) == 1
    check_one_current(app_database)


def test_a_corrected_template_is_a_revision_of_one_council(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    stored = [
        store(
            app_database,
            library,
            filled_template(questionnaire, council_and_answers, about("standards_staff", staff)),
            f"cardiff-{staff}.xlsx",
            modified=EXPORTED + timedelta(hours=staff),
        )
        for staff in (3, 4, 5, 6)
    ]
    assert [s.outcome for s in stored] == [Outcome.NEW, *[Outcome.REVISION] * 3]
    assert stored[1].changes.startswith("1 answer changed:")
    assert stored[1].changes == stored[1].message.split(" Now")[0]
    assert councils(app_database, library) == 1  # "(1 councils)", never "(4)"
    check_one_current(app_database)
    with app_database.read_session() as session:
        current = session.get(Assessment, stored[-1].assessment_id)
        assert current is not None and current.superseded_by_id is None
        assert load_answers(session, current.id).get("standards_staff") == 6
        kinds = session.scalars(
            select(AuditEvent.kind).where(AuditEvent.assessment_id == stored[1].assessment_id)
        ).all()
        assert audit.REVISED in kinds
    versions = list_versions(app_database, stored[0].assessment_id)
    assert [v.assessment_id for v in versions] == [s.assessment_id for s in reversed(stored)]
    assert [v.current for v in versions] == [True, False, False, False]
    assert versions[0].outcome == "revision" and versions[-1].outcome == "new"
    assert versions[0].file_name == "cardiff-6.xlsx"


def test_an_older_template_is_kept_and_not_counted(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    newer = store(
        app_database,
        library,
        filled_template(questionnaire, council_and_answers, about("standards_staff", 9)),
        "new.xlsx",
        modified=EXPORTED,
    )
    older = store(
        app_database,
        library,
        filled_template(questionnaire, council_and_answers),
        "old.xlsx",
        modified=EXPORTED - timedelta(days=2),
    )
    assert older.outcome is Outcome.OLDER
    assert "new.xlsx" in older.message
    assert set(current_answers_of(app_database, library)) == {newer.assessment_id}
    check_one_current(app_database)


def test_a_submission_corrected_in_a_spreadsheet_is_a_revision(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    original = submission_bytes(questionnaire, sample(questionnaire, 1), submission_uuid=UUID)
    first = store(app_database, library, original, "cardiff.xlsx")
    # Edited in Excel: the export time in the file stays, the workbook's saved time moves on.
    corrected = submission_bytes(questionnaire, sample(questionnaire, 2), submission_uuid=UUID)
    second = store(
        app_database,
        library,
        corrected,
        "cardiff-corrected.xlsx",
        modified=EXPORTED + timedelta(days=2),
        edited=True,
    )
    assert (first.outcome, second.outcome) == (Outcome.NEW, Outcome.REVISION)
    assert second.flagged and "Flagged" in second.message
    assert re.match(r"\d+ answers changed: ", second.changes)
    with app_database.read_session() as session:
        new = session.get(Assessment, second.assessment_id)
        old = session.get(Assessment, first.assessment_id)
        assert new is not None and old is not None
        assert new.uuid == UUID and new.submission_uuid == UUID and new.flagged
        assert old.uuid != UUID and old.submission_uuid == UUID
        assert new.file_modified_at == EXPORTED + timedelta(days=2)
    check_one_current(app_database)


def test_a_future_saved_time_needs_a_decision_that_staff_can_make(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    first = store(app_database, library, filled_template(questionnaire, council_and_answers), "a")
    future = datetime(2099, 1, 1, tzinfo=UTC)
    data = filled_template(questionnaire, council_and_answers, about("standards_staff", 7))
    second = store(app_database, library, data, "clock.xlsx", modified=future)
    assert second.outcome is Outcome.DECIDE
    assert f"csn-desktop versions current {second.assessment_id}" in second.message
    assert set(current_answers_of(app_database, library)) == {first.assessment_id}
    assert second.assessment_id is not None
    make_current(app_database, second.assessment_id)
    assert set(current_answers_of(app_database, library)) == {second.assessment_id}
    versions = list_versions(app_database, second.assessment_id)
    assert not any(v.decision_pending for v in versions)
    check_one_current(app_database)


def test_a_stored_export_time_in_2099_never_blocks_a_council(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    first = store(
        app_database,
        library,
        submission_bytes(questionnaire, sample(questionnaire, 1), submission_uuid=UUID),
        "cardiff.xlsx",
    )
    with app_database.session() as session:  # a PC clock at 2099 when it was exported
        session.execute(
            update(Assessment)
            .where(Assessment.id == first.assessment_id)
            .values(exported_at=datetime(2099, 1, 1, tzinfo=UTC))
        )
        session.commit()
    later = submission_bytes(
        questionnaire,
        sample(questionnaire, 2),
        submission_uuid=UUID,
        exported_at=EXPORTED + timedelta(days=1),
    )
    second = store(app_database, library, later, "cardiff-2.xlsx")
    assert second.outcome is Outcome.DECIDE
    assert second.assessment_id is not None
    make_current(app_database, second.assessment_id)
    assert set(current_answers_of(app_database, library)) == {second.assessment_id}
    with app_database.read_session() as session:
        now_current = session.get(Assessment, second.assessment_id)
        assert now_current is not None and now_current.uuid == UUID  # the id moved with it
    check_one_current(app_database)


def test_a_submission_id_never_moves_to_another_council(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    store(app_database, library, submission_bytes(questionnaire, submission_uuid=UUID), "c.xlsx")
    moved = submission_bytes(questionnaire, submission_uuid=UUID, gss_code=SWANSEA, seed=4)
    with pytest.raises(SubmissionRejected, match="already in the database for Cardiff"):
        store(app_database, library, moved, "s.xlsx")


def test_a_file_against_a_local_assessment_needs_a_decision(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    local = start_assessment(app_database, questionnaire, period="2026/27", gss_code=CARDIFF)
    stored = store(app_database, library, submission_bytes(questionnaire), "cardiff.xlsx")
    assert stored.outcome is Outcome.DECIDE
    assert "made in this database" in stored.message
    assert set(current_answers_of(app_database, library)) == {local}
    check_one_current(app_database)


def test_same_answers_under_another_status_are_a_new_version(
    app_database: Database, library: QuestionnaireLibrary, questionnaire: Questionnaire
) -> None:
    answers = sample(questionnaire, 1)
    draft = submission_bytes(
        questionnaire, answers, submission_uuid=UUID, status="draft", exported_at=EXPORTED
    )
    final = submission_bytes(
        questionnaire, answers, submission_uuid=UUID, exported_at=EXPORTED + timedelta(hours=1)
    )
    outcomes = [
        store(app_database, library, draft, "draft.xlsx").outcome,
        store(app_database, library, final, "final.xlsx").outcome,
    ]
    assert outcomes == [Outcome.NEW, Outcome.REVISION]
    [entry] = load_network(app_database, library).submissions
    assert entry.status == "final"
    assert entry.answers.values == submitted_answers(questionnaire, answers).values


def test_the_same_decisions_through_sqlalchemy_core(
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Server databases take the Core path the SQLite fast path stands in for."""
    from csn_desktop.storage import imported

    monkeypatch.setattr(imported, "RAW_SQLITE", False)
    test_a_corrected_template_is_a_revision_of_one_council(app_database, library, questionnaire)
    moved = submission_bytes(questionnaire, submission_uuid=UUID, gss_code=SWANSEA, seed=4)
    store(app_database, library, submission_bytes(questionnaire, submission_uuid=UUID), "c.xlsx")
    with pytest.raises(SubmissionRejected, match="already in the database for Cardiff"):
        store(app_database, library, moved, "s.xlsx")
