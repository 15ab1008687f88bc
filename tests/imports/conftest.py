"""Submissions written by the real exporter, and ways to spoil them for the bad-file corpus."""

from __future__ import annotations

import io
import json
import random
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import func, select

from csn_desktop.domain.answers import Answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.sample_answers import sample_answers
from csn_desktop.exports.info import ExportInfo
from csn_desktop.exports.xlsx_submission import write_submission
from csn_desktop.paths import councils_csv
from csn_desktop.storage.database import Database
from csn_desktop.storage.models import Answer, Assessment, AuditEvent, ImportRecord
from csn_desktop.storage.organisations import read_organisations_csv

CARDIFF = "W06000015"
EXPORTED = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@cache
def council_names() -> dict[str, str]:
    """GSS code → the council's name in the bundled list."""
    return {row.gss_code: row.name for row in read_organisations_csv(councils_csv())}


def sample(questionnaire: Questionnaire, seed: int = 3) -> Answers:
    """Sample answers that always include the ones the corpus spoils."""
    answers = sample_answers(questionnaire, random.Random(seed))
    answers.set("respondent_role", "", "Head of Digital")
    answers.set("strategy_status", "", "adopted")
    answers.set("strategy_lead", "", "Chief Executive")
    answers.set("has_standards_lead", "", True)
    answers.set("standards_staff", "", 2)
    return answers


def submission_bytes(
    questionnaire: Questionnaire,
    answers: Answers | None = None,
    *,
    submission_uuid: str | None = None,
    gss_code: str = CARDIFF,
    exported_at: datetime = EXPORTED,
    status: str = "final",
    seed: int = 3,
    organisation_name: str | None = None,
) -> bytes:
    """A submission exactly as csn-desktop exports it (named as the council of its code)."""
    if organisation_name is None:
        organisation_name = council_names().get(gss_code, "")
    info = ExportInfo(
        submission_uuid=submission_uuid or str(uuid.UUID(int=seed, version=4)),
        organisation_name=organisation_name,
        gss_code=gss_code,
        nation="Wales",
        region="Wales",
        organisation_type="Unitary authority",
        period="2026/27",
        status=status,
        exported_at=exported_at,
        app_version="test",
    )
    stream = io.BytesIO()
    write_submission(stream, info, questionnaire, answers or sample(questionnaire, seed))
    return stream.getvalue()


def rezip(
    data: bytes, change: Callable[[str, bytes], bytes | None], add: dict[str, bytes]
) -> bytes:
    """The same zip with parts changed (None drops a part) and parts added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = change(name, source.read(name))
            if content is not None:
                target.writestr(name, content)
        for name, content in add.items():
            target.writestr(name, content)
    return out.getvalue()


def edit_cells(data: bytes, edit: Callable[[Any], None]) -> bytes:
    """The workbook opened in openpyxl, edited, saved again (as a council's Excel might)."""
    workbook = load_workbook(io.BytesIO(data))
    edit(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def set_meta(key: str, value: str) -> Callable[[Any], None]:
    def edit(workbook: Any) -> None:
        for row in workbook["_csn_meta"].iter_rows(min_row=2):
            if row[0].value == key:
                row[1].value = value

    return edit


def answer_row(workbook: Any, question_id: str) -> Any:
    """The first row of a format-1 file's Answers sheet for a question."""
    for row in workbook["Answers"].iter_rows(min_row=2):
        if row[0].value == question_id:
            return row
    raise KeyError(question_id)


def about_cell(workbook: Any, question_id: str) -> Any:
    """The Answer cell (column D) of a question's row in the About sheet."""
    for row in workbook["About"].iter_rows(min_row=2):
        if row[1].value == question_id:
            return row[3]
    raise KeyError(question_id)


def group_cell(workbook: Any, sheet: str, key: str, field_id: str) -> Any:
    """The cell of a field (``standards.use_status``) in the row of a standard or item number;
    a repeat group's next empty row when the item has none yet (its number written in)."""
    ws = workbook[sheet]
    meta = {row[0].value: row[1].value for row in workbook["_csn_meta"].iter_rows(min_row=2) if row}
    column = json.loads(meta[f"columns.{sheet}"]).index(field_id) + 1
    for row in ws.iter_rows(min_row=2):
        if row[0].value is not None and str(row[0].value) == key:
            return ws.cell(row=row[0].row, column=column)
    number = next(r for r in range(2, ws.max_row + 2) if ws.cell(row=r, column=1).value is None)
    ws.cell(row=number, column=1).value = int(key) if key.isdigit() else key
    return ws.cell(row=number, column=column)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def table_counts(database: Database) -> tuple[int, ...]:
    with database.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Assessment, Answer, ImportRecord, AuditEvent)
        )
