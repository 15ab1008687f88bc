"""Progress as a count of answered required answers: light to import, for the quick home list."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    """Answered required answers out of those required."""

    answered: int
    required: int

    @property
    def complete(self) -> bool:
        return self.answered >= self.required

    @property
    def percent(self) -> int:
        return 100 if self.required == 0 else (100 * self.answered) // self.required

    def __add__(self, other: Progress) -> Progress:
        return Progress(self.answered + other.answered, self.required + other.required)
