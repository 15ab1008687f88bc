"""Help → About: the version, what the app is for, and every third-party notice."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from csn_desktop import __version__
from csn_desktop.notices import notices_text


class AboutDialog(QDialog):
    """Shows the version and the licences of Qt, the fonts, the council list and each library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About csn-desktop"))
        summary = QLabel(
            self.tr(
                "<b>csn-desktop {version}</b><br>Smart-city standards self-assessment for UK "
                "councils and the City Standards Network.<br>Contains the list of UK local "
                "authorities © mySociety (CC BY 4.0). Built with Qt for Python (LGPL-3.0)."
            ).format(version=__version__),
            self,
        )
        summary.setWordWrap(True)
        heading = QLabel(self.tr("Third-party notices:"), self)
        self.notices = QPlainTextEdit(self)
        self.notices.setReadOnly(True)
        self.notices.setPlainText(notices_text())
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices.setAccessibleName(self.tr("Third-party notices"))
        self.notices.setAccessibleDescription(
            self.tr(
                "The licences of Qt, the fonts, the council list and every library csn-desktop uses"
            )
        )
        heading.setBuddy(self.notices)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(heading)
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 30)

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        cls(parent).exec()
