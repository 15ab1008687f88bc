"""Test-wide settings and fixtures: Qt offscreen, private folders, a fresh database."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep every test away from the user's real folders (database, cache, settings, logs).
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="csn-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_PRIVATE_HOME / _name.lower())
os.environ.pop("CSN_DATABASE", None)

from csn_desktop.actions.setup import open_app_database, questionnaire_library  # noqa: E402
from csn_desktop.definition.library import QuestionnaireLibrary  # noqa: E402
from csn_desktop.domain.questionnaire import Questionnaire  # noqa: E402
from csn_desktop.storage.database import Database  # noqa: E402


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "csn.sqlite3"


@pytest.fixture
def app_database(database_path: Path) -> Iterator[Database]:
    """A new database in a temporary folder, with the bundled councils loaded."""
    database = open_app_database(database_path)
    yield database
    database.close()


@pytest.fixture
def library() -> QuestionnaireLibrary:
    return questionnaire_library()


@pytest.fixture
def questionnaire(library: QuestionnaireLibrary) -> Questionnaire:
    return library.latest()
