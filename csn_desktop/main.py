"""Entry point: the window when no command is given, otherwise the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Not typing's: importing typing costs `csn-desktop list` a few milliseconds.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse


def main(argv: Sequence[str] | None = None) -> int:
    """Run csn-desktop with ``argv`` (default: the process arguments) and return its exit code."""
    words = sys.argv[1:] if argv is None else list(argv)
    if words == ["--version"]:  # as argparse's version action prints it, without its import
        from csn_desktop import __version__

        sys.stdout.write(f"csn-desktop {__version__}\n")
        return 0
    # Before the grammar and the translations are imported: `list` is often run in scripts.
    from csn_desktop.cli.quick_list import try_quick_list

    quick = try_quick_list(words)
    if quick is not None:
        return quick
    from csn_desktop import i18n

    # The command line speaks the environment's language; the window may choose another.
    i18n.set_language(i18n.system_language())
    arguments = plain_window_arguments(words)
    if arguments is None:
        from csn_desktop.cli.parser import build_parser

        arguments = build_parser().parse_args(words)
    if arguments.self_test:
        from csn_desktop.cli.self_test import run_self_test_command

        return run_self_test_command()
    if arguments.command is None:
        # Imported here so the command line never loads Qt.
        from csn_desktop.ui.application import run_window

        return run_window(arguments)
    from csn_desktop.cli.commands import run_command

    return run_command(arguments)


def plain_window_arguments(words: list[str]) -> argparse.Namespace | None:
    """The parsed arguments when ``words`` only open the window (``--database X``,
    ``--exit-after-start``, each at most once, in any order); None for anything else, which the
    full grammar then reads. Building that grammar imports every command's module: a start-up
    cost the window need not pay."""
    import argparse

    database: str | None = None
    exit_after_start = False
    rest = list(words)
    while rest:
        word = rest.pop(0)
        if word == "--exit-after-start" and not exit_after_start:
            exit_after_start = True
        elif word.startswith("--database=") and database is None:
            database = word.removeprefix("--database=")
        elif word == "--database" and database is None and rest and not rest[0].startswith("-"):
            database = rest.pop(0)
        else:
            return None
    return argparse.Namespace(
        database=database, exit_after_start=exit_after_start, self_test=False, command=None
    )


if __name__ == "__main__":
    sys.exit(main())
