"""``csn-desktop list`` without SQLAlchemy or the questionnaires, when the database allows it.

A whole `list` process would otherwise spend most of its time importing (SQLAlchemy, the YAML
definitions, argparse's full grammar, Babel). Here the plain forms of the command are recognised
before anything heavy is imported, and the stored summaries are read from the SQLite file
directly; whenever that is not possible or not safe (another form of the command, a URL, no file,
another schema revision, other definitions, a locked or foreign file) the normal path runs, and
it reports problems as always. Both paths print through listing.write_listing.
"""

from __future__ import annotations

from collections.abc import Sequence

from csn_desktop.storage.quick_list import ORIGINS

_DATABASE = "--database"  # not translated: an option
_ORIGIN = "--origin"  # not translated: an option
_LIST = "list"  # not translated: a command


def try_quick_list(argv: Sequence[str]) -> int | None:
    """Run `list` the quick way and return its exit code; None when the normal path must run
    (nothing has been printed then)."""
    parsed = plain_list_arguments(argv)
    if parsed is None:
        return None
    database, origin = parsed
    from csn_desktop.storage.locations import is_url, resolve_database
    from csn_desktop.storage.quick_list import read_list
    from csn_desktop.storage.quick_read import bundled_digest, local_file_at

    location = resolve_database(database)
    path = local_file_at(location, url=isinstance(location, str) and is_url(location))
    try:
        rows = None if path is None else read_list(path, origin, bundled_digest())
    except OSError:  # the bundled files unreadable: the normal path says so
        return None
    if rows is None or any(row[6] is None or row[7] is None for row in rows):
        return None  # a summary never computed: only the questionnaires can tell
    from csn_desktop import i18n
    from csn_desktop.cli.listing import write_listing

    i18n.set_language(i18n.system_language())  # as main() does for every command
    write_listing(rows)  # type: ignore[arg-type]  # the columns of storage.quick_list
    return 0


def plain_list_arguments(argv: Sequence[str]) -> tuple[str | None, str | None] | None:
    """(database, origin) when ``argv`` is `[--database X] list [--origin O]` in a plain form
    (each option at most once, as ``--opt value`` or ``--opt=value``); None for anything else,
    which argparse then reads (abbreviations, help, errors and all)."""
    words = list(argv)
    plain, database = _take_option(words, _DATABASE, before=_LIST)
    if not plain or not words or words[0] != _LIST:
        return None
    del words[0]
    plain, origin = _take_option(words, _ORIGIN, before=None)
    if not plain or words or (origin is not None and origin not in ORIGINS):
        return None
    return database, origin


def _take_option(words: list[str], name: str, *, before: str | None) -> tuple[bool, str | None]:
    """Remove ``name`` and its value from the front of ``words``: (whether the words are in a
    plain form, the value or None when absent)."""
    if not words or words[0] == before:
        return True, None
    first = words.pop(0)
    if first.startswith(name + "="):
        value = first[len(name) + 1 :]
    elif first == name and words:
        value = words.pop(0)
    else:
        return False, None
    return (False, None) if value.startswith("-") else (True, value)
