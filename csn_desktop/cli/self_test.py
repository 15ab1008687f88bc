"""``csn-desktop --self-test``: prints each check of the self-test; exits 0 when all pass."""

from __future__ import annotations

import sys

from csn_desktop.actions.self_test import run_self_test
from csn_desktop.i18n import _


def run_self_test_command() -> int:
    def report(line: str) -> None:
        print(_("ok: {check}").format(check=line), flush=True)

    try:
        run_self_test(report)
    except Exception as error:  # the self-test exists to say what failed, whatever it was
        print(_("FAILED: {error}").format(error=error), file=sys.stderr)
        return 1
    return 0
