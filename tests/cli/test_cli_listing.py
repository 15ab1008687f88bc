"""`csn-desktop list`: the quick read and the normal path print the same text."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from csn_desktop.cli import listing
from csn_desktop.cli.quick_list import plain_list_arguments, try_quick_list
from csn_desktop.i18n import format_number, format_percent
from csn_desktop.main import main
from tests.command_line import cli
from tests.quick_databases import WELSH_COUNCIL, make_database


def normal_output(path: str, origin: str | None) -> str:
    arguments = argparse.Namespace(database=path, origin=origin)
    with contextlib.redirect_stdout(io.StringIO()) as out:
        assert listing.run(arguments) == 0
    return out.getvalue()


def quick_output(argv: list[str]) -> str | None:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        code = try_quick_list(argv)
    if code is None:
        assert out.getvalue() == ""  # nothing printed before falling back
        return None
    assert code == 0
    return out.getvalue()


@pytest.mark.parametrize("origin", [None, "local", "imported"])
def test_quick_and_normal_paths_print_the_same(tmp_path: Path, origin: str | None) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    words = ["--database", str(path), "list"] + (["--origin", origin] if origin else [])
    quick = quick_output(words)
    assert quick is not None
    assert quick == normal_output(str(path), origin)
    if origin != "imported":
        assert WELSH_COUNCIL in quick
    if origin != "local":
        # Every version state, and a count above a thousand.
        for words_ in ("older", "current", "current, withdrawn", "needs decision", "1,234/2,000"):
            assert words_ in quick


def test_the_process_prints_the_same_on_both_paths(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path, remember=False)
    first = cli("--database", str(path), "list")  # the normal path; it records the definitions
    assert quick_output(["--database", str(path), "list"]) is not None
    second = cli("--database", str(path), "list")  # now the quick one
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    # A URL always takes the normal path, with the same text.
    assert quick_output(["--database", f"sqlite:///{path}", "list"]) is None
    assert cli("--database", f"sqlite:///{path}", "list").stdout == first.stdout


def test_the_quick_path_imports_only_what_it_reads_and_prints_with(tmp_path: Path) -> None:
    """A `list` process spends most of its time importing: these would each cost it."""
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    probe = (
        "import sys\n"
        "from csn_desktop.main import main\n"
        f"code = main(['--database', {str(path)!r}, 'list'])\n"
        "heavy = {'sqlalchemy', 'typing', 'gettext', 'platformdirs', 'babel', 'argparse', 'yaml'}\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in heavy), file=sys.stderr)"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**environment, "LANG": "en_GB.UTF-8"},
    )
    assert WELSH_COUNCIL in done.stdout
    assert done.stderr.strip() == "0 []"


def test_an_older_revision_takes_the_normal_path(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    assert quick_output(["--database", str(path), "list"]) is None
    result = cli("--database", str(path), "list")
    assert result.returncode == 1  # as before: the normal path names the problem
    assert "0099" in result.stderr and "Traceback" not in result.stderr


def test_a_locked_database_takes_the_normal_path(tmp_path: Path) -> None:
    path = tmp_path / "csn.sqlite3"
    make_database(path)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE app_state SET value = value")
        assert quick_output(["--database", str(path), "list"]) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_not_a_database_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "not.sqlite3"
    path.write_bytes(b"this is not SQLite" * 100)
    assert quick_output(["--database", str(path), "list"]) is None
    result = cli("--database", str(path), "list")
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_an_empty_database_gives_the_hint(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    first = cli("--database", str(path), "list")
    second = cli("--database", str(path), "list")
    assert first.stdout == second.stdout
    assert "csn-desktop demo --councils 5" in second.stdout


@pytest.mark.parametrize(
    ("words", "parsed"),
    [
        (["list"], (None, None)),
        (["--database", "a b.sqlite3", "list"], ("a b.sqlite3", None)),
        (["--database=x", "list", "--origin=local"], ("x", "local")),
        (["list", "--origin", "imported"], (None, "imported")),
        (["list", "--origin", "elsewhere"], None),
        (["list", "--help"], None),
        (["--data", "x", "list"], None),  # argparse's abbreviations are argparse's
        (["--database", "x", "--database", "y", "list"], None),
        (["--database", "--exit-after-start", "list"], None),
        (["list", "--database", "x"], None),
        (["demo", "--councils", "2"], None),
    ],
)
def test_only_plain_forms_take_the_quick_path(
    words: list[str], parsed: tuple[str | None, str | None] | None
) -> None:
    assert plain_list_arguments(words) == parsed


def test_source_language_numbers_are_babels() -> None:
    words = listing._ProgressWords()
    assert words.plain
    for answered, required in [(0, 0), (7, 9), (999, 1000), (1234, 2000), (2, 3), (123456, 123457)]:
        percent = 100 if required == 0 else 100 * answered // required
        numbers = f"{format_number(answered)}/{format_number(required)}"
        expected = f"{numbers} ({format_percent(percent / 100)})"
        assert words(answered, required) == expected
    for percent in range(101):
        assert f"{percent:,}%" == format_percent(percent / 100)


def test_version_is_printed_without_the_grammar(capsys: pytest.CaptureFixture[str]) -> None:
    from csn_desktop import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"csn-desktop {__version__}\n"
    with pytest.raises(SystemExit):
        main(["--version", "list"])  # argparse's own version action, same text
    assert capsys.readouterr().out == f"csn-desktop {__version__}\n"
