"""Answer values as stored (JSON scalars and lists of text) and helpers to clean and test them."""

from __future__ import annotations

import json
import math
import re
from typing import Any

JsonValue = str | int | float | bool | list[str] | None

# Characters that XML 1.0 (and so Excel) cannot store; removed from text as it is typed.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Remove characters that Excel and XML cannot store; keep tab, line breaks and all letters."""
    return _UNSTORABLE.sub("", text)


def text_length(text: str) -> int:
    """Length as Excel counts it for its cell limit: UTF-16 code units, so an emoji counts twice."""
    return len(text.encode("utf-16-le")) // 2


def has_unstorable(text: str) -> bool:
    return _UNSTORABLE.search(text) is not None


def is_answered(value: JsonValue) -> bool:
    """An answer counts when it holds something: not None, not blank text, not an empty list."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, list):
        return len(value) > 0
    return True


def value_to_json(value: JsonValue) -> str:
    """One answer value as compact JSON text; refuses anything that is not an answer value."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"an answer cannot be {value!r}")
    if isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            raise TypeError(f"a list answer must hold only text, not {value!r}")
    elif not isinstance(value, str | int | float | bool):
        raise TypeError(f"an answer cannot be a {type(value).__name__}")
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def value_from_json(text: str) -> JsonValue:
    """The answer value in JSON ``text`` (as stored or submitted); ValueError if it is not one."""
    value: Any = json.loads(text)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{text[:80]!r} is not a finite number")
    if isinstance(value, str | int | float | bool):
        return value
    raise ValueError(f"{text[:80]!r} is not an answer value")
