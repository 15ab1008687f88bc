"""Help → About shows the version and every third-party notice."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from csn_desktop import __version__
from csn_desktop.ui.about_dialog import AboutDialog


def test_about_shows_version_and_notices(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"csn-desktop {__version__}" in labels
    text = dialog.notices.toPlainText()
    for expected in ("LGPL", "SIL Open Font License", "mySociety", "SQLAlchemy", "reportlab"):
        assert expected in text
    assert dialog.notices.isReadOnly()
