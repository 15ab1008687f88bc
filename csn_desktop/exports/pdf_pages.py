"""The report's pages: A4 frames, header, "page N of M", bookmarks and the DRAFT mark on top."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from csn_desktop.exports.control import Steps
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.language import language_tag
from csn_desktop.exports.pdf_edition_marks import LanguageMark, edition_key, edition_name
from csn_desktop.exports.pdf_text import SANS, SANS_BOLD, fit
from csn_desktop.i18n import _, format_date, format_number, language, using_language

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A6570")
WATERMARK = colors.Color(0.75, 0.1, 0.1, alpha=0.16)
# Paragraph styles whose paragraphs become bookmarks and table-of-contents entries, by level.
OUTLINE_LEVELS = {"h1": 0, "h2": 1}  # not translated: style names


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds each page back until the end so that the footer can say "page N of M".

    Bookmarks are held back with their page: set at once, they would all point at the first.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._bookmarks: dict[int, list[str]] = {}
        self._heading_pages: dict[str, int] = {}
        self._number_slots: dict[int, list[tuple[str, float, float, str, float]]] = {}
        # Set by the template as each page begins: the footer is written in it at the end.
        self.page_language = language()

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # noqa: N802 - reportlab's name
        """A destination for the whole page being drawn, set when the page is written."""
        self._bookmarks.setdefault(len(self._saved_pages), []).append(key)

    def heading(self, key: str, title: str, level: int) -> None:
        """A heading on the page being drawn: a bookmark, an outline entry, a contents number."""
        self.bookmarkPage(key)
        self.addOutlineEntry(title, key, level=level, closed=level > 0)
        self._heading_pages[key] = len(self._saved_pages) + 1

    def page_number_of(self, key: str, right: float, base: float, font: str, size: float) -> None:
        """Print, right-aligned at this place of this page, the number of the page of a heading."""
        slot = (key, right, base, font, size)
        self._number_slots.setdefault(len(self._saved_pages), []).append(slot)

    def save(self) -> None:
        total = len(self._saved_pages)
        for index, state in enumerate(self._saved_pages):
            self.__dict__.update(state)
            for key in self._bookmarks.get(index, []):
                super().bookmarkPage(key)
            for key, right, base, font, size in self._number_slots.get(index, []):
                if key in self._heading_pages:
                    self.setFont(font, size)
                    self.setFillColor(colors.black)
                    self.drawRightString(right, base, format_number(self._heading_pages[key]))
            self.setFont(SANS, 8)
            self.setFillColor(MUTED)
            with using_language(self.page_language):
                page = _("Page {number} of {total}").format(
                    number=format_number(self._pageNumber), total=format_number(total)
                )
            self.drawRightString(PAGE_WIDTH - MARGIN, 12 * mm, page)
            super().showPage()
        super().save()


class ReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 with a cover page and body pages; reports progress after every flowable."""

    def __init__(self, stream: Any, info: ExportInfo, title: str, steps: Steps) -> None:
        super().__init__(
            stream,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN,
            title=f"{title} — {info.shown_name()} {info.period}",
            author=info.shown_name(),
            subject=_(
                "Smart-city standards self-assessment of {council} for {period} ({status})"
            ).format(council=info.shown_name(), period=info.period, status=status_words(info)),
            creator=f"csn-desktop {info.app_version}",
            keywords=_("City Standards Network, smart-city standards, self-assessment"),
            lang=language_tag(language()),
            displayDocTitle=1,
            initialFontName=SANS,
        )
        self.info = info
        self.report_title = title
        self.steps = steps
        # The report's languages in order (two: a bilingual report), and the pages' language.
        self.editions = [language()]
        self.titles: dict[str, str] = {}
        self.page_language = self.next_language = ""
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    id="cover",
                    frames=[frame],
                    onPage=self._cover_page,
                    onPageEnd=self._watermark,
                ),
                PageTemplate(
                    id="body", frames=[frame], onPage=self._body_page, onPageEnd=self._watermark
                ),
            ]
        )

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
        self.steps.advance()
        if isinstance(flowable, LanguageMark):
            self.next_language = flowable.language
        key = getattr(flowable, "outline_key", None)
        level = OUTLINE_LEVELS.get(getattr(getattr(flowable, "style", None), "name", ""))
        if key is not None and level is not None and isinstance(flowable, Paragraph):
            # A bilingual report's headings sit under the bookmark of their language.
            self.canv.heading(key, flowable.getPlainText(), level + (len(self.editions) > 1))

    def handle_pageBegin(self) -> None:  # noqa: N802 - reportlab's name
        """A page takes the language of the edition it belongs to; each edition its bookmark."""
        starting = self.next_language or self.editions[0]
        if starting != self.page_language and len(self.editions) > 1:
            self.canv.heading(edition_key(starting), edition_name(starting), 0)
        self.page_language = self.canv.page_language = starting
        with using_language(starting):
            super().handle_pageBegin()

    def handle_pageEnd(self) -> None:  # noqa: N802 - reportlab's name
        with using_language(self.page_language):
            super().handle_pageEnd()

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's name
        self.canv.showOutline()

    def _cover_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_HEIGHT - 38 * mm, PAGE_WIDTH, 38 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(SANS_BOLD, 13)
        canvas.drawString(MARGIN, PAGE_HEIGHT - 22 * mm, _("City Standards Network"))
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        title = self.titles.get(self.page_language, self.report_title)
        right = fit(title, SANS, 8, BODY_WIDTH * 0.45)
        left = fit(
            f"{self.info.shown_name()} · {self.info.period}",
            SANS,
            8,
            BODY_WIDTH - 10 - canvas.stringWidth(right, SANS, 8),
        )
        canvas.drawString(MARGIN, top, left)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, right)
        canvas.setStrokeColor(colors.HexColor("#C8D0D8"))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        # TRANSLATORS: the footer of each page, e.g. "Draft · exported 1 December 2026".
        footer = _("{status} · exported {day}").format(
            status=status_words(self.info),
            day=format_date(self.info.exported_at.astimezone().date()),
        )
        canvas.drawString(MARGIN, 12 * mm, footer)
        canvas.restoreState()

    def _watermark(self, canvas: Canvas, doc: Any) -> None:
        """Drawn when the page's content is done, so no table background can cover it."""
        if not self.info.is_draft:
            return
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFont(SANS_BOLD, 120)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(50)
        # TRANSLATORS: the watermark across every page of a draft; short, in capitals.
        canvas.drawCentredString(0, -40, _("DRAFT"))
        canvas.restoreState()


def status_words(info: ExportInfo) -> str:
    """The assessment's status in words: Draft or Final."""
    return _("Draft") if info.is_draft else _("Final")
