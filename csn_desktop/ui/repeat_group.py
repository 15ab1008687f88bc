"""A repeat group (such as gaps): a box per item with its fields, add and remove buttons."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from csn_desktop.actions.assessments import delete_repeat_item
from csn_desktop.domain.questionnaire import Question
from csn_desktop.ui.assessment_state import AssessmentState
from csn_desktop.ui.dialogs import ConfirmDialog, MessageDialog
from csn_desktop.ui.messages import describe_error
from csn_desktop.ui.question_field import QuestionField
from csn_desktop.ui.rich_text import button_text, paragraphs


class RepeatItemBox(QGroupBox):
    """One item of a repeat group."""

    def __init__(
        self, state: AssessmentState, group: Question, key: str, number: int, parent: QWidget
    ) -> None:
        super().__init__(
            self.tr("{item} {number}").format(item=group.item_name, number=number), parent
        )
        self.key = key
        self.fields = [QuestionField(state, field, key, self) for field in group.fields]
        remove = self.tr("Remove {item} {number}").format(
            item=group.item_name.lower(), number=number
        )
        self.remove = QPushButton(button_text(remove), self)
        self.remove.setAccessibleName(remove)
        layout = QVBoxLayout(self)
        for field in self.fields:
            layout.addWidget(field)
        layout.addWidget(self.remove)


class RepeatGroupWidget(QWidget):
    """Shows every item; "Add" makes a new, empty one whose key is never reused."""

    def __init__(self, state: AssessmentState, group: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.group = group
        self.title = QLabel(f"<b>{html.escape(group.label)}</b>", self)
        self.help = QLabel(paragraphs(group.help), self)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setWordWrap(True)
        self.items_layout = QVBoxLayout()
        add = self.tr("Add {item}").format(item=group.item_name.lower())
        self.add = QPushButton(button_text(add), self)
        self.add.setAccessibleName(add)
        self.add.clicked.connect(self.add_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addLayout(self.items_layout)
        layout.addWidget(self.add)
        self.boxes: list[RepeatItemBox] = []
        self._keys: list[str] = list(state.answers.item_keys(group))
        self._rebuild()

    @property
    def fields(self) -> list[QuestionField]:
        return [field for box in self.boxes for field in box.fields]

    def _rebuild(self) -> None:
        for box in self.boxes:
            box.setParent(None)
            box.deleteLater()
        self.boxes = []
        for number, key in enumerate(self._keys, start=1):
            box = RepeatItemBox(self.state, self.group, key, number, self)
            box.remove.clicked.connect(lambda _=False, k=key: self.remove_item(k))
            self.items_layout.addWidget(box)
            self.boxes.append(box)
        self.set_read_only(self.state.is_final)

    def add_item(self) -> None:
        existing = [int(k) for k in self._keys if k.isdigit()]
        stored = self.state.answers.next_item_key(self.group)
        key = str(max(max(existing, default=0) + 1, int(stored)))
        self._keys.append(key)
        self._rebuild()
        self.boxes[-1].fields[0].setFocus()

    def remove_item(self, key: str) -> None:
        if not ConfirmDialog.ask(
            self,
            self.tr("Remove"),
            self.tr("Remove this {item}?").format(item=self.group.item_name.lower()),
            self.tr("Remove"),
        ):
            return
        try:
            delete_repeat_item(
                self.state.database,
                self.state.questionnaire,
                self.state.assessment_id,
                self.group.id,
                key,
            )
        except Exception as error:
            MessageDialog.ask(self, self.tr("Could not remove"), describe_error(error))
            return
        for field in self.group.fields:
            self.state.answers.set(field.id, key, None)
        self._keys.remove(key)
        self._rebuild()
        self.state.answer_changed.emit(self.group.id, key)

    def set_read_only(self, read_only: bool) -> None:
        self.add.setEnabled(not read_only and self._room())
        for box in self.boxes:
            box.remove.setEnabled(not read_only)
            for field in box.fields:
                field.set_read_only(read_only)

    def _room(self) -> bool:
        return self.group.max_items is None or len(self._keys) < self.group.max_items
