"""Publishable network outputs say nothing about a council in a group below the minimum."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from csn_desktop.actions import network_reports
from csn_desktop.actions.importing import import_files
from csn_desktop.actions.network import load_network
from csn_desktop.actions.network_reports import export_network_report
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.network_figures import Audience
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.imports.outcomes import Outcome
from csn_desktop.storage.database import Database
from tests.imports.conftest import EXPORTED, council_names, submission_bytes, write

WELSH = ["W06000015", "W06000011", "W06000022"]
ENGLISH = ["E08000025", "E09000033", "E06000001", "E06000002", "E06000003", "E06000004"]
SCOTTISH = ["S12000036"]
WRITTEN_AT = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def uuid_of(code: str) -> str:
    return f"00000000-0000-4000-8000-{int(code[1:]):012d}"


def send(
    tmp_path: Path,
    database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    code: str,
    seed: int,
    later: int = 0,
) -> None:
    answers = sample_answers(questionnaire, random.Random(seed))
    data = submission_bytes(
        questionnaire,
        answers,
        gss_code=code,
        submission_uuid=uuid_of(code),
        exported_at=EXPORTED + timedelta(days=later),
    )
    path = write(tmp_path, f"{code}-{seed}.xlsx", data)
    [result] = import_files(database, library, [path])
    assert result.outcome in (Outcome.NEW, Outcome.REVISION), result


def contents(path: Path) -> object:
    """Everything a reader sees: every cell of every sheet, or every page's text and the title."""
    if path.suffix == ".xlsx":
        book = load_workbook(path)
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book}
    reader = PdfReader(path)
    meta = reader.metadata or {}
    return ([p.extract_text() for p in reader.pages], meta.get("/Title"), meta.get("/Subject"))


def report(
    database: Database, library: QuestionnaireLibrary, filters: Filters, path: Path
) -> object:
    data = load_network(database, library)
    written = export_network_report(data, filters, path, audience=Audience.PUBLISHABLE)
    return contents(written)


@pytest.fixture
def network(
    tmp_path: Path,
    app_database: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    monkeypatch: pytest.MonkeyPatch,
) -> Database:
    monkeypatch.setattr(network_reports, "utc_now", lambda: WRITTEN_AT)
    for seed, code in enumerate(WELSH + ENGLISH + SCOTTISH, start=1):
        send(tmp_path, app_database, library, questionnaire, code, seed)
    return app_database


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
@pytest.mark.parametrize(
    ("filters", "changed"),
    [
        (Filters(nations=frozenset({"Wales"})), WELSH[1]),
        (Filters(nations=frozenset({"Scotland"})), SCOTTISH[0]),
        (Filters(regions=frozenset({"London"})), "E09000033"),
        (Filters(nations=frozenset({"Wales"}), include_drafts=True), WELSH[0]),
    ],
)
def test_changing_one_council_below_the_minimum_changes_nothing(
    tmp_path: Path,
    network: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    filters: Filters,
    changed: str,
    suffix: str,
) -> None:
    before = report(network, library, filters, tmp_path / f"before{suffix}")
    send(tmp_path, network, library, questionnaire, changed, seed=99, later=3)
    after = report(network, library, filters, tmp_path / f"after{suffix}")
    assert after == before


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_the_same_change_shows_in_a_group_large_enough(
    tmp_path: Path,
    network: Database,
    library: QuestionnaireLibrary,
    questionnaire: Questionnaire,
    suffix: str,
) -> None:
    england = Filters(nations=frozenset({"England"}))
    before = report(network, library, england, tmp_path / f"before{suffix}")
    send(tmp_path, network, library, questionnaire, ENGLISH[0], seed=99, later=3)
    after = report(network, library, england, tmp_path / f"after{suffix}")
    assert after != before


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_publishable_outputs_name_no_council(
    tmp_path: Path, network: Database, library: QuestionnaireLibrary, suffix: str
) -> None:
    text = repr(report(network, library, Filters(), tmp_path / f"all{suffix}"))
    names = council_names()
    for code in WELSH + ENGLISH + SCOTTISH:
        assert code not in text
        assert names[code] not in text, names[code]


def test_restricted_outputs_say_so_in_their_name(
    tmp_path: Path, network: Database, library: QuestionnaireLibrary
) -> None:
    data = load_network(network, library)
    path = export_network_report(
        data, Filters(), tmp_path / "all.xlsx", audience=Audience.RESTRICTED
    )
    assert path.name == "all-RESTRICTED.xlsx" and path.exists()
    assert not (tmp_path / "all.xlsx").exists()
    text = repr(contents(path))
    assert council_names()[WELSH[0]] in text
