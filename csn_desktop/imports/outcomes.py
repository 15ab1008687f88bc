"""What importing one file can come to, and the refusal that names where a file went wrong."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from csn_desktop.errors import UserError
from csn_desktop.i18n import _


class Outcome(StrEnum):
    """The result of one file (docs/csn-submission.md, "Import")."""

    NEW = "new"  # the first version of this council's assessment for the period: current
    DUPLICATE = "duplicate"  # the same file, or the same answers as a stored version: nothing added
    REVISION = "revision"  # different answers, newer than the current version: now current
    OLDER = "older"  # different answers, older than the current version: kept, not current
    DECIDE = "needs_decision"  # kept, not current: no trustworthy order, staff choose
    REJECTED = "rejected"
    SKIPPED = "skipped"  # not a submission at all (an Excel lock file, a text file in a folder)
    CANCELLED = "cancelled"  # not looked at: the user stopped the import first


# Outcomes after which the file is in the database as a version of its assessment.
STORED = frozenset({Outcome.NEW, Outcome.REVISION, Outcome.OLDER, Outcome.DECIDE})
# Outcomes after which that version is the current one, counted in the network's figures.
CURRENT = frozenset({Outcome.NEW, Outcome.REVISION})


class NoteReason(StrEnum):
    """Why an answer read from a file is named in the import's result."""

    HIDDEN = "hidden"  # kept, but not counted: a condition hides its question
    INVALID = "invalid"  # kept in a draft, but not counted: it fails the question's checks
    EDITED = "edited"  # a format-1 file's readable cell differs from its Answers sheet: it won


@dataclass(frozen=True, slots=True)
class AnswerNote:
    """Answers of a file the result names: kept but not counted, or changed after export.

    ``message`` is a whole translated sentence; one note may cover several answers (all the
    gap answers hidden by one condition), ``answers`` says how many.
    """

    reason: NoteReason
    message: str
    question_id: str
    item_key: str = ""
    answers: int = 1
    place: Place | None = None


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


@dataclass(frozen=True, slots=True)
class FileContext:
    """Whose a file says it is, as far as it was read: for the report's row, refusals too."""

    council: str | None = None  # the council's name (the file's, or the GSS code's)
    period: str | None = None
    status: str | None = None
    kind: str | None = None  # "submission" or "template"


class SubmissionRejected(UserError):
    """A file that cannot be imported; the message says why, and where when there is a place."""

    def __init__(
        self, reason: str, place: Place | None = None, context: FileContext | None = None
    ) -> None:
        self.reason = reason
        self.place = place
        self.context = context or FileContext()
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
    context: FileContext = FileContext()
    flagged: bool = False  # stored, but its answers were changed after export
    changes: str = ""  # what this version changed against the current one, in words
    notes: tuple[AnswerNote, ...] = ()  # answers kept but not counted, or changed after export

    @property
    def stored(self) -> bool:
        return self.outcome in STORED
