"""An assessment shown read-only: every answer by section, as words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.actions.assessments import LoadedAssessment
from csn_desktop.exports.choices import answer_words


class AssessmentViewer(QDialog):
    """Sections, then questions (and each matrix row or repeat item) with the answer given."""

    def __init__(self, loaded: LoadedAssessment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        s = loaded.summary
        self.setWindowTitle(f"{s.council} — {s.period} (read-only)")
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(f"{s.council} ({s.gss_code or 'no code'}), {s.period}, {s.status}. Read-only.")
        )
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Question", "Item", "Answer"])
        q, answers = loaded.questionnaire, loaded.answers
        for section in q.sections:
            top = QTreeWidgetItem(self.tree, [section.title])
            for key, value in answers:
                if not q.has_question(key.question_id):
                    continue
                if q.section_of(key.question_id).id != section.id:
                    continue
                question = q.question(key.question_id)
                QTreeWidgetItem(top, [question.label, key.item_key, answer_words(question, value)])
            top.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Close")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 600)
