"""The network workbook's data dictionary: every column of every sheet, what it means and counts."""

from __future__ import annotations

from collections.abc import Sequence

from csn_desktop.exports.network_columns import unit_text
from csn_desktop.exports.network_table import Column, Kind, Sheet, Value
from csn_desktop.i18n import _


def dictionary_sheet(sheets: Sequence[Sheet]) -> Sheet:
    """One row per column of ``sheets`` and of the dictionary itself."""
    columns = (
        Column(_("Sheet"), _("The sheet the column is on."), _("Not counted."), unit_text()),
        Column(_("Column"), _("The column's heading."), _("Not counted."), unit_text()),
        Column(
            _("Meaning"),
            _("What the column holds."),
            _("Not counted."),
            unit_text(),
            Kind.LONG_TEXT,
        ),
        Column(
            _("How counted"),
            _("Where the figure comes from and when it is withheld."),
            _("Not counted."),
            unit_text(),
            Kind.LONG_TEXT,
        ),
        Column(
            _("Unit"),
            _("What kind of value the column holds."),
            _("Not counted."),
            unit_text(),
            Kind.LONG_TEXT,
        ),
    )
    name = _("Data dictionary")
    rows: list[list[Value]] = [
        [sheet.name, c.header, c.meaning, c.counted, c.unit]
        for sheet in sheets
        for c in sheet.columns
    ]
    rows += [[name, c.header, c.meaning, c.counted, c.unit] for c in columns]
    return Sheet(
        name,
        _("Data dictionary: every column of every sheet"),
        _("What every column of every sheet means, how it is counted and its unit."),
        columns,
        rows,
    )
