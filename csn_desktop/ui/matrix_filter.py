"""Filtering the standards matrix by theme, text, use status, need and required rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from csn_desktop.domain.known_ids import NEED_FIELD, USE_STATUS_FIELD
from csn_desktop.ui.matrix_model import StandardsMatrixModel

# A filter value meaning "no answer yet".
UNANSWERED = "__unanswered__"


class MatrixFilter(QSortFilterProxyModel):
    """Rows of the matrix that match every filter set; sortable by any column."""

    def __init__(self, source: StandardsMatrixModel) -> None:
        super().__init__()
        self.matrix = source
        self.setSourceModel(source)
        self.theme: str | None = None
        self.text = ""
        self.use_status: str | None = None
        self.need: str | None = None
        self.required_only = False

    def set_filters(
        self,
        *,
        theme: str | None = None,
        text: str = "",
        use_status: str | None = None,
        need: str | None = None,
        required_only: bool = False,
    ) -> None:
        begin = getattr(self, "beginFilterChange", None)  # Qt 6.9 and later
        if begin is not None:
            begin()
        self.theme, self.text = theme, text.strip().casefold()
        self.use_status, self.need, self.required_only = use_status, need, required_only
        if begin is not None:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        standard = self.matrix.standards[source_row]
        if self.theme and standard.theme != self.theme:
            return False
        if self.text and not (
            self.text in standard.code.casefold() or self.text in standard.title.casefold()
        ):
            return False
        if self.required_only and not self.matrix.is_required(source_row):
            return False
        return self._matches(source_row, USE_STATUS_FIELD, self.use_status) and self._matches(
            source_row, NEED_FIELD, self.need
        )

    def _matches(self, row: int, local_id: str, wanted: str | None) -> bool:
        if wanted is None:
            return True
        field = next((f for f in self.matrix.fields if f.local_id == local_id), None)
        if field is None:
            return True
        value = self.matrix.value(row, field)
        return value is None if wanted == UNANSWERED else value == wanted
