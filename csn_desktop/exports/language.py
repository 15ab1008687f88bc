"""The language a file is written in: cy, en, or cy+en (a bilingual PDF, Welsh first)."""

from __future__ import annotations

from csn_desktop.errors import UserError
from csn_desktop.i18n import _, language

WELSH = "cy"  # not translated: language codes
ENGLISH = "en"  # not translated: language codes
BILINGUAL = "cy+en"  # not translated: language codes
# Every file may be written in one language; the PDF report also in both.
FILE_LANGUAGES = (WELSH, ENGLISH)
REPORT_LANGUAGES = (WELSH, ENGLISH, BILINGUAL)


def file_language(chosen: str | None, *, bilingual: bool = False) -> str:
    """``chosen`` as cy, en (or cy+en where ``bilingual``); None: the language messages are in."""
    wanted = (chosen or language()).strip().replace("_", "-").casefold()
    if wanted == BILINGUAL and bilingual:
        return BILINGUAL
    short = wanted.split("-")[0]
    if short in FILE_LANGUAGES:
        return short
    if chosen is None:
        return ENGLISH  # a system language the files are not written in: the source language
    allowed = ", ".join(REPORT_LANGUAGES if bilingual else FILE_LANGUAGES)
    raise UserError(
        _("“{language}” is not a language files are written in; choose one of {allowed}.").format(
            language=chosen, allowed=allowed
        )
    )


def editions(chosen: str) -> list[str]:
    """The languages of a file, in order: ``cy+en`` → Welsh, then English."""
    return chosen.split("+")


def language_tag(code: str) -> str:
    """The BCP 47 tag a PDF's catalog gives its language: ``cy`` → ``cy-GB``."""
    parts = code.replace("_", "-").split("-")
    return f"{parts[0]}-{parts[1] if len(parts) > 1 else 'GB'}"
