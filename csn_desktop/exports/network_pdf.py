"""The network's PDF report: what was counted, the findings in words, charts, tables and gaps."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from csn_desktop import __version__
from csn_desktop.domain.aggregation import Submission
from csn_desktop.domain.known_ids import NEED, USE_STATUS
from csn_desktop.domain.network_figures import NetworkFigures, selection_text
from csn_desktop.exports.control import CancelCheck, ProgressCallback, Steps
from csn_desktop.exports.language import language_tag
from csn_desktop.exports.network_pdf_charts import (
    NEED_PALETTE,
    USE_PALETTE,
    heat_legend,
    heatmap,
    share_chart,
)
from csn_desktop.exports.network_pdf_findings import key_findings
from csn_desktop.exports.network_pdf_gaps import councils_table, gaps
from csn_desktop.exports.network_pdf_parts import (
    NOTE,
    PROSE,
    RESTRICTED_RED,
    Heading,
    audience_text,
    heading,
    paragraph,
)
from csn_desktop.exports.network_pdf_sections import (
    REPORT_TITLE,
    barriers,
    cover,
    demand,
    method,
    priorities,
    response_rate,
)
from csn_desktop.exports.pdf_pages import (
    ACCENT,
    BODY_WIDTH,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    NumberedCanvas,
)
from csn_desktop.exports.pdf_text import (
    SANS,
    SANS_BOLD,
    describe_missing,
    fit,
    noting_missing,
    register_fonts,
)
from csn_desktop.i18n import _, language

log = logging.getLogger(__name__)
RESTRICTED_WORD = "RESTRICTED"  # not translated: the file name and every page say it alike


def write_network_pdf(
    stream: BinaryIO,
    figures: NetworkFigures,
    submissions: Sequence[Submission],
    generated_at: datetime,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Write the network's report about one selection as PDF.

    Publishable output is built from ``figures`` alone; ``submissions`` (the selected ones)
    are read only for the restricted edition's list of councils.
    """
    register_fonts()
    steps = Steps(1, progress, cancelled)
    steps.check()
    with noting_missing() as missing:
        story = _story(figures, submissions if figures.restricted else (), generated_at)
        steps.total = len(story) + 1
        document = _NetworkDocument(stream, figures, steps)
        document.build(story, canvasmaker=NumberedCanvas)
    if missing:
        log.warning("no bundled font has %s", describe_missing(missing))
    steps.finish()


def _story(
    figures: NetworkFigures, submissions: Sequence[Submission], generated_at: datetime
) -> list[Any]:
    q = figures.questionnaire
    story: list[Any] = [NextPageTemplate("body"), *cover(figures, generated_at), PageBreak()]
    story += method(figures)
    story += [CondPageBreak(90 * mm), *response_rate(figures)]
    story += [CondPageBreak(45 * mm), heading(_("Key findings"))]
    story += [paragraph("• " + sentence, PROSE) for sentence in key_findings(figures)]
    story += [PageBreak(), heading(_("Adoption and need by theme"))]
    story += [
        paragraph(
            _(
                "Each bar pools the answers about the theme's standards: the share of councils "
                "answering that chose each option. Standards with a withheld figure are left "
                "out of the pool, and a theme with none left is marked withheld."
            ),
            NOTE,
        ),
        heading(_("Use of standards by theme"), 1),
        share_chart(figures, figures.use, q.question(USE_STATUS), USE_PALETTE),
        CondPageBreak(100 * mm),
        heading(_("Need for standards by theme"), 1),
        share_chart(figures, figures.need, q.question(NEED), NEED_PALETTE),
    ]
    story += [PageBreak(), heading(_("Use of each standard"))]
    if figures.all_withheld:
        story.append(paragraph(_("Every figure is withheld: this selection has too few councils.")))
    else:
        story += [
            paragraph(
                _(
                    "For each standard, the share of the councils answering that chose each "
                    "use status; the darker the cell, the larger the share."
                ),
                NOTE,
            ),
            heat_legend(),
            Spacer(1, 3 * mm),
            heatmap(figures, q.question(USE_STATUS)),
        ]
    story += [PageBreak(), *demand(figures)]
    story += [CondPageBreak(80 * mm), *barriers(figures)]
    story += [CondPageBreak(80 * mm), *priorities(figures)]
    story += [PageBreak(), *gaps(figures)]
    if figures.restricted:
        story += [PageBreak(), *councils_table(figures, submissions)]
    return story


class _NetworkDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages with the audience on every one, RESTRICTED on top when restricted, bookmarks."""

    def __init__(self, stream: BinaryIO, figures: NetworkFigures, steps: Steps) -> None:
        title = _(REPORT_TITLE)
        if figures.restricted:
            title = f"{title} — {RESTRICTED_WORD}"
        super().__init__(
            stream,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN,
            title=title,
            author=_("City Standards Network"),
            # The selection names places and types, never a council.
            subject=_("Aggregated results: {selection}").format(
                selection=selection_text(figures.filters)
            ),
            creator=f"csn-desktop {__version__}",
            keywords=_("City Standards Network, smart-city standards, network report"),
            lang=language_tag(language()),
            displayDocTitle=1,
            initialFontName=SANS,
        )
        self.figures = figures
        self.steps = steps
        self._bookmarks = 0
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._cover_page),
                PageTemplate(id="body", frames=[frame], onPage=self._body_page),
            ]
        )

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, Heading):
            self._bookmarks += 1
            key = f"section-{self._bookmarks}"  # not translated: an internal anchor name
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline_title, key, level=flowable.outline_level, closed=True
            )
            if self._bookmarks == 1:
                self.canv.showOutline()
        self.steps.advance()

    def _cover_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_HEIGHT - 38 * mm, PAGE_WIDTH, 38 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(SANS_BOLD, 13)
        canvas.drawString(MARGIN, PAGE_HEIGHT - 22 * mm, _("City Standards Network"))
        canvas.restoreState()
        self._restricted_mark(canvas, PAGE_HEIGHT - 24 * mm, on_band=True)
        self._footer(canvas)

    def _body_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        room = BODY_WIDTH * (0.7 if self.figures.restricted else 1.0)
        canvas.drawString(MARGIN, top, fit(_(REPORT_TITLE), SANS, 8, room))
        canvas.setStrokeColor(colors.HexColor("#C8D0D8"))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.restoreState()
        self._restricted_mark(canvas, top - 0.5 * mm, on_band=False)
        self._footer(canvas)

    def _restricted_mark(self, canvas: Canvas, y: float, *, on_band: bool) -> None:
        """RESTRICTED, white on red, at the top right of every page of the restricted edition."""
        if not self.figures.restricted:
            return
        canvas.saveState()
        size = 11 if on_band else 9
        width = canvas.stringWidth(RESTRICTED_WORD, SANS_BOLD, size) + 8
        right = PAGE_WIDTH - MARGIN
        canvas.setFillColor(RESTRICTED_RED)
        canvas.rect(right - width, y - 3, width, size + 4, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(SANS_BOLD, size)
        canvas.drawRightString(right - 4, y, RESTRICTED_WORD)
        canvas.restoreState()

    def _footer(self, canvas: Canvas) -> None:
        """The audience at the bottom left ("Page N of M" is drawn by NumberedCanvas)."""
        canvas.saveState()
        restricted = self.figures.restricted
        canvas.setFont(SANS_BOLD if restricted else SANS, 8)
        canvas.setFillColor(RESTRICTED_RED if restricted else MUTED)
        canvas.drawString(MARGIN, 12 * mm, audience_text(self.figures))
        canvas.restoreState()
