"""Test-wide settings and fixtures: Qt offscreen, private folders, a fresh database."""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep every test away from the user's real folders (database, cache, settings, logs).
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="csn-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_PRIVATE_HOME / _name.lower())
os.environ.pop("CSN_DATABASE", None)
# The engine the database fixtures give: "sqlite" (the default) or "postgresql", a real server the
# test set-up starts (tests/postgres_server.py). CI runs the database-facing tests on both.
TEST_ENGINE = os.environ.get("CSN_TEST_DATABASE", "sqlite")
_TEMPLATE = "csn_template"
_BARE_TEMPLATE = "csn_bare_template"  # the schema without the councils
_numbers = itertools.count(1)
# new_database("name"): another new database, a SQLite file or one on the test server.
NewDatabase = Callable[[str], str]

from csn_desktop.actions.setup import open_app_database, questionnaire_library  # noqa: E402
from csn_desktop.definition.library import QuestionnaireLibrary  # noqa: E402
from csn_desktop.domain.questionnaire import Questionnaire  # noqa: E402
from csn_desktop.storage.database import Database, open_database  # noqa: E402
from tests.postgres_server import SUPERUSER, PostgresServer, start_server  # noqa: E402


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip the tests marked for the other engine, giving the marker's reason."""
    for name, wanted in (("sqlite_only", "sqlite"), ("postgresql_only", "postgresql")):
        marker = item.get_closest_marker(name)
        if marker is not None and wanted != TEST_ENGINE:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else name)
            pytest.skip(f"{name}: {reason}")


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "csn.sqlite3"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of the test run's own, started on first use, stopped at the end.

    Tests that use it are skipped without the driver (the lowest versions' pass installs none).
    """
    pytest.importorskip("psycopg", reason="the PostgreSQL driver (extra postgres) is missing")
    server = start_server()
    try:
        _create_database(server, _BARE_TEMPLATE)
        open_database(server.url(_BARE_TEMPLATE)).close()
        # The schema and the councils once: every test's database is a copy of this one.
        _create_database(server, _TEMPLATE, _BARE_TEMPLATE)
        open_app_database(server.url(_TEMPLATE)).close()
        yield server
    finally:
        server.stop()


def _create_database(server: PostgresServer, name: str, template: str = "template1") -> None:
    import psycopg

    with psycopg.connect(
        f"host=127.0.0.1 port={server.port} user={SUPERUSER} dbname=postgres", autocommit=True
    ) as connection:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def _copy_on_server(
    request: pytest.FixtureRequest, prefix: str, template: str = "template1"
) -> str:
    """The URL of a new database on the test server, a copy of ``template``."""
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"csn_{prefix}_{next(_numbers)}"
    _create_database(server, name, template)
    return server.url(name)


@pytest.fixture
def database_url(request: pytest.FixtureRequest, database_path: Path) -> str:
    """Where a test's new database is: a SQLite file, or a new database on the test server."""
    if TEST_ENGINE != "postgresql":
        return str(database_path)
    return _copy_on_server(request, "test", _TEMPLATE)


@pytest.fixture
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> NewDatabase:
    """Makes more databases like database_url's: ``new_database("office")`` gives a new one."""

    def make(name: str) -> str:
        if TEST_ENGINE != "postgresql":
            return str(tmp_path / f"{name}.sqlite3")
        return _copy_on_server(request, name.replace("-", "_"), _TEMPLATE)

    return make


@pytest.fixture
def bare_database_url(request: pytest.FixtureRequest, database_path: Path) -> str:
    """Where a test's database with the tables but no councils is (a new file, or a copy)."""
    if TEST_ENGINE != "postgresql":
        return str(database_path)
    return _copy_on_server(request, "bare", _BARE_TEMPLATE)


@pytest.fixture
def empty_database_url(request: pytest.FixtureRequest, database_path: Path) -> str:
    """Where a test's database without any table is: a new SQLite file, or an empty database."""
    if TEST_ENGINE != "postgresql":
        return str(database_path)
    return _copy_on_server(request, "empty")


@pytest.fixture
def app_database(database_url: str) -> Iterator[Database]:
    """A new database (SQLite in a temporary folder, or PostgreSQL), with the councils loaded."""
    database = open_app_database(
        Path(database_url) if TEST_ENGINE != "postgresql" else database_url
    )
    yield database
    database.close()


@pytest.fixture
def library() -> QuestionnaireLibrary:
    return questionnaire_library()


@pytest.fixture
def questionnaire(library: QuestionnaireLibrary) -> Questionnaire:
    return library.latest()
