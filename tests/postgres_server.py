"""A real PostgreSQL server for the tests: Debian's postgresql, started in a temporary folder."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Debian installs the server programs outside PATH, one folder per major version.
_DEBIAN_BINARIES = Path("/usr/lib/postgresql")
# The server refuses to run as root: as root, it runs as Debian's "postgres" user.
_SERVER_USER = "postgres"
SUPERUSER = "csn_test"


@dataclass(frozen=True)
class PostgresServer:
    """A running server, reached over TCP on localhost; trust authentication, test use only."""

    folder: Path
    port: int
    binaries: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        _run_as_server_user(
            [str(self.binaries / "pg_ctl"), "stop", "-D", str(self.folder / "data"), "-m", "fast"],
            self.folder,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def server_binaries() -> Path | None:
    """The folder of initdb and pg_ctl (newest version installed), or None without PostgreSQL."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        (p for p in _DEBIAN_BINARIES.glob("*/bin") if (p / "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    return versions[-1] if versions else None


def start_server() -> PostgresServer:
    """initdb a new cluster in a temporary folder and start it on a free port."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL's server programs (Debian package postgresql) are missing")
    folder = Path(tempfile.mkdtemp(prefix="csn-postgres-"))
    if os.geteuid() == 0:
        shutil.chown(folder, _SERVER_USER)
    data = folder / "data"
    _run_as_server_user(
        [
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        folder,
    )
    port = _free_port()
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
        # Throwaway data: durability buys nothing and costs seconds per test run.
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    _run_as_server_user(
        [
            str(binaries / "pg_ctl"),
            "start",
            "-D",
            str(data),
            "-w",
            "-l",
            str(folder / "server.log"),
            "-o",
            options,
        ],
        folder,
    )
    return PostgresServer(folder, port, binaries)


def _run_as_server_user(command: list[str], folder: Path) -> None:
    if os.geteuid() == 0:
        command = ["runuser", "-u", _SERVER_USER, "--", *command]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {result.stdout}{result.stderr}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
