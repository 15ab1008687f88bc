"""Translatable text below the window: gettext messages, and Babel dates and numbers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from functools import cache, lru_cache

from csn_desktop.paths import translations_dir

# Not typing's: `csn-desktop list` imports this module, and typing costs it a few milliseconds.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import gettext

    from babel import Locale

# The gettext domain of every message outside csn_desktop/ui (the window uses Qt's tr()).
DOMAIN = "csn_desktop"
# The language the source text is written in; every other language is a translation of it.
SOURCE_LANGUAGE = "en_GB"

# None: the source text, untranslated (gettext is only imported when another language is set).
_translations: gettext.NullTranslations | None = None
_language = SOURCE_LANGUAGE
# A language chosen for one piece of work (a Welsh PDF written while the window is in English):
# context-local, so a worker thread's export does not change the window's messages.
_override: ContextVar[tuple[gettext.NullTranslations | None, str] | None] = ContextVar(
    "csn_desktop_language", default=None
)


def set_language(language: str | None) -> str:
    """Translate messages, dates and numbers into ``language`` (e.g. ``cy``); the language in use.

    A language without a catalogue falls back to the source text (British English).
    """
    global _translations, _language
    _translations, _language = _catalogue(language)
    return _language


@contextmanager
def using_language(language: str | None) -> Iterator[str]:
    """Messages, dates and numbers in ``language`` inside the block, in this thread or task only.

    Yields the language in use (the source language when ``language`` has no catalogue).
    """
    chosen = _catalogue(language)
    token = _override.set(chosen)
    try:
        yield chosen[1]
    finally:
        _override.reset(token)


def _catalogue(language: str | None) -> tuple[gettext.NullTranslations | None, str]:
    wanted = (language or SOURCE_LANGUAGE).replace("-", "_")
    if wanted == SOURCE_LANGUAGE:  # the messages are written in it: nothing to look up
        return None, SOURCE_LANGUAGE
    import gettext

    found = gettext.translation(
        DOMAIN, localedir=translations_dir(), languages=[wanted], fallback=True
    )
    if isinstance(found, gettext.GNUTranslations):
        return found, wanted
    return None, SOURCE_LANGUAGE


def _active() -> gettext.NullTranslations | None:
    override = _override.get()
    return _translations if override is None else override[0]


def system_language() -> str | None:
    """The language the environment asks for (as gettext reads ``LANGUAGE`` … ``LANG``)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            # "cy_GB.UTF-8:en" -> "cy_GB"; "C" and "POSIX" mean no preference.
            first = value.split(":")[0].split(".")[0].split("@")[0]
            return None if first in ("C", "POSIX", "") else first
    return None


def language() -> str:
    """The language messages are given in (``en_GB`` until another is set)."""
    override = _override.get()
    return _language if override is None else override[1]


def _(message: str) -> str:
    """``message`` in the current language (named ``_`` so that the extractor finds it)."""
    translations = _active()
    return message if translations is None else translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message that agrees with ``count``, in the current language."""
    translations = _active()
    if translations is None:
        return singular if count == 1 else plural  # the source language's own rule
    return translations.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, told apart from the same words in other ``context``."""
    translations = _active()
    return message if translations is None else translations.pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - the conventional name extractors look for
    """Marks ``message`` for translation where it is defined; ``_()`` translates it where shown."""
    return message


def _locale() -> Locale:
    return _parsed_locale(language())


@cache
def _parsed_locale(language: str) -> Locale:
    """Parsed once per language: parsing costs more than formatting a number with it."""
    # Babel loads its locale data on first use: importing it here keeps it out of start-up.
    from babel import Locale

    return Locale.parse(language)


def format_number(value: int | float) -> str:
    """A number as readers of the current language write it (``1,234`` in English)."""
    if type(value) is int:  # not a bool, nor a float equal to an int (1.0 == 1)
        return _formatted_int(value, language())
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale())


@lru_cache(maxsize=4096)
def _formatted_int(value: int, language: str) -> str:
    """Kept: Babel takes about a millisecond a number, and counts repeat (an import's words)."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_parsed_locale(language))


def format_percent(share: float, digits: int = 0) -> str:
    """A share between 0 and 1 as a percentage (``42%``)."""
    from babel.numbers import format_percent as babel_percent

    pattern = "#,##0%" if digits == 0 else "#,##0." + "0" * digits + "%"
    return babel_percent(share, format=pattern, locale=_locale())


def format_date(day: date, length: str = "long") -> str:
    """A calendar date in words (``1 December 2026``); ``length`` is short, medium, long or full."""
    return _formatted_date(day, length, language())


@lru_cache(maxsize=1024)
def _formatted_date(day: date, length: str, language: str) -> str:
    """Kept: dates repeat (every version imported on one day), and Babel is slow to format."""
    from babel.dates import format_date as babel_date

    return babel_date(day, format=length, locale=_parsed_locale(language))


def format_datetime(moment: datetime, length: str = "medium") -> str:
    """A moment in the computer's time zone (``1 Dec 2026, 09:58``)."""
    from babel.dates import format_date as babel_date
    from babel.dates import format_time

    local = moment.astimezone()
    day = babel_date(local.date(), format=length, locale=_locale())
    return f"{day}, {format_time(local.time(), format='HH:mm', locale=_locale())}"


def format_time(moment: datetime) -> str:
    """A time of day to the second, in the computer's time zone (``09:58:04``)."""
    from babel.dates import format_time as babel_time

    return babel_time(moment.astimezone().time(), format="medium", locale=_locale())
