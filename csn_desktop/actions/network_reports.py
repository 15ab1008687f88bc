"""Exporting the picture across councils: the tidy Excel workbook and the PDF summary."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from csn_desktop.actions.network import NetworkData
from csn_desktop.actions.output_guard import OutputKind, check_output
from csn_desktop.definition.translations import localised
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.disclosure import DEFAULT_MINIMUM_GROUP
from csn_desktop.domain.network_figures import Audience, network_figures
from csn_desktop.errors import UserError
from csn_desktop.exports.language import file_language
from csn_desktop.i18n import _, using_language
from csn_desktop.storage.database import Database
from csn_desktop.storage.timestamps import utc_now

if TYPE_CHECKING:
    from csn_desktop.exports.control import CancelCheck, ProgressCallback

REPORT_SUFFIXES = (".xlsx", ".pdf")


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


RESTRICTED_MARK = "RESTRICTED"  # not translated: the file name says it in every language


def restricted_path(path: Path) -> Path:
    """``path`` with RESTRICTED in its name, so the file says what it is wherever it is copied."""
    if RESTRICTED_MARK.casefold() in path.stem.casefold():
        return path
    return path.with_name(f"{path.stem}-{RESTRICTED_MARK}{path.suffix}")


def export_network_report(
    data: NetworkData,
    filters: Filters,
    path: Path,
    *,
    minimum: int = DEFAULT_MINIMUM_GROUP,
    audience: Audience = Audience.PUBLISHABLE,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    database: Database | None = None,
    language: str | None = None,
) -> Path:
    """Write the workbook (.xlsx) or the PDF (.pdf) atomically; returns the path written.

    Its words are in ``language`` (cy or en; by default the language messages are in).

    Publishable (the default): aggregates only, small groups withheld, no council named.
    Restricted: every figure, per-council rows and quotes, RESTRICTED on every page and sheet and
    in the file name (added when missing). ``database``, the one the data came from, is never
    written over (see output_guard).
    """
    from csn_desktop.exports.atomic import write_atomically

    if audience is Audience.RESTRICTED:
        path = restricted_path(Path(path).expanduser())
    path = check_report_path(path, database=database)
    if minimum < 1:
        raise UserError(_("The minimum group size must be at least 1."))
    chosen = file_language(language)
    selected = data.selected(filters)
    now = utc_now()
    with using_language(chosen):
        # The figures carry the questionnaire's theme, standard and choice names: in the language.
        questionnaire = localised(data.questionnaire, chosen)
        figures = network_figures(
            questionnaire,
            selected,
            data.resolved(filters),
            data.existing,
            minimum=minimum,
            audience=audience,
        )
        if path.suffix.lower() == ".xlsx":
            from csn_desktop.exports.network_workbook import write_network_workbook as write
        else:
            from csn_desktop.exports.network_pdf import write_network_pdf as write
        write_atomically(path, lambda s: write(s, figures, selected, now, progress, cancelled))
    return path
