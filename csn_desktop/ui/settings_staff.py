"""The "used by network staff" setting: only such a computer shows the Network menu."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

# QSettings key; absent means an officer's computer (no Network menu).
STAFF_KEY = "network/staff_computer"  # not translated: settings key
# Set to 1 by a staff install (a shortcut or a login script) to switch the setting on.
STAFF_ENV = "CSN_NETWORK_STAFF"  # not translated: environment variable
_YES = frozenset({"1", "true", "yes", "on"})  # not translated: environment values


def is_staff_computer(settings: QSettings) -> bool:
    """Whether this computer was set up for network staff (the setting, or CSN_NETWORK_STAFF=1)."""
    if os.environ.get(STAFF_ENV, "").strip().lower() in _YES:
        return True
    return str(settings.value(STAFF_KEY, "false")).lower() in _YES


class StaffSetting(QObject):
    """Help → "This computer is used by network staff": a remembered check item that shows or
    hides the network staff's tools through ``apply``."""

    def __init__(self, menu: QMenu, settings: QSettings, apply: Callable[[bool], None]) -> None:
        # ``menu`` is Help, whose last item (About) stays last.
        super().__init__(menu)
        self.settings = settings
        self.apply = apply
        self.action = QAction(
            QCoreApplication.translate("StaffSetting", "This computer is used by network &staff"),
            menu,
        )
        self.action.setCheckable(True)
        self.action.setStatusTip(
            QCoreApplication.translate(
                "StaffSetting",
                "Show the Network menu, for City Standards Network staff who import councils' "
                "submissions. Council officers do not need it: they export and send their own.",
            )
        )
        # Kept just above About, which stays the last item of Help.
        about = menu.actions()[-1]
        menu.insertAction(about, self.action)
        menu.insertSeparator(about)
        staff = is_staff_computer(settings)
        self.action.setChecked(staff)
        self.action.toggled.connect(self._toggled)
        apply(staff)

    def _toggled(self, staff: bool) -> None:
        self.settings.setValue(STAFF_KEY, staff)
        self.apply(staff)
