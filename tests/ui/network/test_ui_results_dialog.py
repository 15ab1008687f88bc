"""The import results dialog: every report column, sortable, notes shown, Decide… on a decision."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from csn_desktop.imports.outcomes import (
    AnswerNote,
    FileContext,
    FileResult,
    NoteReason,
    Outcome,
    Place,
)
from csn_desktop.ui.network import results_model as columns
from csn_desktop.ui.network.results_dialog import ImportResultsDialog

CARDIFF = FileContext("Cardiff", "2026/27", "final", "submission")
NOTE = AnswerNote(
    NoteReason.HIDDEN,
    "7 gap answers kept but not counted: “Is there a service …?” (About, D19) is not Yes",
    "gap_description",
    answers=7,
    place=Place("Gaps", 3, "B3"),
)


def results() -> list[FileResult]:
    return [
        FileResult(
            Path("in/cardiff.xlsx"), Outcome.NEW, "Imported.", assessment_id=1, context=CARDIFF
        ),
        FileResult(
            Path("in/swansea.ods"),
            Outcome.REJECTED,
            "The file names “Cardiff Council” but W06000011 is Swansea.",
            place=Place("About", 4, "C4"),
            context=FileContext("Swansea", "2026/27", "draft", "template"),
        ),
        FileResult(
            Path("in/cardiff-edited.xlsx"),
            Outcome.DECIDE,
            "Kept, not current: no trustworthy way to tell which file is newer.",
            assessment_id=2,
            context=CARDIFF,
            flagged=True,
            changes="3 answers changed: strategy_status, …",
            notes=(NOTE,),
        ),
    ]


class Opened:
    def __init__(self) -> None:
        self.ids: list[int] = []

    def __call__(self, assessment_id: int, parent: QWidget) -> None:
        assert isinstance(parent, ImportResultsDialog)
        self.ids.append(assessment_id)


def test_columns_notes_same_council_and_decide(qtbot: QtBot, qtmodeltester: object) -> None:
    opened = Opened()
    dialog = ImportResultsDialog(results(), opened)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    model = dialog.model
    assert [model.text(2, c) for c in range(model.columnCount())] == [
        "cardiff-edited.xlsx",
        "Cardiff",
        "2026/27",
        "Final",
        "submission",
        "needs a decision, flagged",
        "3 answers changed: strategy_status, …",
        "Kept, not current: no trustworthy way to tell which file is newer.",
        "",
        "1",
        "cardiff.xlsx",
    ]
    assert model.text(1, columns.PLACE) == "sheet “About”, row 4, cell C4"
    assert model.text(1, columns.KIND) == "template"
    assert model.text(1, columns.SAME) == ""
    tip = model.index(2, columns.NOTES).data(Qt.ItemDataRole.ToolTipRole)
    assert "7 gap answers kept but not counted" in tip and "row 3, cell B3" in tip
    assert model.index(2, columns.SAME).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.heading.text() == "1 new, 1 needs a decision, 1 rejected, " + (
        "1 flagged (answers changed after export)"
    )

    # The file that needs a decision is selected first, its details shown.
    assert dialog.selected_row() == 2
    assert "7 gap answers kept but not counted" in dialog.details.toPlainText()
    assert "Same council and period as: cardiff.xlsx" in dialog.details.toPlainText()
    assert dialog.decide_button.isEnabled()
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    assert opened.ids == [2]

    # A rejected file has nothing to decide; a stored one can show its versions.
    dialog.table.selectRow(1)
    assert not dialog.decide_button.isEnabled() and not dialog.versions_button.isEnabled()
    dialog.table.selectRow(0)
    assert not dialog.decide_button.isEnabled() and dialog.versions_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened.ids == [2, 1]


def test_sorting_by_council_keeps_the_selected_file(qtbot: QtBot) -> None:
    dialog = ImportResultsDialog(results(), Opened())
    qtbot.addWidget(dialog)
    dialog.table.sortByColumn(columns.COUNCIL, Qt.SortOrder.DescendingOrder)
    shown = [dialog.proxy.index(r, columns.COUNCIL).data() for r in range(dialog.proxy.rowCount())]
    assert shown == ["Swansea", "Cardiff", "Cardiff"]
    dialog.table.selectRow(0)
    assert dialog.selected_row() == 1  # the results' own order, whatever the sorting
    assert "Swansea" in dialog.details.toPlainText()


def test_without_a_way_to_open_versions_no_button_acts(qtbot: QtBot) -> None:
    dialog = ImportResultsDialog(results())
    qtbot.addWidget(dialog)
    assert not dialog.decide_button.isEnabled() and not dialog.versions_button.isEnabled()
