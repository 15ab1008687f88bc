"""A clearly visible focus ring: 2 px in the palette's highlight, 3:1 or more against the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

# WCAG 2.2 (1.4.11, non-text contrast): a focus indicator needs 3:1 against what is beside it.
MINIMUM_CONTRAST = 3.0
RING_WIDTH = 2


def luminance(colour: QColor) -> float:
    """The relative luminance of a colour, as WCAG defines it."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ring_colour(palette: QPalette) -> QColor:
    """The palette's highlight, made lighter or darker until it stands out from both the window
    and the fields (3:1); the text colour when no shade of it does."""
    role = QPalette.ColorRole
    backgrounds = (palette.color(role.Window), palette.color(role.Base))
    highlight = palette.color(role.Highlight)
    dark_background = luminance(backgrounds[0]) < 0.18
    shade = highlight
    for _step in range(12):
        if min(contrast(shade, b) for b in backgrounds) >= MINIMUM_CONTRAST:
            return shade
        shade = shade.lighter(115) if dark_background else shade.darker(115)
    return palette.color(role.WindowText)


class FocusRing(QWidget):
    """A ring drawn over the focused widget's edge, outside it by its width.

    Placed in the nearest scrolled viewport (else the window) around the widget, above the
    widgets there, so neither a parent's edge nor a sibling hides it; it follows the widget as
    it and its parents move, resize or scroll, and lets the mouse through.
    """

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []

    def follow(self, widget: QWidget | None) -> None:
        for watched in self._watched:
            if _alive(watched):
                watched.removeEventFilter(self)
        self._watched = []
        self.target = widget
        if widget is None:
            self.hide()
            return
        host = widget.parentWidget()
        self._watched.append(widget)
        while host is not None and not host.isWindow():
            outer = host.parentWidget()
            if isinstance(outer, QAbstractScrollArea) and host is outer.viewport():
                break
            self._watched.append(host)
            host = outer
        for watched in self._watched:
            watched.installEventFilter(self)
        if self.parentWidget() is not host:
            self.setParent(host)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _MOVES:
            self.place()
        return False

    def place(self) -> None:
        target, host = self.target, self.parentWidget()
        if target is None or host is None or not _alive(target) or not target.isVisible():
            self.hide()
            return
        corner = target.mapTo(host, QPoint(0, 0))
        self.setGeometry(QRect(corner, target.size()).adjusted(*_OUTSIDE))
        self.raise_()
        self.show()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ring_colour(self.palette()), RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)


_MOVES = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)
_OUTSIDE = (-RING_WIDTH, -RING_WIDTH, RING_WIDTH, RING_WIDTH)


class FocusRingKeeper(QObject):
    """Moves the one ring to whichever widget has the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring = FocusRing()
        app.focusChanged.connect(self._focus_changed)
        # Installed after the first paint, when the home list already has the focus.
        self._focus_changed(None, app.focusWidget())

    def remove(self) -> None:
        """Stop drawing the ring (install_focus_ring starts again)."""
        if _alive(self.ring):
            self.ring.follow(None)
            self.ring.deleteLater()
        self.setParent(None)
        self.deleteLater()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not _alive(self.ring):
            self.ring = FocusRing()  # deleted with the page it was drawn on
        # A window, or a widget that takes no focus from the keyboard, gets no ring.
        wanted = (
            new is not None
            and not new.isWindow()
            and bool(new.focusPolicy() & Qt.FocusPolicy.TabFocus)
        )
        self.ring.follow(new if wanted else None)


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def install_focus_ring(app: QApplication) -> FocusRingKeeper:
    """Draw the focus ring for as long as the application runs (once, however often called)."""
    existing = app.findChild(FocusRingKeeper)
    return existing if isinstance(existing, FocusRingKeeper) else FocusRingKeeper(app)
