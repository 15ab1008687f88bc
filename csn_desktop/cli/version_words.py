"""A version's state in words, as `list` and `versions` print it."""

from __future__ import annotations

from csn_desktop.i18n import _


def version_state(*, pending: bool, current: bool, withdrawn: bool, flagged: bool = False) -> str:
    """current, older or needs decision; then withdrawn and flagged when they apply."""
    if pending:
        state = _("needs decision")
    elif current:
        state = _("current")
    else:
        state = _("older")
    if withdrawn:
        state = _("{version}, withdrawn").format(version=state)
    if flagged:
        state = _("{version}, flagged").format(version=state)
    return state
