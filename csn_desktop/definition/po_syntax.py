"""Line-by-line check of a gettext catalogue's syntax: Babel skips a malformed entry silently."""

from __future__ import annotations

import re
from collections.abc import Iterator

from csn_desktop.i18n import _

# A C string literal as gettext writes it: quotes, with backslash escapes inside.
_STRING = r'"(?:[^"\\]|\\.)*"'
_KEYWORD_LINE = re.compile(rf"^(msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\])\s+({_STRING})\s*$")
_CONTINUATION = re.compile(rf"^{_STRING}\s*$")
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = set('nt"\\ra')
# What each keyword may follow within an entry (None: it starts an entry).
_AFTER: dict[str, set[str | None]] = {
    "msgctxt": {None},
    "msgid": {None, "msgctxt"},
    "msgid_plural": {"msgid"},
    "msgstr": {"msgid"},
    "msgstr[]": {"msgid_plural", "msgstr[]"},
}


def syntax_errors(text: str) -> Iterator[tuple[int, str]]:
    """(line number, what is wrong) for every malformed line of a ``.po`` file's text."""
    previous: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            previous = None
            continue
        if line.startswith("#"):
            # Comments belong to the next entry; an obsolete entry (#~) is not read.
            if previous in {"msgstr", "msgstr[]"}:
                previous = None
            continue
        if _CONTINUATION.match(line):
            if previous is None:
                yield number, _("a quoted text that follows no keyword")
            else:
                yield from _bad_escapes(number, line)
            continue
        found = _KEYWORD_LINE.match(line)
        if not found:
            yield (
                number,
                _("not a keyword with a text in double quotes: {line}").format(line=line[:60]),
            )
            previous = None
            continue
        keyword = "msgstr[]" if found.group(1).startswith("msgstr[") else found.group(1)
        if keyword in {"msgctxt", "msgid"} and previous in {"msgstr", "msgstr[]"}:
            previous = None  # a new entry right after the last without a blank line
        if previous not in _AFTER[keyword]:
            yield number, _("{keyword} in the wrong place").format(keyword=found.group(1))
        yield from _bad_escapes(number, found.group(2))
        previous = keyword
    if previous in {"msgctxt", "msgid", "msgid_plural"}:
        yield len(text.splitlines()), _("the last entry has no msgstr")


def _bad_escapes(number: int, quoted: str) -> Iterator[tuple[int, str]]:
    for escape in _ESCAPE.finditer(quoted[1:-1]):
        if escape.group(1) not in _ESCAPES:
            yield number, _("unknown escape \\{character}").format(character=escape.group(1))
