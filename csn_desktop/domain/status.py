"""An assessment's status: a draft being answered, or final (signed off and read-only)."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Stored, exported and imported as these exact words."""

    DRAFT = "draft"
    FINAL = "final"
