"""Exporting the picture across councils: the tidy Excel workbook and the PDF summary."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop.actions.network import NetworkData
from csn_desktop.actions.output_guard import OutputKind, check_output
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.suppression import DEFAULT_MINIMUM_GROUP
from csn_desktop.errors import UserError
from csn_desktop.i18n import _
from csn_desktop.storage.database import Database
from csn_desktop.storage.timestamps import utc_now

if TYPE_CHECKING:
    from csn_desktop.exports.control import CancelCheck, ProgressCallback
    from csn_desktop.exports.network_figures import SharedFigures

REPORT_SUFFIXES = (".xlsx", ".pdf")


def filters_text(filters: Filters) -> str:
    from csn_desktop.exports.network_figures import describe_filters

    return describe_filters(
        [
            (_("nation"), sorted(filters.nations)),
            (_("region"), sorted(filters.regions)),
            (_("authority type"), sorted(filters.authority_types)),
            (_("period"), sorted(filters.periods)),
            (_("status"), sorted(filters.statuses)),
        ]
    )


def shared_figures(data: NetworkData, filters: Filters, minimum: int) -> SharedFigures:
    from csn_desktop.exports.network_figures import SharedFigures

    return SharedFigures(data.questionnaire, data.picture(filters), minimum, filters_text(filters))


def check_report_path(
    path: Path, *, database: Database | None = None, protected: Iterable[Path] = ()
) -> Path:
    """The path if a report may be written there: .xlsx or .pdf, and see output_guard."""
    path = Path(path).expanduser()
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise UserError(
            _("Choose a file name ending in .xlsx or .pdf, not “{name}”.").format(name=path.name)
        )
    kind = OutputKind.XLSX if suffix == ".xlsx" else OutputKind.PDF
    return check_output(path, kind, database=database, protected=protected)


def export_network_report(
    data: NetworkData,
    filters: Filters,
    path: Path,
    *,
    minimum: int = DEFAULT_MINIMUM_GROUP,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    database: Database | None = None,
) -> Path:
    """Write the workbook (.xlsx) or the PDF (.pdf) atomically; small groups are withheld.

    ``database``, the one the data came from, is never written over (see output_guard).
    """
    from csn_desktop.exports.atomic import write_atomically

    path = check_report_path(path, database=database)
    suffix = path.suffix.lower()
    if minimum < 1:
        raise UserError(_("The minimum group size must be at least 1."))
    figures = shared_figures(data, filters, minimum)
    now = utc_now()
    if suffix == ".xlsx":
        from csn_desktop.exports.network_workbook import write_network_workbook

        selected = data.selected(filters)
        write_atomically(
            path,
            lambda s: write_network_workbook(s, figures, selected, now, progress, cancelled),
        )
    else:
        from csn_desktop.exports.network_pdf import write_network_pdf

        gaps = figures.picture.gaps
        write_atomically(
            path, lambda s: write_network_pdf(s, figures, gaps, now, progress, cancelled)
        )
    return path
