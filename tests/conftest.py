"""Shared test set-up: Qt offscreen, and a fresh database with the bundled councils."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from csn_desktop.actions.setup import open_app_database, questionnaire_library
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.storage.database import Database


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
