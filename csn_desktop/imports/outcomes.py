"""What importing one file can come to, and the refusal that names where a file went wrong."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from csn_desktop.errors import UserError
from csn_desktop.i18n import _


class Outcome(StrEnum):
    """The result of one file; the first five change nothing or add a submission."""

    IMPORTED = "imported"
    FLAGGED = "flagged"  # imported, but its answers do not match the checksum written at export
    SUPERSEDED = "superseded"  # imported, replacing an older export of the same submission
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    SKIPPED = "skipped"  # not a submission at all (an Excel lock file, a text file in a folder)
    CANCELLED = "cancelled"  # not looked at: the user stopped the import first


# Outcomes after which the file's submission is in the database as the current version.
STORED = frozenset({Outcome.IMPORTED, Outcome.FLAGGED, Outcome.SUPERSEDED})


# AutoCorrect turns typed quotes into these (and „ ‟ in some languages): inside “…” they
# would merge with the quoting, and nobody could see them.
_CURLY_QUOTES = frozenset("“”„‟")
# A cell may hold 32,767 characters: a message quotes only its start.
_QUOTED_LENGTH = 60


def quoted(value: object) -> str:
    """A value from a file as an import message quotes it, its own quotes still visible.

    “…” normally; […] when the value holds curly double quotes, which “…” would hide.
    Long values are cut to their start.
    """
    text = str(value)
    if len(text) > _QUOTED_LENGTH:
        text = text[:_QUOTED_LENGTH] + "…"
    if _CURLY_QUOTES.isdisjoint(text):
        return _("“{value}”").format(value=text)
    return _("[{value}]").format(value=text)


@dataclass(frozen=True, slots=True)
class Place:
    """Where in a workbook something is: a sheet and optionally a row and a cell."""

    sheet: str
    row: int | None = None
    cell: str | None = None

    def __str__(self) -> str:
        if self.cell:
            return _("sheet {sheet}, row {row}, cell {cell}").format(
                sheet=quoted(self.sheet), row=self.row, cell=self.cell
            )
        if self.row:
            return _("sheet {sheet}, row {row}").format(sheet=quoted(self.sheet), row=self.row)
        return _("sheet {sheet}").format(sheet=quoted(self.sheet))


class SubmissionRejected(UserError):
    """A file that cannot be imported; the message says why, and where when there is a place."""

    def __init__(self, reason: str, place: Place | None = None) -> None:
        self.reason = reason
        self.place = place
        super().__init__(f"{place}: {reason}" if place else reason)


@dataclass(frozen=True, slots=True)
class FileResult:
    """One line of the import report."""

    path: Path
    outcome: Outcome
    message: str
    submission_uuid: str | None = None
    council: str | None = None
    assessment_id: int | None = None
    place: Place | None = None
    sha256: str | None = None

    @property
    def stored(self) -> bool:
        return self.outcome in STORED
