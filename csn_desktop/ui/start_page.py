"""The start page of an assessment: the questionnaire's introduction and how answering works."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.actions.assessments import RESPONDENT_QUESTION
from csn_desktop.ui.assessment_state import AssessmentState


def is_new(state: AssessmentState) -> bool:
    """Nothing answered yet, apart from the respondent's name given when it was started."""
    return all(key.question_id == RESPONDENT_QUESTION for key, _value in state.answers)


def paragraphs(text: str) -> str:
    """Plain text from the definition as escaped HTML paragraphs (blank lines between them)."""
    parts = [" ".join(p.split()) for p in text.split("\n\n")]
    return "".join(f"<p>{html.escape(p)}</p>" for p in parts if p)


class StartPage(QScrollArea):
    """Shown when a new assessment opens, and from Assessment → About this questionnaire."""

    start_requested = Signal()

    def __init__(self, state: AssessmentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a focus stop of its own: Tab goes straight to the Start button.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Start page"))
        body = QWidget(self)
        self.text = QLabel(body)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(self.tr("About this questionnaire"))
        self.start_button = QPushButton(self.tr("&Start"), body)
        self.start_button.setDefault(True)
        self.start_button.setAccessibleName(self.tr("Start"))
        self.start_button.clicked.connect(self.start_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(body)
        # Lines of about 80 characters read better than the full width of a wide window.
        self.text.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        self.setFocusProxy(self.start_button)
        state.answer_changed.connect(self.refresh)
        state.status_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        q = self.state.questionnaire
        # A "&" in the title would otherwise become a mnemonic.
        first = q.sections[0].title.replace("&", "&&") if q.sections else ""
        self.start_button.setText(
            self.tr("&Start: {section}").format(section=first)
            if is_new(self.state)
            else self.tr("&Go to {section}").format(section=first)
        )
        respondent = self.state.value(RESPONDENT_QUESTION)
        who = (
            self.tr("<p>Respondent: <b>{name}</b></p>").format(name=html.escape(respondent))
            if isinstance(respondent, str) and respondent
            else ""
        )
        sections = "".join(f"<li>{html.escape(s.title)}</li>" for s in q.sections)
        self.text.setText(
            self.tr(
                "<h2>{title}</h2>{respondent}{introduction}"
                "<h3>The sections</h3><ol>{sections}</ol>"
                "<h3>How saving works</h3>"
                "<p>Every answer is saved on this computer as soon as you give it: there is no "
                "Save button. You can stop at any time, close the app and come back later; "
                "colleagues can fill in the parts they know best. An answer that cannot be "
                "saved (too long, or not valid) is marked beside its question.</p>"
                "<h3>What happens to your answers</h3>"
                "<p>Your answers stay on this computer until you export them. When every "
                "required answer is given, finalise the assessment on the Review page, then "
                "export the Excel submission (File → Export…) and send it to the City "
                "Standards Network; export the PDF report for your leadership. Help → How to "
                "complete an assessment shows each step.</p>"
            ).format(
                title=html.escape(q.title),
                respondent=who,
                introduction=paragraphs(q.description),
                sections=sections,
            )
        )
