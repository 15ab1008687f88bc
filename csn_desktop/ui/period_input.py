"""A period field that shows what it will store: 2026-27 or 2026/2027 become 2026/27 as typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from csn_desktop.domain.periods import normal_period


def tidy_period(edit: QLineEdit) -> None:
    """When ``edit`` is left, write a period the way it will be kept (2026/27); text that is
    not a financial year stays as typed, for the dialog to explain."""

    def tidy() -> None:
        normal = normal_period(edit.text())
        if normal is not None and normal != edit.text():
            edit.setText(normal)

    edit.editingFinished.connect(tidy)
