"""How you compare, end to end: demo network → benchmark → a council's database → its PDF."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from csn_desktop.actions.assessments import load_assessment, save_answers, start_assessment
from csn_desktop.actions.comparison import assessment_comparison
from csn_desktop.actions.demo import CURRENT_PERIOD
from csn_desktop.actions.exporting import export_pdf
from csn_desktop.actions.peer_benchmark import load_benchmark
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.comparison import pooled_share, theme_share
from csn_desktop.domain.disclosure import Withheld
from csn_desktop.domain.known_ids import FULLY_USED, IN_USE, NOT_AWARE, USE_STATUS
from csn_desktop.i18n import format_percent
from csn_desktop.storage.database import Database
from tests.peer_benchmarks import WESTMINSTER, demo_benchmark


def _council(database: Database, library: QuestionnaireLibrary) -> int:
    questionnaire = library.latest()
    assessment = start_assessment(
        database, questionnaire, period=CURRENT_PERIOD, gss_code=WESTMINSTER
    )
    _theme, standards = questionnaire.standards_by_theme()[0]
    # The first theme: one standard fully used, the others not known, so the share is exact.
    changes = [
        (USE_STATUS, s.code, FULLY_USED if n == 0 else NOT_AWARE) for n, s in enumerate(standards)
    ]
    save_answers(database, questionnaire, assessment, changes)
    return assessment


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def test_the_report_compares_with_the_loaded_benchmark(
    tmp_path_factory: pytest.TempPathFactory,
    app_database: Database,
    library: QuestionnaireLibrary,
    tmp_path: Path,
) -> None:
    assessment = _council(app_database, library)
    before = export_pdf(app_database, library, assessment, tmp_path / "before.pdf")
    assert "How you compare" not in _pdf_text(before)

    load_benchmark(app_database, demo_benchmark(tmp_path_factory))
    loaded = load_assessment(app_database, library, assessment)
    comparison = assessment_comparison(app_database, loaded)
    assert comparison is not None
    assert [g.kind for g in comparison.groups] == ["uk", "nation", "authority_type"]
    first = comparison.themes[0]
    assert first.in_use == 1 and first.answered > 1
    uk = comparison.groups[0]
    expected = theme_share(uk.themes[first.theme_id])
    assert first.peers[0] == expected
    # The coarse share where published, else the one pooled from the detailed figures.
    for row in comparison.themes:
        peers = uk.themes[row.theme_id]
        pooled = pooled_share(peers.use, IN_USE)
        assert row.peers[0] == (pooled if isinstance(peers.in_use, Withheld) else peers.in_use)
    assert any(not isinstance(row.peers[0], Withheld) for row in comparison.themes)

    after = export_pdf(app_database, library, assessment, tmp_path / "after.pdf")
    words = " ".join(_pdf_text(after).split())
    assert "How you compare" in words
    assert CURRENT_PERIOD in words and "produced 1 December 2026" in words
    yours = format_percent(1 / first.answered)
    assert f"{yours} (1 of {first.answered})" in words
    section = words[words.index("How you compare") :]
    shown = next(
        row.peers[0] for row in comparison.themes if not isinstance(row.peers[0], Withheld)
    )
    assert not isinstance(shown, Withheld) and format_percent(shown) in section
    assert re.search(r"London borough \(authority type\)", section)
    # The authority type's detailed theme figures are about too few councils, but its coarse
    # "in use" shares are published; whatever is withheld is in words, never numbers.
    assert any(not isinstance(row.peers[2], Withheld) for row in comparison.themes)
    if any(isinstance(p, Withheld) for row in comparison.themes for p in row.peers):
        assert "withheld (fewer than 5 councils)" in section
