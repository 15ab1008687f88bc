"""Fails on text a user could read that is not marked for translation (run by scripts/test).

Every string literal in csn_desktop that reads like words for people (two words, or one capitalised
word such as "Council") must be inside a translation call: ``_()``, ``ngettext()``, ``pgettext()``,
``N_()`` below the window, ``self.tr()`` or ``QCoreApplication.translate()`` in it. Not checked:
docstrings, log messages (written for developers), messages of Python's own exceptions (programming
errors, never shown as they are), SQL, and any literal on a line that carries the comment
``# not translated: <why>`` (file formats, identifiers, proper names).

Usage: python scripts/check_strings.py [FOLDER...]   (default: csn_desktop)
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

TRANSLATION_CALLS = {
    "_",
    "N_",
    "ngettext",
    "pgettext",
    "tr",
    "translate",
    "QT_TR_NOOP",
    "QT_TRANSLATE_NOOP",
}
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical"}
LOGGERS = {"log", "logger", "logging", "_log"}
BUILTIN_EXCEPTIONS = {
    "AssertionError",
    "AttributeError",
    "IndexError",
    "KeyError",
    "LookupError",
    "NotImplementedError",
    "RuntimeError",
    "TypeError",
    "ValueError",
}
MARKER = "# not translated:"
SKIPPED_FOLDERS = {"migrations"}

_SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|BEGIN|WITH|DROP|ALTER|VACUUM|ATTACH)\b", re.I
)
_TAGS = re.compile(r"<[^>]*>|&[a-z]+;")
_PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%\(?[a-z_]*\)?[sdfr]")
_TWO_WORDS = re.compile(r"[A-Za-zÀ-ÿŵŷŴŶ][a-zà-ÿŵŷ’']+[ \u00a0]+[(“\"'‘]?[A-Za-zÀ-ÿ]")
_ONE_WORD = re.compile(r"^&?[A-Z][a-z’']+[a-z&’']*[…:?!.]?$")


def reads_as_words(text: str) -> bool:
    """Whether ``text`` looks like words for people rather than an id, a key, a path or code."""
    if _SQL.match(text):
        return False
    plain = _PLACEHOLDERS.sub(" ", _TAGS.sub(" ", text)).strip()
    return bool(_TWO_WORDS.search(plain) or _ONE_WORD.match(plain))


def _call_name(node: ast.Call) -> str:
    function = node.func
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return function.attr
    return ""


def _is_exempt_call(node: ast.Call) -> bool:
    name = _call_name(node)
    if name in TRANSLATION_CALLS:
        return True
    function = node.func
    return (
        isinstance(function, ast.Attribute)
        and function.attr in LOG_METHODS
        and isinstance(function.value, ast.Name)
        and function.value.id in LOGGERS
    )


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _exempt_subtrees(tree: ast.AST) -> Iterator[ast.AST]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_exempt_call(node):
            yield node
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            if _call_name(node.exc) in BUILTIN_EXCEPTIONS:
                yield node
        elif isinstance(node, ast.Assert) and node.msg is not None:
            yield node.msg
        elif isinstance(node, ast.arg | ast.AnnAssign) and (
            annotation := getattr(node, "annotation", None)
        ):
            yield annotation


def untranslated(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of each literal in ``path`` that reads as words and is not marked."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source, filename=str(path))
    skipped = _docstrings(tree)
    for subtree in _exempt_subtrees(tree):
        skipped.update(id(node) for node in ast.walk(subtree))
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr):
            text = "".join(
                str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
            )
            skipped.update(id(part) for part in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if not reads_as_words(text):
            continue
        end = getattr(node, "end_lineno", node.lineno) or node.lineno
        span = lines[node.lineno - 1 : end]
        if any(MARKER in line for line in span):
            continue
        yield node.lineno, text


def main(folders: list[str]) -> int:
    problems = 0
    for folder in folders or ["csn_desktop"]:
        root = Path(folder)
        for path in [root] if root.is_file() else sorted(root.rglob("*.py")):
            if SKIPPED_FOLDERS.intersection(path.parts):
                continue
            for line, text in untranslated(path):
                problems += 1
                shown = text if len(text) <= 70 else text[:67] + "..."
                print(f"{path}:{line}: not marked for translation: {shown!r}")
    if problems:
        print(
            f"{problems} user-visible strings are not translatable: wrap them in _() below the "
            f"window or self.tr() in it, or add '{MARKER} <why>' to the line.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
