"""Typed access to parsed YAML that records a located problem for every wrong or missing value."""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from csn_desktop.definition.problems import Problem
from csn_desktop.definition.yaml_source import Path_, YamlDocument, format_path
from csn_desktop.i18n import _, format_number

# Versions, lengths and counts: a definition never needs more, and every one of these fits the
# database's 64-bit whole numbers (a larger one would fail far from the file that set it).
LARGEST_WHOLE = 999_999_999
# Numbers beyond this lose digits as floats; no answer's bound needs them.
_LARGEST_EXACT = 2**53


class Reader:
    """Reads values out of a document; each wrong value becomes a Problem and a None result."""

    def __init__(self, file: Path, document: YamlDocument) -> None:
        self.file = file
        self.document = document
        self.problems: list[Problem] = []

    def problem(self, path: Path_, message: str) -> None:
        self.problems.append(
            Problem(self.file, format_path(path), message, self.document.line(path))
        )

    def mapping(self, value: Any, path: Path_, allowed: Iterable[str]) -> dict[str, Any] | None:
        """A mapping whose keys are all in ``allowed``; unknown keys are reported (typos matter)."""
        if not isinstance(value, dict):
            self.problem(
                path,
                _("expected a mapping of keys and values, found {kind}").format(kind=_kind(value)),
            )
            return None
        allowed = list(allowed)
        for key in value:
            if key not in allowed:
                self.problem(
                    path + (key,),
                    _("unknown key '{key}' (allowed: {allowed})").format(
                        key=key, allowed=", ".join(allowed)
                    ),
                )
        return value

    def sequence(
        self, owner: dict[str, Any], key: str, path: Path_, *, required: bool
    ) -> list[Any]:
        value = owner.get(key)
        if value is None:
            if required:
                self.problem(path, _("'{key}' is missing").format(key=key))
            return []
        if not isinstance(value, list):
            self.problem(
                path + (key,), _("expected a list, found {kind}").format(kind=_kind(value))
            )
            return []
        if required and not value:
            self.problem(path + (key,), _("the list is empty"))
        return value

    def text(self, owner: dict[str, Any], key: str, path: Path_, *, required: bool) -> str:
        value = owner.get(key)
        if value is None:
            if required:
                self.problem(path, _("'{key}' is missing").format(key=key))
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(
                path + (key,),
                _("'{key}' must be non-empty text, found {kind}").format(
                    key=key, kind=_kind(value)
                ),
            )
            return ""
        return value.strip()

    def flag(self, owner: dict[str, Any], key: str, path: Path_) -> bool:
        value = owner.get(key, False)
        if not isinstance(value, bool):
            self.problem(
                path + (key,),
                _("'{key}' must be true or false, found {kind}").format(key=key, kind=_kind(value)),
            )
            return False
        return value

    def integer(
        self, owner: dict[str, Any], key: str, path: Path_, *, required: bool, minimum: int = 0
    ) -> int | None:
        value = owner.get(key)
        if value is None:
            if required:
                self.problem(path, _("'{key}' is missing").format(key=key))
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.problem(
                path + (key,),
                _("'{key}' must be a whole number of at least {minimum}").format(
                    key=key, minimum=minimum
                ),
            )
            return None
        if value > LARGEST_WHOLE:
            self.problem(
                path + (key,),
                _("'{key}' must be a whole number of at most {maximum}").format(
                    key=key, maximum=format_number(LARGEST_WHOLE)
                ),
            )
            return None
        return value

    def number(self, owner: dict[str, Any], key: str, path: Path_) -> float | None:
        value = owner.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(
                path + (key,),
                _("'{key}' must be a number, found {kind}").format(key=key, kind=_kind(value)),
            )
            return None
        number = float(value) if isinstance(value, float) or abs(value) <= _LARGEST_EXACT else None
        if number is None or not math.isfinite(number):
            self.problem(
                path + (key,),
                _("'{key}' must be a number between -{largest} and {largest}").format(
                    key=key, largest=format_number(_LARGEST_EXACT)
                ),
            )
            return None
        return number


def _kind(value: Any) -> str:
    if value is None:
        return _("nothing")
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return _("the text '{text}'").format(text=shown)
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("a mapping")
    return f"'{value}'"
