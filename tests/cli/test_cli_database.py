"""`csn-desktop database init|upgrade|check` on both engines; passwords never shown or logged."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from csn_desktop.storage import migrating
from csn_desktop.storage.models import Organisation
from tests.command_line import ENV, cli
from tests.conftest import TEST_ENGINE
from tests.postgres_server import SUPERUSER

OLDER = migrating.KNOWN_REVISIONS[-2]


def revision_of(url: str) -> str | None:
    engine = create_engine(url if "://" in url else f"sqlite:///{url}", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return migrating.stored_revision(connection)
    finally:
        engine.dispose()


def council_count(url: str) -> int:
    engine = create_engine(url if "://" in url else f"sqlite:///{url}", poolclass=NullPool)
    try:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(Organisation)) or 0
    finally:
        engine.dispose()


def make_older(url: str) -> None:
    """A database whose schema stops one revision short of this version's."""
    from alembic import command

    engine = create_engine(url if "://" in url else f"sqlite:///{url}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            command.upgrade(migrating.alembic_config(connection), OLDER)
    finally:
        engine.dispose()


def test_init_creates_the_tables_and_councils_once(empty_database_url: str) -> None:
    check = cli("--database", empty_database_url, "database", "check")
    if TEST_ENGINE == "postgresql":  # an empty server database: nothing to count yet
        assert check.returncode == 1, check.stderr
        assert "database init" in check.stdout
    first = cli("--database", empty_database_url, "database", "init")
    assert first.returncode == 0, first.stderr
    assert "Created the tables" in first.stdout
    assert revision_of(empty_database_url) == migrating.HEAD_REVISION
    councils = council_count(empty_database_url)
    assert councils > 300
    again = cli("--database", empty_database_url, "database", "init")
    assert again.returncode == 0, again.stderr
    assert f"already has its tables (schema {migrating.HEAD_REVISION})" in again.stdout
    assert council_count(empty_database_url) == councils
    check = cli("--database", empty_database_url, "database", "check")
    assert check.returncode == 0, check.stderr
    assert f"Schema: {migrating.HEAD_REVISION} (up to date" in check.stdout
    assert f"councils and organisations: {councils}" in check.stdout
    assert ("PostgreSQL 1" if TEST_ENGINE == "postgresql" else "SQLite 3.") in check.stdout


def test_upgrade_migrates_an_older_schema(empty_database_url: str) -> None:
    make_older(empty_database_url)
    check = cli("--database", empty_database_url, "database", "check")
    assert check.returncode == 1
    assert f"Schema: {OLDER} (older" in check.stdout
    if TEST_ENGINE == "postgresql":
        # Nothing happens on a server until the administrator says it is backed up.
        refused = cli("--database", empty_database_url, "database", "upgrade")
        assert refused.returncode == 1
        assert "pg_dump -Fc" in refused.stdout
        assert revision_of(empty_database_url) == OLDER
    done = cli("--database", empty_database_url, "database", "upgrade", "--backed-up")
    assert done.returncode == 0, done.stderr
    assert f"from schema {OLDER} to {migrating.HEAD_REVISION}" in done.stdout
    assert revision_of(empty_database_url) == migrating.HEAD_REVISION
    assert council_count(empty_database_url) > 300
    if TEST_ENGINE != "postgresql":  # a SQLite file keeps its copy from before
        backups = list(Path(empty_database_url).parent.glob("*.backup-*.sqlite3"))
        assert len(backups) == 1
        assert str(backups[0]) in done.stdout
    nothing = cli("--database", empty_database_url, "database", "upgrade")
    assert nothing.returncode == 0
    assert "up to date: nothing to do" in nothing.stdout


def test_upgrade_of_an_empty_database_points_at_init(empty_database_url: str) -> None:
    if TEST_ENGINE != "postgresql":
        Path(empty_database_url).touch()  # an empty file: a SQLite database without tables
    result = cli("--database", empty_database_url, "database", "upgrade", "--backed-up")
    assert result.returncode == 1
    assert "database init" in result.stderr
    assert revision_of(empty_database_url) is None


@pytest.mark.postgresql_only(reason="a server schema the app must not upgrade by itself")
def test_the_app_refuses_an_older_server_schema(empty_database_url: str) -> None:
    make_older(empty_database_url)
    result = cli("--database", empty_database_url, "list")
    assert result.returncode == 1
    assert "Ask the administrator" in result.stderr
    assert "csn-desktop database upgrade" in result.stderr
    assert "Traceback" not in result.stderr
    assert revision_of(empty_database_url) == OLDER


def with_password(url: str, password: str) -> str:
    scheme, _, rest = url.partition("://")
    user, _, place = rest.partition("@")
    return f"{scheme}://{user}:{password}@{place}"


def run_logged(tmp_path: Path, *arguments: str) -> tuple[subprocess.CompletedProcess[str], str]:
    """The command's result and everything it wrote to its log file."""
    state = tmp_path / "state"
    result = subprocess.run(
        [sys.executable, "-m", "csn_desktop", *arguments],
        env={**ENV, "XDG_STATE_HOME": str(state), "CSN_DATABASE": ""},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    logs = "".join(p.read_text(encoding="utf-8") for p in state.rglob("*.log*") if p.is_file())
    return result, logs


SECRET = "Cyfrinair-s3cret"  # not a real password: the test server trusts every login


def test_a_password_in_a_url_is_never_shown_or_logged(tmp_path: Path) -> None:
    urls = [
        # No server listens on port 1; a port that is not a number; a scheme csn-desktop refuses.
        f"postgresql+psycopg://staff:{SECRET}@127.0.0.1:1/csn",
        f"postgresql+psycopg://staff:{SECRET}@127.0.0.1:port/csn",
        f"mysql://staff:{SECRET}@127.0.0.1/csn",
    ]
    for url in urls:
        for command in (["list"], ["database", "check"], ["demo", "--councils", "1"]):
            result, logs = run_logged(tmp_path, "--database", url, *command)
            assert result.returncode == 1, (url, command, result.stderr)
            assert result.stderr.startswith("csn-desktop: "), result.stderr
            assert "Traceback" not in result.stderr
            assert SECRET not in result.stdout + result.stderr + logs
    result, _ = run_logged(tmp_path, "--database", urls[0], "list")
    if importlib.util.find_spec("psycopg") is None:  # the lowest versions' pass has no driver
        assert 'pip install "csn-desktop[postgres]"' in result.stderr
    else:
        assert "127.0.0.1:1 could not be reached" in result.stderr


@pytest.mark.postgresql_only(reason="a successful connection to the test server")
def test_a_password_is_hidden_when_connected(database_url: str, tmp_path: Path) -> None:
    url = with_password(database_url, SECRET)
    for command in (["database", "check"], ["demo", "--councils", "2"], ["list"]):
        result, logs = run_logged(tmp_path, "--database", url, *command)
        assert result.returncode == 0, result.stderr
        assert SECRET not in result.stdout + result.stderr + logs
    result, _ = run_logged(tmp_path, "--database", url, "database", "check")
    assert ":***@127.0.0.1" in result.stdout
    assert "assessments: 2" in result.stdout


def test_without_the_driver_the_message_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from csn_desktop.storage.database import open_database
    from csn_desktop.storage.errors import DriverMissing

    # As if psycopg were not installed: importing it fails as it would then.
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(DriverMissing) as raised:
        open_database("postgresql+psycopg://staff@127.0.0.1:1/csn")
    assert 'pip install "csn-desktop[postgres]"' in str(raised.value)


@pytest.mark.postgresql_only(reason="needs the test server to refuse a login")
def test_the_server_refusing_a_login_is_said_plainly(database_url: str) -> None:
    place = database_url.partition("@")[2]
    result = cli("--database", f"postgresql+psycopg://nobody@{place}", "list")
    assert result.returncode == 1
    assert "refused the connection" in result.stderr
    assert "“nobody”" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.postgresql_only(reason="a role of the test server without the right to make tables")
def test_a_staff_role_creating_tables_is_told_to_ask_the_administrator(
    empty_database_url: str,
) -> None:
    import psycopg

    server, _, name = empty_database_url.partition("@")[2].partition("/")
    host, _, port = server.partition(":")
    role = f"staff_of_{name}"
    with psycopg.connect(
        host=host, port=int(port), user=SUPERUSER, dbname=name, autocommit=True
    ) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN")
        connection.execute(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {role}")
    result = cli("--database", f"postgresql+psycopg://{role}@{server}/{name}", "database", "init")
    assert result.returncode == 1, result.stderr
    assert f"“{role}” may not change the database's tables" in result.stderr
    assert revision_of(empty_database_url) is None
