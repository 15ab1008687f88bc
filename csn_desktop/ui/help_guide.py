"""Help → How to complete an assessment: the steps from starting to sending the submission."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

# Each step: a heading and what to do. Marked here, translated when shown.
STEPS = (
    (
        QT_TRANSLATE_NOOP("HelpGuide", "Start"),
        QT_TRANSLATE_NOOP(
            "HelpGuide",
            "Choose File → New assessment… and type part of your council's name (its official "
            "or Welsh name, or its GSS code, work too); choose it from the list, then give the "
            "financial year and your name. The start page introduces the questionnaire: how "
            "long it takes and what happens to your answers.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpGuide", "Answer"),
        QT_TRANSLATE_NOOP(
            "HelpGuide",
            "Work through the sections listed on the left, in any order and over as many "
            "sittings as you like (Ctrl+PgDown goes to the next section). Every answer is saved "
            "as soon as you give it: there is no Save button. Ask colleagues from planning, "
            "transport, IT or procurement to fill in the parts they know best on this computer.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpGuide", "Review"),
        QT_TRANSLATE_NOOP(
            "HelpGuide",
            "Assessment → Review (Ctrl+R) lists every required answer still missing and every "
            "answer that is not valid. Choose one to go straight to its question.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpGuide", "Finalise"),
        QT_TRANSLATE_NOOP(
            "HelpGuide",
            "When nothing required is missing and the sign-off is filled in, finalise it "
            "(Assessment → Finalise…). The assessment becomes read-only; Assessment → "
            "Reopen… lets you change it again, and asks why.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpGuide", "Export"),
        QT_TRANSLATE_NOOP(
            "HelpGuide",
            "Choose File → Export… (Ctrl+E). The Excel submission is the file for the City "
            "Standards Network; the PDF report, with charts and every answer, is for your "
            "leadership.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpGuide", "Send"),
        QT_TRANSLATE_NOOP(
            "HelpGuide",
            "E-mail the Excel submission, as an attachment, to the City Standards Network at "
            "the address given in the invitation your council received. Do not change the "
            "file before sending it: the network checks it. Keep a copy with the PDF report.",
        ),
    ),
)


def guide_html() -> str:
    """The steps as an HTML page, translated."""
    items = "".join(
        "<li><p><b>{heading}</b><br>{text}</p></li>".format(
            heading=html.escape(QCoreApplication.translate("HelpGuide", heading)),
            text=html.escape(QCoreApplication.translate("HelpGuide", text)),
        )
        for heading, text in STEPS
    )
    title = html.escape(QCoreApplication.translate("HelpGuide", "How to complete an assessment"))
    return f"<h2>{title}</h2><ol>{items}</ol>"


class HelpGuide(QDialog):
    """The steps of an assessment, in a window that can stay open beside the main one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to complete an assessment"))
        self.text = QTextBrowser(self)
        self.text.setHtml(guide_html())
        self.text.setAccessibleName(self.tr("How to complete an assessment"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.setMinimumSize(metrics.averageCharWidth() * 90, metrics.height() * 30)
