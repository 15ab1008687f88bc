"""The publishable network workbook: figures only, withheld where small, tidy and printable."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import load_workbook

from csn_desktop.domain.network_figures import withheld_text
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.exports.control import ExportCancelled
from csn_desktop.exports.network_workbook import write_network_workbook
from tests.exports.network_books import (
    GENERATED_AT,
    PLACES,
    book_of,
    cells,
    column,
    council,
    councils,
    figures_of,
    gap_text,
    gss_code,
    headers,
    values,
    workbook_bytes,
)

FIGURE_SHEETS = ("Response", "Standards", "Themes", "Demand", "Barriers", "Priorities")
# Figures that are not about the councils answering: the catalogue and the bundled list.
NOT_ABOUT_ANSWERS = {"Standards in the theme", "Councils that exist"}


def test_a_publishable_workbook_names_no_council_and_quotes_only_consented_gaps(
    questionnaire: Questionnaire,
) -> None:
    selected = councils(questionnaire, 12, consenting=3)
    data = workbook_bytes(figures_of(questionnaire, selected), selected)
    book = load_workbook(io.BytesIO(data))
    texts = [str(cell.value) for _sheet, cell in cells(book)]
    for n in range(12):
        assert not any(PLACES[n] in text for text in texts), PLACES[n]
        assert not any(gss_code(n) in text for text in texts)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            content = archive.read(name).decode("utf-8", "replace")
            assert not any(place in content for place in PLACES), name  # sheet names, metadata
    gaps = book["Gaps"]
    descriptions = [c.value for c in column(gaps, "Description")]
    # Each of the three consenting councils described two gaps; nobody else is quoted.
    expected = [
        gap_text(n, item).replace(PLACES[n], "[the council]") for n in range(3) for item in (1, 2)
    ]
    assert sorted(descriptions) == sorted(expected)
    assert "Council" not in headers(gaps)
    assert "Council standards" not in book.sheetnames
    assert "Council answers" not in book.sheetnames


def test_the_selection_and_its_councils_head_the_about_sheet(questionnaire: Questionnaire) -> None:
    selected = councils(questionnaire, 12)
    book = book_of(figures_of(questionnaire, selected), selected)
    assert book.sheetnames[0] == "About"
    about = {row[0]: row[1] for row in book["About"].iter_rows(min_row=3, values_only=True)}
    assert about["Councils in the selection"] == 12
    assert about["Councils that exist in these places"] == 22
    assert about["Response rate"] == pytest.approx(12 / 22)
    assert about["Minimum group size"] == 5
    assert about["Period"] == "2026/27"
    assert "Period: 2026/27" in about["Selection"]
    assert about["Notice"].startswith("Figures about fewer than 5 councils are withheld")
    assert about["Generated at"] == "2026-11-30T09:30:00Z"
    for name in book.sheetnames[1:]:
        assert f"Sheet “{name}”" in about
    response = book["Response"]
    assert [c.value for c in column(response, "Group")] == [
        "All councils in the selection",
        "Wales",
        "Unitary authority",
    ]
    assert [c.value for c in column(response, "Councils")] == [12, 12, 12]


def test_a_small_selection_withholds_every_figure_and_quotes_nothing(
    questionnaire: Questionnaire,
) -> None:
    selected = councils(questionnaire, 3, consenting=3)
    book = book_of(figures_of(questionnaire, selected), selected)
    for name in FIGURE_SHEETS:
        sheet = book[name]
        for heading in headers(sheet):
            if heading in NOT_ABOUT_ANSWERS:
                continue
            shown = [c.value for c in column(sheet, heading) if isinstance(c.value, int | float)]
            assert not shown, (name, heading, shown)
    standards = book["Standards"]
    assert all(c.value == withheld_text() for c in column(standards, "Councils answering"))
    about = {row[0]: row[1] for row in book["About"].iter_rows(min_row=3, values_only=True)}
    assert about["Councils in the selection"] == "withheld"
    assert about["Response rate"] == "withheld"
    assert [c.value for c in column(book["Gaps"], "Description")] == [
        "Withheld: the selection has fewer councils than the minimum group size."
    ]
    # The priorities list its choices by label, not by the hidden counts.
    priorities = book["Priorities"]
    ranks = [c.value for c in column(priorities, "Rank")]
    assert set(ranks) == {"withheld"}


@pytest.mark.parametrize("size", [1, 3, 4])
def test_changing_every_answer_of_one_council_of_a_small_selection_changes_nothing(
    questionnaire: Questionnaire, size: int
) -> None:
    selected = councils(questionnaire, size)
    changed = [*selected[:-1], council(questionnaire, size - 1, seed=999, consent=True)]
    assert changed[-1].answers.values != selected[-1].answers.values
    before = values(book_of(figures_of(questionnaire, selected), selected))
    after = values(book_of(figures_of(questionnaire, changed), changed))
    assert before == after


def test_a_selection_with_no_consent_says_why_no_gap_is_quoted(
    questionnaire: Questionnaire,
) -> None:
    selected = councils(questionnaire, 8)
    book = book_of(figures_of(questionnaire, selected), selected)
    [description] = [c.value for c in column(book["Gaps"], "Description")]
    assert description.startswith("No gap can be quoted")


def test_shares_are_numbers_shown_as_percentages_and_withheld_cells_say_so(
    questionnaire: Questionnaire,
) -> None:
    selected = councils(questionnaire, 12)
    book = book_of(figures_of(questionnaire, selected), selected)
    standards = book["Standards"]
    shares = [h for h in headers(standards) if h.startswith(("Use: ", "Need: "))]
    assert len(shares) == 10
    seen_share = seen_withheld = False
    for heading in [*shares, "Demand share"]:
        for cell in column(standards, heading):
            if isinstance(cell.value, float | int):
                assert cell.number_format == "0%", (heading, cell.coordinate)
                assert 0 <= cell.value <= 1
                seen_share = True
            else:
                assert cell.value == withheld_text(), (heading, cell.coordinate, cell.value)
                seen_withheld = True
    assert seen_share and seen_withheld  # 12 councils: some cells are below 5
    for name, heading in (
        ("Demand", "Share of those answering"),
        ("Barriers", "Share of the selection"),
        ("Priorities", "Share of those answering"),
        ("Response", "Response rate"),
    ):
        numbers = [c for c in column(book[name], heading) if isinstance(c.value, int | float)]
        assert numbers and all(c.number_format == "0%" for c in numbers), name


def test_every_sheet_is_tidy_and_prints_to_the_width_of_a_page(
    questionnaire: Questionnaire,
) -> None:
    selected = councils(questionnaire, 12)
    book = book_of(figures_of(questionnaire, selected), selected)
    for sheet in book.worksheets:
        width = len(headers(sheet))
        assert sheet.freeze_panes == "A3", sheet.title
        assert sheet.auto_filter.ref == f"A2:{sheet.cell(2, width).column_letter}{sheet.max_row}"
        assert all(c.font.b and c.fill.fgColor.rgb.endswith("DCE6F0") for c in sheet[2])
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.oddHeader.left.text == "&A"
        assert sheet.oddFooter.center.text == "Page &P of &N"
        assert sheet.print_title_rows == "$1:$2"
        for index in range(1, width + 1):
            letter = sheet.cell(2, index).column_letter
            assert 6 <= sheet.column_dimensions[letter].width <= 62, (sheet.title, letter)
    assert book["Standards"].page_setup.orientation == "landscape"
    assert book["Barriers"].page_setup.orientation == "portrait"
    description = column(book["Data dictionary"], "Meaning")[0]
    assert description.alignment.wrap_text


def test_the_data_dictionary_covers_every_column_of_every_sheet(
    questionnaire: Questionnaire,
) -> None:
    selected = councils(questionnaire, 12, consenting=2)
    book = book_of(figures_of(questionnaire, selected), selected)
    dictionary = book["Data dictionary"]
    described = {
        (row[0], row[1]): row[2:] for row in dictionary.iter_rows(min_row=3, values_only=True)
    }
    columns = {(sheet.title, heading) for sheet in book.worksheets for heading in headers(sheet)}
    assert set(described) == columns
    assert all(meaning and counted and unit for meaning, counted, unit in described.values())


def test_formula_looking_gap_text_is_quote_prefixed(questionnaire: Questionnaire) -> None:
    selected = councils(questionnaire, 6, consenting=6)
    selected[0].answers.set("gaps.description", "1", '=HYPERLINK("http://x","y")')
    selected[1].answers.set("gaps.should_cover", "1", "@SUM(1+1)")
    selected[2].answers.set("gaps.description", "1", "-2+3 _x0041_ stays as typed")
    data = workbook_bytes(figures_of(questionnaire, selected), selected)
    book = load_workbook(io.BytesIO(data))
    found = {}
    for _sheet, cell in cells(book):
        assert cell.data_type != "f"
        if isinstance(cell.value, str):
            found[cell.value] = cell
    # openpyxl reads inline text without undoing the _x005F_ escape; Excel and LibreOffice
    # show "_x0041_" as it was typed.
    escaped = "-2+3 _x005F_x0041_ stays as typed"
    for text in ('=HYPERLINK("http://x","y")', "@SUM(1+1)", escaped):
        assert found[text].data_type == "s" and found[text].quotePrefix, text
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)


def test_progress_reaches_the_end_and_cancelling_stops_the_export(
    questionnaire: Questionnaire,
) -> None:
    selected = councils(questionnaire, 6)
    figures = figures_of(questionnaire, selected)
    seen: list[tuple[int, int]] = []
    write_network_workbook(
        io.BytesIO(),
        figures,
        selected,
        GENERATED_AT,
        lambda done, total: seen.append((done, total)),
    )
    assert seen[-1][0] == seen[-1][1] and len(seen) > 5
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    with pytest.raises(ExportCancelled):
        write_network_workbook(io.BytesIO(), figures, selected, GENERATED_AT, None, lambda: True)
