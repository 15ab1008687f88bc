"""How you compare in the window: the matrix's peer column and the comparison page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from csn_desktop.actions.assessments import load_assessment, save_answers, start_assessment
from csn_desktop.actions.demo import CURRENT_PERIOD
from csn_desktop.actions.peer_benchmark import load_benchmark, peer_shares
from csn_desktop.actions.setup import open_app_database
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.comparison import standard_shares
from csn_desktop.domain.disclosure import Withheld
from csn_desktop.domain.known_ids import FULLY_USED, NOT_AWARE, USE_STATUS
from csn_desktop.ui import benchmark_loading
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.compare_page import ComparePage
from csn_desktop.ui.matrix_widget import StandardsMatrixWidget
from tests.peer_benchmarks import WESTMINSTER, demo_benchmark
from tests.ui.conftest import WindowFactory


def _council(db_path: Path, library: QuestionnaireLibrary, benchmark: Path | None) -> int:
    """Westminster's draft with its first theme answered: one standard used, the rest not."""
    database = open_app_database(db_path)
    try:
        questionnaire = library.latest()
        assessment = start_assessment(
            database, questionnaire, period=CURRENT_PERIOD, gss_code=WESTMINSTER
        )
        _theme, standards = questionnaire.standards_by_theme()[0]
        changes = [
            (USE_STATUS, s.code, FULLY_USED if n == 0 else NOT_AWARE)
            for n, s in enumerate(standards)
        ]
        save_answers(database, questionnaire, assessment, changes)
        if benchmark is not None:
            load_benchmark(database, benchmark)
    finally:
        database.close()
    return assessment


def _matrix(qtbot: QtBot, db_path: Path, library: QuestionnaireLibrary, assessment: int) -> Any:
    database = open_app_database(db_path)
    state = AssessmentState(database, library, load_assessment(database, library, assessment))
    widget = StandardsMatrixWidget(state, state.questionnaire.question("standards"))
    qtbot.addWidget(widget)
    return widget, database


def test_the_matrix_shows_the_authority_types_shares_beside_each_standard(
    qtbot: QtBot,
    qtmodeltester: Any,
    tmp_path_factory: pytest.TempPathFactory,
    db_path: Path,
    library: QuestionnaireLibrary,
) -> None:
    assessment = _council(db_path, library, demo_benchmark(tmp_path_factory))
    widget, database = _matrix(qtbot, db_path, library, assessment)
    try:
        model = widget.model
        column = model.peer_column()
        assert model.columnCount() == column + 1
        horizontal = Qt.Orientation.Horizontal
        assert model.headerData(column, horizontal) == "Peers: London borough"
        tooltip = model.headerData(column, horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "London borough (20 councils)" in tooltip and CURRENT_PERIOD in tooltip
        peers = peer_shares(database, WESTMINSTER)
        assert peers is not None
        group = next(g for g in peers.groups if g.kind == "authority_type")
        published = withheld = 0
        for row, standard in enumerate(model.standards):
            use, need = standard_shares(group.standards[standard.code])
            shown = model.data(model.index(row, column))
            if isinstance(use, Withheld) and isinstance(need, Withheld):
                assert shown == "withheld (fewer than 5 councils)"
                withheld += 1
            elif not isinstance(use, Withheld):
                assert shown.startswith(f"{int(use * 100 + 0.5)}% use · ")
                published += 1
            assert not model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
        assert published and withheld
        qtmodeltester.check(model)
    finally:
        database.close()


def test_no_benchmark_no_peer_column(
    qtbot: QtBot, db_path: Path, library: QuestionnaireLibrary
) -> None:
    assessment = _council(db_path, library, None)
    widget, database = _matrix(qtbot, db_path, library, assessment)
    try:
        assert widget.model.peers is None
        assert widget.model.columnCount() == widget.model.peer_column()
    finally:
        database.close()


def _compare(window: Any, qtbot: QtBot) -> ComparePage:
    action = next(
        a for a in window.menus.assessment.actions() if a.objectName() == "how_you_compare"
    )
    assert action.isEnabled() and action.text() == "How you &compare"
    action.trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, ComparePage)
    return page


def test_the_page_says_how_to_load_a_benchmark_then_compares(
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path_factory: pytest.TempPathFactory,
    db_path: Path,
    library: QuestionnaireLibrary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assessment = _council(db_path, library, None)
    window = make_window()
    window.open_assessment(assessment)
    page = _compare(window, qtbot)
    assert "File → Load peer benchmark…" in page.explanation.text()
    assert page.table.isHidden()

    benchmark = demo_benchmark(tmp_path_factory)
    monkeypatch.setattr(
        benchmark_loading.ChooseBenchmark, "ask", classmethod(lambda cls, parent: benchmark)
    )
    monkeypatch.setattr(benchmark_loading.BenchmarkLoaded, "ask", classmethod(lambda *a: None))
    load = next(a for a in window.menus.file.actions() if a.objectName() == "load_peer_benchmark")
    load.trigger()
    assert not page.table.isHidden()
    assert f"Peer benchmark: {CURRENT_PERIOD}, produced 1 December 2026" in page.source.text()
    heads = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert heads == [
        "Theme",
        "Your council",
        "United Kingdom",
        "England (nation)",
        "London borough (authority type)",
    ]
    rows = page.texts()
    first = library.latest().standards_by_theme()[0]
    assert rows[0][0] == first[0].label
    assert rows[0][1].endswith(f"(1 of {len(first[1])})")
    assert rows[1][1] == "not answered"
    assert any(row[2].endswith("%") for row in rows)
    assert "withheld (fewer than 5 councils)" in {cell for row in rows for cell in row}

    matrices = window.findChildren(StandardsMatrixWidget)
    assert matrices and all(m.model.peers is not None for m in matrices)
    page.back.click()
    assert window.stack.currentWidget() is window.assessment_page
