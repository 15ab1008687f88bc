"""A small reader of csn-submission workbooks for the tests (the real importer is separate)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.questionnaire import CHOICE_TYPES, Question, Questionnaire, QuestionType


def read_meta(workbook: Any) -> dict[str, str]:
    rows = workbook["_csn_meta"].iter_rows(min_row=2, values_only=True)
    return {str(key): "" if value is None else str(value) for key, value in rows}


def read_human_sheets(path: Path, questionnaire: Questionnaire) -> Answers:
    """The answers as the About, Standards and Gaps sheets show them, mapped back to ids."""
    workbook = load_workbook(path)
    meta = read_meta(workbook)
    answers = Answers()
    for row in workbook["About"].iter_rows(min_row=2, values_only=True):
        _, question_id, _, cell, *_guidance = row
        if cell is None or str(question_id).startswith("_"):
            continue
        question = questionnaire.question(str(question_id))
        answers.set(question.id, "", _value(question, cell, meta))
    for key, sheet in meta.items():
        if not key.startswith("sheet.group."):
            continue
        columns = json.loads(meta[f"columns.{sheet}"])
        for row in workbook[sheet].iter_rows(min_row=2, values_only=True):
            if row[0] is None:
                continue
            item = str(row[0])
            for column, cell in zip(columns, row, strict=False):
                if cell is None or "." not in column:
                    continue
                question = questionnaire.question(column)
                answers.set(question.id, item, _value(question, cell, meta))
    return answers


def _value(question: Question, cell: Any, meta: dict[str, str]) -> Any:
    if question.type in CHOICE_TYPES:
        by_label = meta[f"choices.{question.id}"] == "label"
        lookup = {(c.label if by_label else c.id): c.id for c in question.choices}
        picked = [lookup[part.strip()] for part in str(cell).split(";")]
        return picked if question.type is QuestionType.MULTIPLE_CHOICE else picked[0]
    if question.type is QuestionType.YES_NO:
        return {"Yes": True, "No": False}[cell] if isinstance(cell, str) else bool(cell)
    if question.type is QuestionType.DATE and isinstance(cell, datetime):
        return cell.date().isoformat()
    return cell
