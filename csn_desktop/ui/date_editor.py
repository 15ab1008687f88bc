"""The date editor: typed the UK way (01/12/2026, 1 December 2026 …) or picked from a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.domain.questionnaire import Question
from csn_desktop.domain.uk_input import normal_date, read_date, uk_date
from csn_desktop.domain.values import JsonValue
from csn_desktop.ui.editors import TYPING_DEBOUNCE_MS, AnswerEditor

# Keys that open the calendar from the date field, as in a drop-down.
_OPEN_KEYS = (Qt.Key.Key_F4,)


class CalendarPopup(QFrame):
    """A calendar in a pop-up: arrows move the day, Enter picks it, Escape closes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        # UK calendars start on Monday, whatever the system's locale says.
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        # Week numbers mean nothing to most officers and cost a column.
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setAccessibleDescription(
            self.tr("Arrow keys move the day, Page Up and Page Down the month; Enter chooses.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.setFocusProxy(self.calendar)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateEditor(AnswerEditor):
    """A date field that reads dd/mm/yyyy and other UK ways, shows dd/mm/yyyy, stores ISO."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(question.label)
        self.edit.setAccessibleDescription(question.help.strip())
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setToolTip(
            self.tr("Type a date such as 24/11/2026, or press F4 or Alt+Down for a calendar.")
        )
        # Wide enough for "1 December 2026" and the longest Welsh month, never stretched.
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("30 Gorffennaf 2026  "))
        self.pick = QToolButton(self)
        self.pick.setText(self.tr("Calendar…"))
        self.pick.setAccessibleName(
            self.tr("Choose {question} from a calendar").format(question=question.label)
        )
        self.pick.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.pick)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.popup: CalendarPopup | None = None
        self._timer = QTimer(self, singleShot=True, interval=TYPING_DEBOUNCE_MS)
        self._timer.timeout.connect(self._save_typed)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.editingFinished.connect(self.flush)
        self.pick.clicked.connect(self.open_calendar)
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() in _OPEN_KEYS:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def parsed(self) -> JsonValue:
        """The typed date as stored (ISO); text that is not a date is kept as typed."""
        text = self.edit.text()
        return normal_date(text) if text.strip() else None

    def _save_typed(self) -> None:
        self._emit(self.parsed())

    def flush(self) -> None:
        """Save what is typed and, once it is a date, show it as dd/mm/yyyy."""
        self._timer.stop()
        value = self.parsed()
        if isinstance(value, str) and read_date(value) is not None:
            shown = uk_date(value)
            if shown != self.edit.text():
                self.edit.setText(shown)
        self._emit(value)

    def _show(self, value: JsonValue) -> None:
        self.edit.setText(uk_date(value) if isinstance(value, str) else "")

    def open_calendar(self) -> None:
        """Show the calendar below the field, on the typed date (or today), with focus in it."""
        if self.edit.isReadOnly():
            return
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.calendar.activated.connect(self._picked)
            self.popup.calendar.clicked.connect(self._picked)
        typed = read_date(self.edit.text())
        day = typed or date.today()
        self.popup.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.adjustSize()
        self.popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        if self.popup is not None:
            self.popup.close()
        self.edit.setText(uk_date(date(day.year(), day.month(), day.day()).isoformat()))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.flush()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.pick.setEnabled(not read_only)

    def focus_target(self) -> QWidget:
        return self.edit
