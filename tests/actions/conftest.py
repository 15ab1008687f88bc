"""A database on the test run's PostgreSQL server, for the tests of programs working at once."""

from __future__ import annotations

import itertools

import pytest

from tests.postgres_server import SUPERUSER, PostgresServer, server_binaries

_numbers = itertools.count(1)


@pytest.fixture
def server_url(request: pytest.FixtureRequest) -> str:
    """A new database on the test run's PostgreSQL server, whatever engine the run uses.

    Skipped only where PostgreSQL's server programs are not installed.
    """
    if server_binaries() is None:
        pytest.skip("PostgreSQL's server programs (Debian package postgresql) are missing")
    server: PostgresServer = request.getfixturevalue("postgres_server")
    import psycopg

    name = f"csn_together_{next(_numbers)}"
    with psycopg.connect(
        f"host=127.0.0.1 port={server.port} user={SUPERUSER} dbname=postgres", autocommit=True
    ) as connection:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE csn_template')
    return server.url(name)
