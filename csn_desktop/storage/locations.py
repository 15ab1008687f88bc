"""Where the database lives: --database, then CSN_DATABASE, then the user's data folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from csn_desktop.paths import user_data_dir

DATABASE_FILE_NAME = "csn-desktop.sqlite3"
DATABASE_ENV_VAR = "CSN_DATABASE"


def default_database_path() -> Path:
    return user_data_dir() / DATABASE_FILE_NAME


def resolve_database(cli_value: str | None, environ: Mapping[str, str] | None = None) -> str | Path:
    """The database to open: a path or SQLAlchemy URL, by order of precedence."""
    if cli_value is not None:
        return cli_value  # an empty value is refused when opened, never taken as the default
    env = os.environ if environ is None else environ
    from_env = env.get(DATABASE_ENV_VAR, "").strip()
    if from_env:
        return from_env
    return default_database_path()


def is_url(value: str) -> bool:
    """Whether a --database value is a SQLAlchemy URL rather than a file path."""
    scheme, sep, _ = value.partition("://")
    return bool(sep) and scheme.replace("+", "").replace("_", "").isalnum()
