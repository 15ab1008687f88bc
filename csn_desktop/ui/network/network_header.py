"""What heads the network view, as it heads every output: selection, councils, response, notices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from csn_desktop.domain.disclosure import Withheld
from csn_desktop.domain.network_figures import (
    GroupCount,
    NetworkFigures,
    Share,
    councils_text,
    figure_text,
    selection_text,
    withheld_text,
)
from csn_desktop.ui.formats import format_number, format_percent


def share_text(share: Share) -> str:
    return withheld_text() if isinstance(share, Withheld) else format_percent(share)


class NetworkHeader(QWidget):
    """The selection in words, councils and response rate, the groups, then the notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.selection = self._label(self.tr("Selection"))
        font = self.selection.font()
        font.setBold(True)
        self.selection.setFont(font)
        self.councils = self._label(self.tr("Councils and response rate"))
        self.groups = self._label(self.tr("Councils by nation and authority type"))
        self.notices = self._label(self.tr("What to know about these figures"))
        self.notices.setFrameShape(QFrame.Shape.StyledPanel)
        self.notices.setMargin(4)
        self.notices.setStyleSheet("QLabel { background: #EEF3FA; }")  # not translated: a style
        for label in (self.selection, self.councils, self.groups, self.notices):
            layout.addWidget(label)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def show_loading(self) -> None:
        self.selection.setText(self.tr("Loading the submissions…"))
        for label in (self.councils, self.groups, self.notices):
            label.clear()

    def show_figures(self, figures: NetworkFigures) -> None:
        self.selection.setText(selection_text(figures.filters))
        self.councils.setText(
            self.tr(
                "Counted: {councils}. Response rate: {rate} (councils that exist in these "
                "places: {existing})."
            ).format(
                councils=councils_text(figures.councils),
                rate=share_text(figures.response_rate),
                existing=format_number(figures.existing),
            )
        )
        self.groups.setText(
            self.tr("By nation: {nations}.\nBy authority type: {types}.").format(
                nations=self._groups(figures.nations), types=self._groups(figures.authority_types)
            )
        )
        merged = [g for g in (*figures.nations, *figures.authority_types) if len(g.members) > 1]
        self.groups.setToolTip(
            "\n".join(
                #: a merged group and the groups it holds ("Other types: County, …").
                self.tr("{group}: {members}").format(group=g.label, members=", ".join(g.members))
                for g in merged
            )
        )
        self.notices.setText("\n".join(figures.notices()))

    def _groups(self, groups: tuple[GroupCount, ...]) -> str:
        parts = []
        for group in groups:
            if isinstance(group.councils, Withheld) or isinstance(group.rate, Withheld):
                #: one nation or authority type and its councils ("Wales: 12").
                text = self.tr("{group}: {councils}")
            else:
                #: a group, its councils counted, those that exist, the rate.
                text = self.tr("{group}: {councils} of {existing} ({rate})")
            parts.append(
                text.format(
                    group=group.label,
                    councils=figure_text(group.councils),
                    existing=format_number(group.existing),
                    rate=share_text(group.rate),
                )
            )
        #: between the groups of a breakdown ("England: 5 of 9; Wales: 7 of 22").
        return self.tr("; ").join(parts) or "–"
