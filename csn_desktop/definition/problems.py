"""A problem found in a definition or catalogue file, named by file, place and reason."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from csn_desktop.i18n import _, format_number, ngettext


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file; ``location`` is a path inside it such as ``sections[2].id``."""

    file: Path
    location: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else str(self.file)
        if not self.location:
            return f"{where}: {self.message}"
        # TRANSLATORS: {where} is a file (and line), {place} a place in it such as sections[2].id.
        return _("{where}: at {place}: {message}").format(
            where=where, place=self.location, message=self.message
        )


class DefinitionError(Exception):
    """A definition could not be loaded; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        count = len(problems)
        summary = "\n".join(str(p) for p in problems)
        heading = ngettext("{count} problem found:", "{count} problems found:", count)
        super().__init__(heading.format(count=format_number(count)) + "\n" + summary)
