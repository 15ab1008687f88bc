"""The report's table of contents, laid out in one pass: page numbers are written at the end."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from csn_desktop.exports.pdf_pages import OUTLINE_LEVELS, NumberedCanvas
from csn_desktop.exports.pdf_text import SANS, SANS_BOLD, fit

SIZE = 9.5
INDENT = 14.0
NUMBER_ROOM = 28.0  # right of the dots, for a page number of up to four digits
LINE = {0: 18.0, 1: 14.5}


def mark_headings(story: list[Any], *, first: int = 1) -> list[tuple[int, str, str]]:
    """Give every top heading of the story its link key; return (level, title, key) in order.

    The entries are known before layout (a heading's text does not depend on its page), so the
    contents take their final size at once and the report is laid out in one pass, not two.
    """
    entries: list[tuple[int, str, str]] = []
    for flowable in story:
        level = OUTLINE_LEVELS.get(getattr(getattr(flowable, "style", None), "name", ""))
        if level is None or not isinstance(flowable, Paragraph):
            continue
        key = f"h{len(entries) + first}"  # not translated: an internal link name
        flowable.outline_key = key
        entries.append((level, flowable.getPlainText(), key))
    return entries


class Contents(Flowable):  # type: ignore[misc]
    """One line per heading, linked to it; its page number is drawn when the report is saved."""

    def __init__(self, entries: list[tuple[int, str, str]]) -> None:
        super().__init__()
        self.entries = entries

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = sum(LINE.get(level, LINE[1]) for level, _title, _key in self.entries)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for level, title, key in self.entries:
            height = LINE.get(level, LINE[1])
            y -= height
            font = SANS_BOLD if level == 0 else SANS
            x = INDENT * level
            shown = fit(title, font, SIZE, self.width - x - NUMBER_ROOM - 20)
            canvas.setFont(font, SIZE)
            canvas.setFillColor(colors.black)
            canvas.drawString(x, y + 4, shown)
            start = x + canvas.stringWidth(shown, font, SIZE) + 6
            canvas.setFont(SANS, SIZE)
            canvas.setFillColor(colors.HexColor("#8A949E"))
            dots = ". " * int(
                (self.width - NUMBER_ROOM - start) / canvas.stringWidth(". ", SANS, SIZE)
            )
            canvas.drawString(start, y + 4, dots)
            canvas.linkRect("", key, (x, y, self.width, y + height), relative=1, thickness=0)
            if isinstance(canvas, NumberedCanvas):
                right, base = canvas.absolutePosition(self.width, y + 4)
                canvas.page_number_of(key, right, base, font, SIZE)
