"""The restricted network workbook: RESTRICTED everywhere, per-council rows, no personal data."""

from __future__ import annotations

import gc

import pytest

from csn_desktop.domain.network_figures import Audience
from csn_desktop.domain.questionnaire import Questionnaire, QuestionType
from csn_desktop.exports.network_workbook import write_network_workbook
from tests.exports.network_books import (
    GENERATED_AT,
    PLACES,
    book_of,
    cells,
    column,
    council_name,
    councils,
    figures_of,
    gap_text,
    gss_code,
    headers,
)
from tests.exports.test_exports_full_disk import FullStream


def test_every_sheet_of_a_restricted_workbook_says_restricted(
    questionnaire: Questionnaire,
) -> None:
    selected = councils(questionnaire, 3)
    book = book_of(figures_of(questionnaire, selected, audience=Audience.RESTRICTED), selected)
    assert book.sheetnames == [
        "About",
        "Response",
        "Standards",
        "Themes",
        "Demand",
        "Barriers",
        "Priorities",
        "Gaps",
        "Council standards",
        "Council answers",
        "Data dictionary",
    ]
    for sheet in book.worksheets:
        assert str(sheet["A1"].value).startswith("RESTRICTED: for the network's staff only."), (
            sheet.title
        )
        assert sheet.oddHeader.right.text == "RESTRICTED: for the network's staff only"
    about = {row[0]: row[1] for row in book["About"].iter_rows(min_row=3, values_only=True)}
    assert about["Audience"].startswith("Restricted")
    # Nothing is withheld for the network's staff, even for three councils.
    assert about["Councils in the selection"] == 3
    standards = book["Standards"]
    answering = [c.value for c in column(standards, "Councils answering")]
    fully_used = [c.value for c in column(standards, "Use: Fully used")]
    # A standard no council answered for is withheld by the domain (a group of 0 < 1).
    answered = [
        (n, share) for n, share in zip(answering, fully_used, strict=True) if n != "withheld"
    ]
    assert max(n for n, _share in answered) == 3
    assert all(isinstance(share, int | float) for _n, share in answered)


def test_a_restricted_workbook_has_a_row_per_council_and_standard(
    questionnaire: Questionnaire,
) -> None:
    selected = councils(questionnaire, 4)
    book = book_of(figures_of(questionnaire, selected, audience=Audience.RESTRICTED), selected)
    standards = book["Council standards"]
    rows = list(standards.iter_rows(min_row=3, values_only=True))
    assert len(rows) == 4 * len(questionnaire.standards)
    assert headers(standards)[:8] == [
        "Council",
        "GSS code",
        "Nation",
        "Region",
        "Authority type",
        "Period",
        "Status",
        "Code",
    ]
    first = selected[0]
    code = next(
        s.code for s in questionnaire.standards if first.answers.get("standards.use_status", s.code)
    )
    [row] = [r for r in rows if r[0] == council_name(0) and r[7] == code]
    assert row[1] == gss_code(0) and row[6] == "Final"
    use = questionnaire.question("standards.use_status")
    assert row[10] == use.choice_label(str(first.answers.get("standards.use_status", code)))
    # Every gap, under its council, in the council's own words.
    gaps = book["Gaps"]
    assert headers(gaps)[0] == "Council"
    quoted = {
        (c.value, d.value)
        for c, d in zip(column(gaps, "Council"), column(gaps, "Description"), strict=True)
    }
    assert quoted == {(council_name(n), gap_text(n, item)) for n in range(4) for item in (1, 2)}


def test_a_restricted_workbook_leaves_out_personal_data_and_the_matrix(
    questionnaire: Questionnaire,
) -> None:
    selected = councils(questionnaire, 3)
    personal = [q.id for _section, q in questionnaire.iter_questions() if q.personal_data]
    assert personal
    secrets = {"respondent_name": "Gwenllian Secret-Person", "approved_by_name": "Iolo Hidden-Name"}
    free_text = next(
        q.id
        for _section, q in questionnaire.iter_questions()
        if q.type is QuestionType.LONG_TEXT and not q.personal_data and not q.group
    )
    for question_id, name in secrets.items():
        assert question_id in personal
        selected[0].answers.set(question_id, "", name)
    selected[1].answers.set(free_text, "", "=cmd|' /C calc'!A0")
    book = book_of(figures_of(questionnaire, selected, audience=Audience.RESTRICTED), selected)
    texts = {str(cell.value) for _sheet, cell in cells(book)}
    assert not any(name in text for name in secrets.values() for text in texts)
    answers = book["Council answers"]
    ids = {c.value for c in column(answers, "Question id")}
    assert ids and not ids & set(personal)
    assert not any(str(i).startswith("standards.") for i in ids)
    assert {free_text, "gaps.description"} <= ids
    [hostile] = [c for c in column(answers, "Answer") if c.value == "=cmd|' /C calc'!A0"]
    assert hostile.data_type == "s" and hostile.quotePrefix
    assert {council_name(n) for n in range(3)} == {c.value for c in column(answers, "Council")}
    assert not any(PLACES[5] in text for text in texts)  # a council not selected


@pytest.mark.parametrize("room", [100, 20_000, 60_000])
def test_a_full_disk_leaves_no_sheet_to_be_finished_later(
    questionnaire: Questionnaire, room: int, capfd: pytest.CaptureFixture[str]
) -> None:
    """Unfinished write-only sheets would print "Exception ignored" once collected."""
    selected = councils(questionnaire, 6)
    figures = figures_of(questionnaire, selected, audience=Audience.RESTRICTED)
    stream = FullStream(room)
    with pytest.raises(OSError, match="No space"):
        write_network_workbook(stream, figures, selected, GENERATED_AT)  # type: ignore[arg-type]
    stream.closed = True
    gc.collect()
    captured = capfd.readouterr()
    assert "Exception ignored" not in captured.err and "Traceback" not in captured.err
