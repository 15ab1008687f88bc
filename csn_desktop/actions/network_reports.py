"""Exporting the picture across councils: the tidy Excel workbook and the PDF summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop.actions.network import NetworkData
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.suppression import DEFAULT_MINIMUM_GROUP
from csn_desktop.errors import UserError
from csn_desktop.i18n import _
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


def export_network_report(
    data: NetworkData,
    filters: Filters,
    path: Path,
    *,
    minimum: int = DEFAULT_MINIMUM_GROUP,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the workbook (.xlsx) or the PDF (.pdf) atomically; small groups are withheld."""
    from csn_desktop.exports.atomic import write_atomically

    path = Path(path).expanduser()
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise UserError(
            _("Choose a file name ending in .xlsx or .pdf, not “{name}”.").format(name=path.name)
        )
    if not path.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist.").format(folder=path.parent))
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
