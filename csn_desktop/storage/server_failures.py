"""A database server that cannot be reached or refuses the login, in plain words."""

from __future__ import annotations

from sqlalchemy.engine import URL

from csn_desktop.i18n import _
from csn_desktop.storage.errors import StorageError

# What libpq says when the server answered but would not let this user in (never shown).
_REFUSED_TEXTS = (
    "authentication failed",  # not translated: libpq message, matched only
    "no password supplied",  # not translated: libpq message, matched only
    "pg_hba.conf",
    "does not exist",  # not translated: libpq message, matched only
    "permission denied",  # not translated: libpq message, matched only
)
_DEFAULT_PORT = 5432
_INSUFFICIENT_PRIVILEGE = "42501"  # not translated: PostgreSQL's SQLSTATE


class ServerUnavailable(StorageError):
    """The database server could not be reached, or refused the connection."""


def connection_failure(error: BaseException, url: URL) -> ServerUnavailable | None:
    """The failure to connect to a server database as a plain error, or None if it is not one.

    The driver's OperationalError (raised while connecting) and a refused privilege (a staff
    role creating tables) count; the message names the host, port, database and user (never
    the password) and what to check.
    """
    original = getattr(error, "orig", error)
    if not _from_driver(original):
        return None
    if getattr(original, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:
        return ServerUnavailable(
            _(
                "The database user “{user}” may not change the database's tables. Creating or "
                "upgrading them is the administrator's step: run “csn-desktop database init” or "
                "“csn-desktop database upgrade” as the database's owner; nothing has been changed."
            ).format(user=url.username or "")
        )
    if type(original).__name__ != "OperationalError":
        return None
    reason = str(original).lower()
    host = url.host or "localhost"  # not translated: libpq's default host
    port = url.port or _DEFAULT_PORT
    if any(words in reason for words in _REFUSED_TEXTS):
        return ServerUnavailable(
            _(
                "The database server at {host}:{port} refused the connection to database "
                "“{database}” as user “{user}”. Check the database and user names, the password "
                "(PGPASSWORD or the file ~/.pgpass) and that the server lets this computer in "
                "(pg_hba.conf); nothing has been changed."
            ).format(host=host, port=port, database=url.database or "", user=url.username or "")
        )
    return ServerUnavailable(
        _(
            "The database server at {host}:{port} could not be reached. Check that the server "
            "is running, the host name and port, and that the network or a firewall lets this "
            "computer connect; nothing has been changed."
        ).format(host=host, port=port)
    )


def _from_driver(error: BaseException) -> bool:
    return type(error).__module__.partition(".")[0] in ("psycopg", "psycopg2")
