"""``--language cy|en`` (and ``cy+en`` for the PDF report) on every command that writes a file."""

from __future__ import annotations

import argparse

from csn_desktop.exports.language import FILE_LANGUAGES, REPORT_LANGUAGES
from csn_desktop.i18n import _


def add_language(parser: argparse.ArgumentParser, *, bilingual: bool = False) -> None:
    """The file's language; by default the language csn-desktop speaks (the system's)."""
    if bilingual:
        what = _("the report's language: cy (Welsh), en (English) or cy+en (both, Welsh first)")
    else:
        what = _("the file's language: cy (Welsh) or en (English)")
    parser.add_argument(
        "--language",
        choices=REPORT_LANGUAGES if bilingual else FILE_LANGUAGES,
        metavar="LANG",
        help=_("{what}; default: the language of the system").format(what=what),
    )
