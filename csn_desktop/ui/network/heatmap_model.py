"""Standards × use status as a table of shares of councils, shaded, withheld cells marked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from csn_desktop.domain import known_ids as ids
from csn_desktop.domain.disclosure import Withheld
from csn_desktop.domain.known_ids import USE_STATUS
from csn_desktop.domain.network_figures import NetworkFigures, councils_text
from csn_desktop.domain.questionnaire import Choice, Questionnaire
from csn_desktop.ui.network.figure_table import (
    Column,
    FigureSortProxy,
    FigureTableModel,
    Index,
    Kind,
    Row,
    Value,
)
from csn_desktop.ui.network.withheld_words import why_withheld
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

# Short column headers for the use statuses; the full wording is the header's tooltip.
SHORT_USE = {
    ids.NOT_AWARE: QT_TRANSLATE_NOOP("FigureTableModel", "Not aware"),
    ids.AWARE_NOT_USED: QT_TRANSLATE_NOOP("FigureTableModel", "Aware, unused"),
    ids.PLANNING: QT_TRANSLATE_NOOP("FigureTableModel", "Planning"),
    ids.PARTLY_USED: QT_TRANSLATE_NOOP("FigureTableModel", "Partly used"),
    ids.FULLY_USED: QT_TRANSLATE_NOOP("FigureTableModel", "Fully used"),
    ids.CERTIFIED: QT_TRANSLATE_NOOP("FigureTableModel", "Certified"),
}
# beginFilterChange() came with Qt 6.9 and endFilterChange() with 6.10, which deprecates
# invalidateFilter() in their favour; the oldest Qt the project allows (6.8) has only
# invalidateFilter(). The later of the pair decides.
_FILTER_CHANGE = hasattr(FigureSortProxy, "endFilterChange")
CODE, TITLE, THEME, ANSWERING = range(4)
FIRST_SHARE = 4


def use_column(choice: Choice) -> Column:
    short = SHORT_USE.get(choice.id) or " ".join(choice.label.split()[:2])
    tooltip = QCoreApplication.translate(
        "FigureTableModel", "Share of the councils answering: “{choice}”"
    ).format(choice=choice.label)
    return Column(short, tooltip, Kind.SHARE)


class HeatmapModel(FigureTableModel):
    """Rows: standards; columns: code, title, theme, councils answering, share per use status."""

    def __init__(self, questionnaire: Questionnaire, parent: Any = None) -> None:
        self.uses = questionnaire.question(USE_STATUS).choices
        columns = [
            Column(
                QT_TRANSLATE_NOOP("FigureTableModel", "Code"),
                QT_TRANSLATE_NOOP("FigureTableModel", "The standard's reference"),
            ),
            Column(QT_TRANSLATE_NOOP("FigureTableModel", "Title")),
            Column(QT_TRANSLATE_NOOP("FigureTableModel", "Theme")),
            Column(
                QT_TRANSLATE_NOOP("FigureTableModel", "Answering"),
                QT_TRANSLATE_NOOP(
                    "FigureTableModel", "Councils that gave a use status for this standard"
                ),
                Kind.COUNT,
            ),
            *(use_column(choice) for choice in self.uses),
        ]
        super().__init__(columns, parent)
        self.questionnaire = questionnaire
        self.figures: NetworkFigures | None = None

    def set_figures(self, figures: NetworkFigures) -> None:
        """One row per standard in catalogue order, every figure from ``figures.use``."""
        self.figures = figures
        q, use, rows = self.questionnaire, figures.use, []
        for standard in q.standards:
            code = standard.code
            values: list[Value] = [code, standard.title, q.theme_label(standard.theme)]
            if code not in use.table.rows:
                rows.append(Row([*values, None, *(None for _ in self.uses)], code))
                continue
            values += [use.councils(code), *(use.share(code, u.id) for u in self.uses)]
            why = {
                FIRST_SHARE + n: why_withheld(use.reason(code, u.id), figures.minimum)
                for n, u in enumerate(self.uses)
            }
            rows.append(Row(values, code, why))
        self.set_rows(rows, why_withheld(None, figures.minimum))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        value = row.values[index.column()]
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.column() >= FIRST_SHARE
            and isinstance(value, float)
        ):
            shade = int(255 - 150 * value)
            return QColor(shade, shade, 255)
        if role == Qt.ItemDataRole.ToolTipRole:
            code, title, answered = row.values[CODE], row.values[TITLE], row.values[ANSWERING]
            what = self.headerData(index.column(), Qt.Orientation.Horizontal, role)
            shown = super().data(index, Qt.ItemDataRole.DisplayRole)
            count = answered if isinstance(answered, int | Withheld) else 0
            text = self.tr("{code} — {title}\n{what}: {value}\nAnswering: {answering}").format(
                code=code, title=title, what=what, value=shown, answering=councils_text(count)
            )
            why = self.why(index)
            return f"{text}\n{why}" if why else text
        return super().data(index, role)


class ThemeFilter(FigureSortProxy):
    """Sorts by value; keeps one theme's standards (all when empty) matching the search text."""

    def __init__(
        self, parent: Any = None, columns: tuple[int, int, int] = (THEME, CODE, TITLE)
    ) -> None:
        super().__init__(parent)
        self.theme_column, self.searched = columns[0], columns[1:]
        self.theme = ""
        self.text = ""

    def set_theme(self, theme: str) -> None:
        self._change_filter(lambda: setattr(self, "theme", theme))

    def set_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "text", text.strip().lower()))

    def _change_filter(self, change: Callable[[], None]) -> None:
        if _FILTER_CHANGE:
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        theme = model.index(source_row, self.theme_column, source_parent).data()
        if self.theme and theme != self.theme:
            return False
        return not self.text or any(
            self.text in str(model.index(source_row, c, source_parent).data()).lower()
            for c in self.searched
        )
