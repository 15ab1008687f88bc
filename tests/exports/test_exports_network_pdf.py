"""The network PDF: sections, audiences, withheld figures, ties, pages and bookmarks."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from csn_desktop.actions.demo import fill_demo
from csn_desktop.actions.network import load_network
from csn_desktop.actions.network_reports import export_network_report
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.aggregation import Filters
from csn_desktop.domain.answers import Answers
from csn_desktop.domain.known_ids import IN_DEMAND, NEED, USE_STATUS
from csn_desktop.domain.network_figures import Audience
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.control import ExportCancelled
from csn_desktop.exports.network_pdf import write_network_pdf
from csn_desktop.i18n import format_datetime
from csn_desktop.storage.database import Database
from tests.exports.network_councils import (
    GENERATED,
    consenting,
    council,
    figures_of,
    read,
    write,
)

SECTIONS = (
    "What was selected and how it was counted",
    "Response rate",
    "Key findings",
    "Adoption and need by theme",
    "Use of standards by theme",
    "Need for standards by theme",
    "Use of each standard",
    "Standards in demand",
    "Barriers",
    "Priorities",
    "Gaps in standards",
)


def named(text: str, name: str) -> bool:
    """Whether ``name`` is in ``text`` as whole words, also when a table cell wraps it."""
    return re.search(rf"\b{re.escape(name)}\b", " ".join(text.split())) is not None


def test_the_publishable_pdf_names_no_council_and_quotes_only_consented_gaps(
    questionnaire: Questionnaire,
) -> None:
    councils = [council(n, questionnaire) for n in range(1, 13)]
    councils = [consenting(c, agreed=c.assessment_id % 2 == 0) for c in councils]
    written = write(figures_of(questionnaire, councils), councils)

    everything = written.text + "\n".join(written.metadata.values())
    for c in councils:
        assert not named(everything, c.council)
        assert c.gss_code is not None and c.gss_code not in everything
    quoted = set(re.findall(r"Gap story (\d+)", written.text))
    assert quoted == {str(n) for n in range(2, 13, 2)}  # the councils that agreed
    assert "[the council] cannot share bus data" in written.text
    assert "Publishable" in written.pages[0]
    assert "RESTRICTED" not in written.text + written.metadata["/Title"]


def test_every_section_has_its_heading_and_its_bookmark(questionnaire: Questionnaire) -> None:
    councils = [council(n, questionnaire) for n in range(1, 13)]
    written = write(figures_of(questionnaire, councils))

    for heading in SECTIONS:
        # Each bookmark leads to the page its heading is on.
        assert heading in written.pages[written.outline[heading] - 1]
    assert next(iter(written.outline)) == "City Standards Network: the picture across councils"
    pages = [written.outline[heading] for heading in SECTIONS]
    assert pages == sorted(pages) and pages[-1] > pages[0]
    assert written.metadata["/Title"] == "City Standards Network: the picture across councils"
    assert "Period: 2026/27" in written.metadata["/Subject"]


def test_every_page_says_page_n_of_m_and_the_audience(questionnaire: Questionnaire) -> None:
    councils = [council(n, questionnaire) for n in range(1, 13)]
    written = write(figures_of(questionnaire, councils))

    total = len(written.pages)
    assert total > 5
    for number, page in enumerate(written.pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "Publishable" in page


def test_the_restricted_pdf_says_restricted_on_every_page_and_names_councils(
    questionnaire: Questionnaire,
) -> None:
    councils = [council(n, questionnaire) for n in range(1, 4)]
    figures = figures_of(questionnaire, councils, audience=Audience.RESTRICTED)
    written = write(figures, councils)

    for page in written.pages:
        assert "RESTRICTED" in page
    assert "RESTRICTED" in written.metadata["/Title"]
    assert "Councils in this selection" in written.outline
    for c in councils:
        assert named(written.text, c.council)
        assert c.gss_code is not None and c.gss_code in written.text
    # Every gap, consented or not, under its council: three councils are nothing withheld.
    assert set(re.findall(r"Gap story (\d+)", written.text)) == {"1", "2", "3"}
    assert "3 councils answered" in written.text


def test_a_small_selection_is_withheld_and_shows_no_other_number(
    questionnaire: Questionnaire,
) -> None:
    councils = [consenting(council(n, questionnaire)) for n in range(1, 4)]
    figures = figures_of(questionnaire, councils, existing=22)
    written = write(figures, councils)

    text = written.text
    assert text.count("withheld") > 20
    assert "no findings can be published" in text
    assert "Gap story" not in text
    pages = len(written.pages)
    for number in range(1, pages + 1):
        text = text.replace(f"Page {number} of {pages}", "")
    text = text.replace(format_datetime(GENERATED, "long"), "")
    allowed = {
        str(questionnaire.version),
        "4",  # "a count of one to 4 councils is withheld"
        "5",  # the minimum
        "22",  # councils that exist in Wales: the bundled list, not an answer
        "2026",  # the period, 2026/27
        "27",
        *(str(tick) for tick in range(0, 101, 20)),  # the charts' axis
    }
    numbers = set(re.findall(r"\d+", text))
    assert numbers <= allowed, numbers - allowed


def test_changing_one_council_of_a_small_selection_changes_nothing(
    questionnaire: Questionnaire,
) -> None:
    councils = [consenting(council(n, questionnaire)) for n in range(1, 4)]
    before = write(figures_of(questionnaire, councils), councils)
    other = council(7, questionnaire)
    changed = [
        councils[0],
        councils[1],
        replace(councils[2], answers=Answers(dict(other.answers.values))),
    ]
    after = write(figures_of(questionnaire, changed), changed)

    assert after.pages == before.pages


def test_a_tie_at_the_twentieth_place_is_kept_whole(questionnaire: Questionnaire) -> None:
    codes = [s.code for s in questionnaire.standards]
    # 18 standards with distinct demand (25 down to 8), then five tied at 6: places 19 to 23.
    demand = {code: 25 - k for k, code in enumerate(codes[:18])}
    demand |= dict.fromkeys(codes[18:23], 6)
    councils = []
    for n in range(30):
        submission = council(n + 1, questionnaire)
        for code in codes:
            wanted = n < demand.get(code, 0)
            submission.answers.set(USE_STATUS, code, "not_aware" if wanted else "fully_used")
            submission.answers.set(NEED, code, sorted(IN_DEMAND)[0] if wanted else "not_relevant")
        councils.append(submission)
    written = write(figures_of(questionnaire, councils, existing=40))

    section = written.text.split("Standards in demand")[-1].split("Barriers")[0]
    for code in codes[:23]:
        assert code in section
    for code in codes[23:]:
        assert code not in section


def test_progress_reaches_the_end_and_cancelling_stops_the_export(
    questionnaire: Questionnaire,
) -> None:
    import io

    figures = figures_of(questionnaire, [council(n, questionnaire) for n in range(1, 8)])
    seen: list[tuple[int, int]] = []
    write_network_pdf(
        io.BytesIO(), figures, [], GENERATED, progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    with pytest.raises(ExportCancelled):
        write_network_pdf(io.BytesIO(), figures, [], GENERATED, cancelled=lambda: True)


def test_a_report_from_a_real_database_names_none_of_its_councils(
    app_database: Database, library: QuestionnaireLibrary, tmp_path: Path
) -> None:
    questionnaire = library.latest()
    fill_demo(app_database, questionnaire, councils=60, seed=12)
    data = load_network(app_database, library)
    filters = Filters(include_drafts=True)
    path = export_network_report(data, filters, tmp_path / "network.pdf")
    written = read(path.read_bytes())

    everything = written.text + "\n".join(written.metadata.values())
    assert len(data.selected(filters)) >= 30
    for submission in data.submissions:
        assert not named(everything, submission.council), submission.council
        assert submission.gss_code is not None and submission.gss_code not in everything
    assert "Drafts are included" in written.pages[0]

    restricted = export_network_report(
        data, filters, tmp_path / "network.pdf", audience=Audience.RESTRICTED
    )
    assert restricted.name == "network-RESTRICTED.pdf"
    names = read(restricted.read_bytes())
    assert all("RESTRICTED" in page for page in names.pages)
    assert all(named(names.text, s.council) for s in data.selected(filters))
