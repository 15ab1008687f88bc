"""Format-1 submissions, as csn-desktop wrote them before format 2: with an Answers sheet."""

from __future__ import annotations

import io
import json
from typing import Any

from openpyxl import load_workbook

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.canonical import canonical_answers_sha256, submitted_answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.values import value_to_json
from tests.imports.conftest import sample, submission_bytes

ANSWERS = "Answers"
ANSWERS_COLUMNS = ["question_id", "item_key", "value_json"]
ANSWER_CHUNK = 16_000  # JSON text longer than this continued in the next cells, as format 1 did


def format1_bytes(
    questionnaire: Questionnaire, answers: Answers | None = None, **options: Any
) -> bytes:
    """A format-1 submission: format 2's sheets (less the Start sheet) plus the Answers sheet,
    written as the old exporter wrote it, and the metadata of format 1."""
    answers = answers or sample(questionnaire, options.get("seed", 3))
    data = submission_bytes(questionnaire, answers, **options)
    workbook = load_workbook(io.BytesIO(data))
    del workbook[workbook.sheetnames[0]]  # format 1 had no Start sheet
    submitted = submitted_answers(questionnaire, answers)
    sheet = workbook.create_sheet(ANSWERS, len(workbook.sheetnames) - 2)
    sheet.append(ANSWERS_COLUMNS)
    for row, (key, value) in enumerate(submitted, start=2):
        text = value_to_json(value)
        chunks = [text[n : n + ANSWER_CHUNK] for n in range(0, len(text), ANSWER_CHUNK)]
        for column, content in enumerate([key.question_id, key.item_key, *chunks], start=1):
            cell = sheet.cell(row=row, column=column, value=content)
            cell.data_type = "s"
            cell.number_format = "@"
    meta = workbook["_csn_meta"]
    changes = {
        "format_version": "1",
        "answers_count": str(len(submitted)),
        "answers_sha256": canonical_answers_sha256(submitted),
        "sheet.start": None,
    }
    for row in meta.iter_rows(min_row=2):
        key = row[0].value
        if key in changes:
            if changes[key] is None:
                row[0].value = row[1].value = None
            else:
                row[1].value = changes[key]
    meta.append(["sheet.answers", ANSWERS])
    meta.append([f"columns.{ANSWERS}", json.dumps(ANSWERS_COLUMNS)])
    workbook.active = 0
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
