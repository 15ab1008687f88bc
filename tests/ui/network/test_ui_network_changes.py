"""The network window shows what others imported into the shared database, keeping its filters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from csn_desktop.actions.importing import import_files
from csn_desktop.actions.network_changes import changes_since, last_change
from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.storage import audit
from csn_desktop.storage.database import Database
from csn_desktop.ui.network.figure_table import KEY_ROLE
from csn_desktop.ui.network.network_window import NetworkWindow
from tests.conftest import TEST_ENGINE
from tests.imports.conftest import submission_bytes, write
from tests.ui.network.conftest import wait_loaded

FIRST = ["W06000015", "W06000011", "E08000025"]
LATER = ["W06000022", "W06000001", "W06000002", "S12000036"]


def _open(url: str) -> Database:
    return open_app_database(Path(url) if TEST_ENGINE != "postgresql" else url)


@pytest.fixture
def two(database_url: str) -> Iterator[tuple[Database, Database]]:
    """This computer's copy of the app and another staff member's, on one database."""
    mine, theirs = _open(database_url), _open(database_url)
    yield mine, theirs
    mine.close()
    theirs.close()


def _inbox(folder: Path, codes: list[str], seed: int) -> Path:
    folder.mkdir()
    questionnaire = questionnaire_library().latest()
    for n, code in enumerate(codes, start=seed):
        write(folder, f"{code}.xlsx", submission_bytes(questionnaire, gss_code=code, seed=n))
    return folder


def _as(user: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "current_actor", lambda: user)


def test_changes_since_counts_only_others_imports(
    tmp_path: Path, two: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, theirs = two
    library = questionnaire_library()
    mark = last_change(mine)
    assert changes_since(mine, mark, me="ffion").by_others == 0
    import_files(mine, library, [_inbox(tmp_path / "mine", FIRST, 1)])
    own = changes_since(mine, mark, me=audit.current_actor())
    assert (own.by_others, own.imported_by_others) == (0, 0) and own.mark > mark
    _as("Alex Jones", monkeypatch)
    import_files(theirs, library, [_inbox(tmp_path / "theirs", LATER, 10)])
    others = changes_since(mine, own.mark, me="ffion")
    assert others.imported_by_others == len(LATER)
    assert others.mark > own.mark
    assert changes_since(mine, others.mark, me="ffion").by_others == 0


def test_the_window_shows_others_imports_and_keeps_the_filters(
    qtbot: QtBot,
    tmp_path: Path,
    two: tuple[Database, Database],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine, theirs = two
    library = questionnaire_library()
    import_files(mine, library, [_inbox(tmp_path / "mine", FIRST, 1)])
    window = NetworkWindow(mine, library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_loaded(qtbot, window)
    assert window.changes.timer.isActive()  # polling while shown
    window.filter_bar.places["nation"].set_chosen(["Wales"])
    assert window.councils_model.rowCount() == 2
    chosen = window.councils.model().index(1, 0)
    window.councils.setCurrentIndex(chosen)
    key = chosen.data(KEY_ROLE)

    window.changes.poll()  # nothing new: no reload
    assert window.loader is None or not window.loader.is_running()

    _as("Alex Jones", monkeypatch)  # another member of staff, at another computer
    import_files(theirs, library, [_inbox(tmp_path / "theirs", LATER, 10)])
    with qtbot.wait_signal(window.loaded, timeout=30_000):
        window.changes.poll()
    assert window.statusBar().currentMessage() == ("New submissions imported by others: 4 — shown")
    assert window.filter_bar.places["nation"].chosen() == {"Wales"}
    assert window.councils_model.rowCount() == 5  # three more Welsh councils
    assert window.councils.currentIndex().data(KEY_ROLE) == key
    assert window.councils.selectionModel().isRowSelected(window.councils.currentIndex().row())

    window.hide()
    assert not window.changes.timer.isActive()
