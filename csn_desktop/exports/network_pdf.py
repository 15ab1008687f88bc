"""The aggregated PDF summary: selection, charts by theme, demand, barriers, priorities, gaps."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from csn_desktop.domain.aggregation import DescribedGap
from csn_desktop.domain.known_ids import GAP_THEME, NEED, USE_STATUS
from csn_desktop.exports.control import CancelCheck, ProgressCallback, Steps
from csn_desktop.exports.network_figures import Figure, SharedFigures
from csn_desktop.exports.pdf_charts import NEED_COLOURS, USE_COLOURS, ThemeCounts, theme_chart
from csn_desktop.exports.pdf_text import SANS, SANS_BOLD, markup, register_fonts
from csn_desktop.i18n import N_, _, format_datetime, format_number, ngettext

TITLE = N_("City Standards Network: the picture across councils")
TOP_DEMAND = 20
MAX_GAPS = 60
_BODY = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13)
_SMALL = ParagraphStyle("small", parent=_BODY, fontSize=8, leading=10)
_H1 = ParagraphStyle("h1", parent=_BODY, fontName=SANS_BOLD, fontSize=18, leading=23)
_H2 = ParagraphStyle("h2", parent=_BODY, fontName=SANS_BOLD, fontSize=13, leading=18, spaceBefore=8)
_NOTICE = ParagraphStyle(
    "notice", parent=_BODY, backColor=colors.HexColor("#FFF2CC"), borderPadding=5, spaceAfter=6
)


def write_network_pdf(
    stream: BinaryIO,
    figures: SharedFigures,
    gaps: list[DescribedGap],
    generated_at: datetime,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Write the summary report; every figure about a small group is withheld, and said so."""
    register_fonts()
    steps = Steps(4, progress, cancelled)
    q = figures.questionnaire
    story: list[Any] = [
        Paragraph(markup(_(TITLE)), _H1),
        Spacer(1, 4 * mm),
        Paragraph(markup(figures.notice()), _NOTICE),
        _pairs(
            [
                (_("Councils in this selection"), figures.count(figures.picture.councils)),
                (_("Selection"), figures.filters_text),
                (
                    _("Questionnaire"),
                    _("{title} ({questionnaire} version {version})").format(
                        title=q.title, questionnaire=q.id, version=q.version
                    ),
                ),
                (_("Generated at"), format_datetime(generated_at)),
            ]
        ),
    ]
    steps.advance()
    if not figures.all_suppressed:
        width = A4[0] - 40 * mm
        story += [Paragraph(markup(_("Use of standards by theme")), _H2)]
        story += [theme_chart(_by_theme(figures, USE_STATUS), USE_COLOURS, width, 260)]
        story += [Paragraph(markup(_("Need for standards by theme")), _H2)]
        story += [theme_chart(_by_theme(figures, NEED), NEED_COLOURS, width, 240)]
        steps.advance()
        story += [Paragraph(markup(_("Most wanted: needed or essential but not in use")), _H2)]
        demand = figures.demand_rows(TOP_DEMAND)
        demand_header = [_("Code"), _("Title"), _("Councils"), _("Of those answering")]
        story += [
            _table(demand_header, demand, [30, 95, 20, 25])
            if demand
            else Paragraph(markup(_("No standard is in demand by enough councils to show.")), _BODY)
        ]
        story += [Paragraph(markup(_("Barriers")), _H2)]
        barrier_header = [_("Barrier"), _("Councils"), _("Mentions")]
        story += [_table(barrier_header, figures.barrier_rows(), [110, 30, 30])]
        story += [Paragraph(markup(_("National priorities")), _H2)]
        priority_header = [_("Question"), _("Choice"), _("Councils")]
        story += [_table(priority_header, figures.priority_rows(), [70, 75, 25])]
        steps.advance()
        story += [Paragraph(markup(_("Gaps councils described")), _H2)]
        story += _gaps(figures, gaps)
    doc = SimpleDocTemplate(
        stream,
        pagesize=A4,
        title=_(TITLE),
        author=_("City Standards Network"),
        subject=_("Aggregated results, {selection}").format(selection=figures.filters_text),
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
    )
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    steps.finish()


def _by_theme(figures: SharedFigures, field_id: str) -> ThemeCounts:
    q = figures.questionnaire
    field = q.question(field_id)
    counts: dict[str, Counter[str]] = {t.id: Counter() for t in q.themes}
    for standard in q.standards:
        f = figures.picture.standards[standard.code]
        if figures.withholds(f.answered):
            continue  # a standard answered by too few councils is left out of the chart
        source = f.use_counts if field_id == USE_STATUS else f.need_counts
        counts.setdefault(standard.theme, Counter()).update(source)
    return ThemeCounts(field, [(t.id, t.label) for t in q.themes], counts)


def _pairs(rows: list[tuple[str, Figure]]) -> Table:
    data = [[Paragraph(markup(k), _BODY), Paragraph(markup(_shown(v)), _BODY)] for k, v in rows]
    table = Table(data, colWidths=[50 * mm, 120 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _shown(value: Figure) -> str:
    """A figure as readers of the current language write it (a withheld one is already text)."""
    return value if isinstance(value, str) else format_number(value)


def _table(header: list[str], rows: list[list[Figure]], widths_mm: list[float]) -> Table:
    data = [[Paragraph(f"<b>{markup(h)}</b>", _SMALL) for h in header]]
    data += [[Paragraph(markup(_shown(v)), _SMALL) for v in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _gaps(figures: SharedFigures, gaps: list[DescribedGap]) -> list[Any]:
    """Long free text goes in paragraphs, never table cells (a cell taller than a page fails)."""
    if not gaps:
        return [Paragraph(markup(_("No council described a gap.")), _BODY)]
    q = figures.questionnaire
    theme_q = q.question(GAP_THEME) if q.has_question(GAP_THEME) else None
    out: list[Any] = []
    for gap in gaps[:MAX_GAPS]:
        theme = theme_q.choice_label(gap.theme) if theme_q and gap.theme else ""
        head = f"<b>{markup(gap.council)}</b>" + (f" — {markup(theme)}" if theme else "")
        out.append(Paragraph(head, _BODY))
        out.append(Paragraph(markup(gap.description), _BODY))
        if gap.should_cover:
            cover = _("A standard should cover: {text}").format(text=gap.should_cover)
            out.append(Paragraph(markup(cover), _SMALL))
        out.append(Spacer(1, 2 * mm))
    if len(gaps) > MAX_GAPS:
        left = len(gaps) - MAX_GAPS
        more = ngettext(
            "… and {count} more in the Excel workbook (Council answers).",
            "… and {count} more in the Excel workbook (Council answers).",
            left,
        ).format(count=format_number(left))
        out.append(Paragraph(markup(more), _BODY))
    return out


def _footer(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(SANS, 8)
    page = _("Page {number}").format(number=format_number(doc.page))
    canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, page)
    canvas.drawString(20 * mm, 10 * mm, _(TITLE))
    canvas.restoreState()
