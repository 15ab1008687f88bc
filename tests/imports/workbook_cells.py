"""Where an answer is in a submission workbook, found from its metadata sheet as the reader does."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import python_calamine

from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.imports.meta import META_SHEET
from csn_desktop.imports.sheets import column_letter


def label(questionnaire: Questionnaire, question_id: str, choice_id: str) -> str:
    """What a person picks from the drop-down (and so types) for a choice."""
    choice = questionnaire.question(question_id).choice(choice_id)
    assert choice is not None, (question_id, choice_id)
    return choice.label


@dataclass(frozen=True)
class WorkbookCells:
    """A workbook's sheets and column keys (its metadata), and the cells it holds."""

    meta: dict[str, str]
    rows: dict[str, list[list[object]]]

    @classmethod
    def of(cls, path: Path) -> WorkbookCells:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
        rows = {
            name: workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            for name in workbook.sheet_names
        }
        meta = {str(r[0]): str(r[1]) for r in rows[META_SHEET][1:] if len(r) > 1}
        return cls(meta, rows)

    @property
    def about_sheet(self) -> str:
        return self.meta.get("sheet.about") or "About"

    def group_sheet(self, group_id: str) -> str:
        return self.meta[f"sheet.group.{group_id}"]

    def column(self, sheet: str, key: str) -> int:
        """The 0-based column of a column key (question_id, answer, code, gaps.theme …)."""
        keys: list[str] = json.loads(self.meta[f"columns.{sheet}"])
        return keys.index(key)

    def row_of(self, sheet: str, key_column: str, key: str) -> int:
        """The 1-based row whose ``key_column`` holds ``key``."""
        column = self.column(sheet, key_column)
        for number, row in enumerate(self.rows[sheet], start=1):
            if column < len(row) and _text(row[column]) == key:
                return number
        raise KeyError((sheet, key_column, key))

    def about(self, question_id: str) -> tuple[str, str]:
        """(sheet, cell) of a question's answer in the About sheet."""
        sheet = self.about_sheet
        row = self.row_of(sheet, "question_id", question_id)
        return sheet, f"{column_letter(self.column(sheet, 'answer'))}{row}"

    def standard(self, code: str, field_id: str) -> tuple[str, str]:
        """(sheet, cell) of a standard's answer to a field of the matrix."""
        sheet = self.group_sheet("standards")
        row = self.row_of(sheet, "code", code)
        return sheet, f"{column_letter(self.column(sheet, field_id))}{row}"

    def next_row(self, group_id: str) -> int:
        """The 1-based row after the last one holding anything, in a group's sheet."""
        rows = self.rows[self.group_sheet(group_id)]
        filled = [n for n, row in enumerate(rows, start=1) if any(c != "" for c in row)]
        return max(filled, default=1) + 1

    def group_cell(self, group_id: str, row: int, key: str) -> tuple[str, str]:
        """(sheet, cell) of a column key (item, gaps.theme …) in a row of a group's sheet."""
        sheet = self.group_sheet(group_id)
        return sheet, f"{column_letter(self.column(sheet, key))}{row}"


def _text(cell: object) -> str:
    """A cell as text, a whole number without its ".0" (item numbers are numbers in a sheet)."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()
