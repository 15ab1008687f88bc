"""The network view's selection: one period, places and types, drafts, others, the minimum group."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.disclosure import DEFAULT_MINIMUM_GROUP
from csn_desktop.ui.network.multi_select import MultiSelect
from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

# The filters that take several values: key, label, and the word for several ("3 regions").
PLACES = (
    ("nation", QT_TRANSLATE_NOOP("NetworkFilters", "&Nation"),
     QT_TRANSLATE_NOOP("NetworkFilters", "nations")),
    ("region", QT_TRANSLATE_NOOP("NetworkFilters", "&Region"),
     QT_TRANSLATE_NOOP("NetworkFilters", "regions")),
    ("authority_type", QT_TRANSLATE_NOOP("NetworkFilters", "&Authority type"),
     QT_TRANSLATE_NOOP("NetworkFilters", "types")),
)  # fmt: skip
LARGEST_MINIMUM = 99  # a minimum group larger than this would withhold nearly everything


class NetworkFilters(QWidget):
    """One row of filters; ``changed`` whenever the selection or the minimum group changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setToolTip(self.tr("Figures are about one period: the newest unless chosen"))
        self.period.currentIndexChanged.connect(self.changed)
        self._add(bar, self.tr("Per&iod:"), self.period)
        self.places: dict[str, MultiSelect] = {}
        for key, source_label, plural in PLACES:
            label = self.tr(source_label)
            button = MultiSelect(label.replace("&", ""), self.tr(plural), self)
            button.changed.connect(self.changed)
            self._add(bar, self.tr("{filter}:").format(filter=label), button)
            self.places[key] = button
        self.drafts = QCheckBox(self.tr("Include dra&fts"), self)
        self.drafts.setToolTip(
            self.tr(
                "Count a council's draft when it has no final assessment for the period; every "
                "output then says so"
            )
        )
        self.others = QCheckBox(self.tr("Include ot&her organisations"), self)
        self.others.setToolTip(
            self.tr("Count organisations that are not councils (no GSS code) as councils")
        )
        for box in (self.drafts, self.others):
            box.setAccessibleName(box.text().replace("&", ""))
            box.toggled.connect(self.changed)
            bar.addWidget(box)
        self.minimum_box = QSpinBox(self)
        self.minimum_box.setRange(1, LARGEST_MINIMUM)
        self.minimum_box.setValue(DEFAULT_MINIMUM_GROUP)
        self.minimum_box.setAccessibleName(self.tr("Minimum group"))
        # Screen readers land on the spin box's own line edit: it needs the name too.
        self.minimum_box.lineEdit().setAccessibleName(self.tr("Minimum group"))
        self.minimum_box.setToolTip(
            self.tr(
                "Figures about fewer councils than this are withheld, here and in the "
                "publishable files"
            )
        )
        self.minimum_box.valueChanged.connect(self.changed)
        self._add(bar, self.tr("&Minimum group:"), self.minimum_box)
        self.clear_button = QPushButton(self.tr("&Clear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        bar.addWidget(self.clear_button)
        bar.addStretch()

    def _add(self, bar: QHBoxLayout, caption: str, widget: QWidget) -> None:
        label = QLabel(caption, self)
        label.setBuddy(widget)
        bar.addWidget(label)
        bar.addWidget(widget)

    def offer(self, choices: dict[str, list[str]]) -> None:
        """Offer these values (periods newest first); those still offered stay chosen."""
        for key, button in self.places.items():
            button.blockSignals(True)
            button.set_values(choices[key])
            button.blockSignals(False)
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for period in choices["period"]:
            self.period.addItem(period, period)
        self.period.setCurrentIndex(max(self.period.findData(chosen), 0))
        self.period.blockSignals(False)

    def minimum(self) -> int:
        """Figures about fewer councils than this are withheld, here and in the files."""
        return self.minimum_box.value()

    def filters(self) -> Filters:
        """The selection as chosen; with no period offered yet, the newest (see ``resolved``)."""
        chosen = {key: button.chosen() for key, button in self.places.items()}
        period = self.period.currentData()
        return Filters(
            period=period if isinstance(period, str) else None,
            nations=chosen["nation"],
            regions=chosen["region"],
            authority_types=chosen["authority_type"],
            include_drafts=self.drafts.isChecked(),
            include_other_organisations=self.others.isChecked(),
        )

    def clear(self) -> None:
        """Every place and type, final assessments of councils only, the newest period."""
        widgets = [*self.places.values(), self.drafts, self.others, self.period]
        for widget in widgets:
            widget.blockSignals(True)
        for button in self.places.values():
            button.set_chosen([])
        self.drafts.setChecked(False)
        self.others.setChecked(False)
        self.period.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()
