"""Progress reporting, cancellation and the errors an export can end with."""

from __future__ import annotations

from collections.abc import Callable

from csn_desktop.errors import UserError
from csn_desktop.i18n import _

# Called with (steps done, steps in all); may be called from a worker thread.
ProgressCallback = Callable[[int, int], None]
# Returns True once the user has asked to stop; checked between steps.
CancelCheck = Callable[[], bool]


class ExportCancelled(UserError):
    """The user stopped the export; the file that was there before is unchanged."""

    def __init__(self) -> None:
        super().__init__(_("The export was cancelled; no file was changed."))


class ExportRefused(UserError):
    """Something in the assessment cannot be written faithfully, so nothing is written."""


class Steps:
    """Counts steps, reports them to an optional callback and stops when cancelled."""

    def __init__(
        self, total: int, progress: ProgressCallback | None, cancelled: CancelCheck | None
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        """Raise ExportCancelled if the user has asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled

    def advance(self, count: int = 1) -> None:
        """Count steps as done (never past the total), report them, then check for cancellation."""
        self.done = min(self.done + count, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.check()

    def finish(self) -> None:
        self.done = self.total - 1
        self.advance()
