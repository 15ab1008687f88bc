"""Words the network data dictionary uses again and again: units and counting rules."""

from __future__ import annotations

from csn_desktop.exports.network_table import Column, Kind
from csn_desktop.i18n import _


def unit_text() -> str:
    return _("text")


def unit_councils() -> str:
    return _("councils (a whole number), or “withheld”")


def unit_share() -> str:
    return _("share, shown as a percentage, or “withheld”")


def unit_rank() -> str:
    return _("rank: 1 is the most councils, equal figures share a rank; “withheld” comes last")


def counted_once() -> str:
    return _(
        "Each council in the selection once: its current assessment for the period. Withheld "
        "when fewer councils than the minimum group size are behind it, or when it would let a "
        "reader work out a withheld figure."
    )


def counted_answering() -> str:
    return _(
        "Of the councils in the selection that answered this question for the standard, each "
        "once. Withheld as for every count: see the About sheet."
    )


def counted_catalogue() -> str:
    return _("From the standards catalogue of the questionnaire.")


def counted_questionnaire() -> str:
    return _("From the questionnaire's definition.")


def code_column() -> Column:
    return Column(
        _("Code"),
        _("The standard's reference, as its publisher gives it."),
        counted_catalogue(),
        unit_text(),
    )


def title_column() -> Column:
    return Column(
        _("Title"), _("The standard's title."), counted_catalogue(), unit_text(), Kind.LONG_TEXT
    )


def theme_column() -> Column:
    return Column(
        _("Theme"),
        _("The theme of the catalogue the standard belongs to."),
        counted_catalogue(),
        unit_text(),
    )


def rank_column() -> Column:
    return Column(
        _("Rank"),
        _("The place in the list by the number of councils."),
        _("Ranked on published figures only; withheld items are listed last by name."),
        unit_rank(),
        Kind.FIGURE,
    )


def share_column(header: str, meaning: str, counted: str) -> Column:
    return Column(header, meaning, counted, unit_share(), Kind.FIGURE)


def count_column(header: str, meaning: str, counted: str | None = None) -> Column:
    return Column(header, meaning, counted or counted_once(), unit_councils(), Kind.FIGURE)
