"""After Finalise: the next step, exporting the Excel submission and sending it to the network."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.export_dialog import ExportKind


class NextStepDialog(QDialog):
    """Says what to do with a finalised assessment; its buttons start the export."""

    export_requested = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assessment finalised"))
        self.text = QLabel(
            self.tr(
                "<h3>{title} is finalised.</h3>"
                "<p><b>Next:</b> export the Excel submission and send it to the City Standards "
                "Network, by e-mail to the address given in the invitation your council "
                "received. Send the file as it is: the network checks it.</p>"
                "<p>Export the PDF report too, for your leadership.</p>"
            ).format(title=html.escape(title)),
            self,
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(self)
        self.excel_button = buttons.addButton(
            self.tr("Export the &Excel submission…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pdf_button = buttons.addButton(
            self.tr("Export the &PDF report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.later_button = buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.excel_button.setDefault(True)
        self.excel_button.clicked.connect(lambda: self._export(ExportKind.XLSX))
        self.pdf_button.clicked.connect(lambda: self._export(ExportKind.PDF))
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _export(self, kind: ExportKind) -> None:
        # Closed first: the export asks where to save in a dialog of its own.
        self.accept()
        self.export_requested.emit(kind)


class FinaliseWatcher(QObject):
    """Shows the next step when the assessment becomes final (not when it opens final)."""

    def __init__(
        self, parent: QWidget, state: AssessmentState, export: Callable[[ExportKind], None]
    ) -> None:
        super().__init__(state)
        self.parent_widget = parent
        self.state = state
        self.export = export
        self.was_final = state.is_final
        state.status_changed.connect(self._status_changed)

    def _status_changed(self) -> None:
        final = self.state.is_final
        if final and not self.was_final:
            self.show_next_step()
        self.was_final = final

    def show_next_step(self) -> NextStepDialog:
        dialog = NextStepDialog(self.state.title, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.export_requested.connect(self.export)
        dialog.open()
        return dialog
