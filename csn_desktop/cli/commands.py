"""Runs one command-line command; errors reach stderr in plain words, never as a traceback."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from csn_desktop.definition.problems import DefinitionError
from csn_desktop.errors import UserError
from csn_desktop.i18n import _
from csn_desktop.logfile import configure_logging
from csn_desktop.storage.errors import StorageError

log = logging.getLogger(__name__)

EXIT_PROBLEM = 1
EXIT_INTERNAL = 70

Handler = Callable[[argparse.Namespace], int]


def _handlers() -> dict[str, Handler]:
    import csn_desktop.cli.benchmark as benchmark
    import csn_desktop.cli.database as database
    import csn_desktop.cli.demo as demo
    import csn_desktop.cli.export as export
    import csn_desktop.cli.importing as importing
    import csn_desktop.cli.keeping as keeping
    import csn_desktop.cli.listing as listing
    import csn_desktop.cli.questionnaire as questionnaire
    import csn_desktop.cli.reporting as reporting
    import csn_desktop.cli.versions as versions

    return {
        "questionnaire": questionnaire.run,
        "list": lambda a: keeping.run_aside(a) if a.bin or a.archived else listing.run(a),
        "demo": demo.run,
        "import": importing.run,
        "report": reporting.run,
        "export": export.run,
        "versions": versions.run,
        "benchmark": benchmark.run,
        "database": database.run,
        **dict.fromkeys(("new", "delete", "restore", "archive", "unarchive"), keeping.run),
    }


def run_command(arguments: argparse.Namespace) -> int:
    """Run the command named in ``arguments`` and return the process exit code."""
    # Before anything can log: records go to the log file only, never to the console.
    log_path = configure_logging()
    try:
        return _handlers()[arguments.command](arguments)
    except (UserError, StorageError, DefinitionError) as error:
        print(f"csn-desktop: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as error:
        from csn_desktop.storage.errors import DiskFull
        from csn_desktop.storage.failures import plain_storage_error

        plain = plain_storage_error(error)
        if isinstance(plain, DiskFull):  # other OS errors name their file below
            log.warning("command %s failed: %r", arguments.command, error)
            print(f"csn-desktop: {plain}", file=sys.stderr)
            return EXIT_PROBLEM
        where = f" ({error.filename})" if error.filename else ""
        print(f"csn-desktop: {error.strerror or error}{where}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print(_("csn-desktop: stopped."), file=sys.stderr)
        return 130
    except Exception as error:  # the last resort: say so plainly, keep the details in the log
        from csn_desktop.storage.failures import plain_storage_error

        plain = plain_storage_error(error)
        if plain is not None:  # a database failure (full disk, read-only folder, busy)
            log.warning("command %s failed", arguments.command, exc_info=error)
            print(f"csn-desktop: {plain}", file=sys.stderr)
            return EXIT_PROBLEM
        log.exception("unexpected error in command %s", arguments.command)
        if log_path:
            message = _("csn-desktop: unexpected error: {error}. Details are in {log}.").format(
                error=repr(error), log=log_path
            )
        else:
            message = _("csn-desktop: unexpected error: {error}.").format(error=repr(error))
        print(message, file=sys.stderr)
        return EXIT_INTERNAL
