"""A problem found in a definition or catalogue file, named by file, place and reason."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file; ``location`` is a path inside it such as ``sections[2].id``."""

    file: Path
    location: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else str(self.file)
        place = f" at {self.location}" if self.location else ""
        return f"{where}:{place}: {self.message}"


class DefinitionError(Exception):
    """A definition could not be loaded; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        count = len(problems)
        summary = "\n".join(str(p) for p in problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} found:\n{summary}")
