"""The window's words for an imported file: its outcome, its kind (submission or template)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from csn_desktop.imports.outcomes import Outcome
from csn_desktop.ui.home_model import status_text
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

CONTEXT = "ImportWords"

OUTCOME_WORDS = {
    Outcome.NEW: QT_TRANSLATE_NOOP("ImportWords", "new"),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP("ImportWords", "duplicate"),
    Outcome.REVISION: QT_TRANSLATE_NOOP("ImportWords", "revision"),
    Outcome.OLDER: QT_TRANSLATE_NOOP("ImportWords", "older version"),
    Outcome.DECIDE: QT_TRANSLATE_NOOP("ImportWords", "needs a decision"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("ImportWords", "rejected"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("ImportWords", "skipped"),
    Outcome.CANCELLED: QT_TRANSLATE_NOOP("ImportWords", "cancelled"),
}
KIND_WORDS = {
    "submission": QT_TRANSLATE_NOOP("ImportWords", "submission"),  # not translated: the key
    "template": QT_TRANSLATE_NOOP("ImportWords", "template"),  # not translated: the key
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def outcome_text(outcome: Outcome | str) -> str:
    """The outcome of one file in the window's language."""
    try:
        return _tr(OUTCOME_WORDS[Outcome(outcome)])
    except ValueError:
        return str(outcome)


def kind_text(kind: str | None) -> str:
    """Submission or template, in the window's language (blank when the file was not read)."""
    if not kind:
        return ""
    return _tr(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def status_words(status: str | None) -> str:
    """Draft or Final (blank when the file was not read)."""
    return status_text(status) if status else ""
