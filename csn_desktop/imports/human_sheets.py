"""The readable sheets (About, one per group) read as answers, with where each answer's cell is."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from csn_desktop.definition.translations import localised
from csn_desktop.domain.answers import NO_ITEM
from csn_desktop.domain.known_ids import SIGN_OFF_DATE
from csn_desktop.domain.plausibility import is_future_day
from csn_desktop.domain.questionnaire import Question, Questionnaire
from csn_desktop.domain.values import JsonValue, value_to_json
from csn_desktop.i18n import _, format_date
from csn_desktop.imports.cells import CellValue, Rows
from csn_desktop.imports.human_cells import cell_value, is_blank, yes_no_words
from csn_desktop.imports.meta import META_SHEET, Layout
from csn_desktop.imports.outcomes import Place, SubmissionRejected, quoted
from csn_desktop.imports.rules import (
    AnswerRow,
    InvalidAnswers,
    Kind,
    group_kind,
    is_item_number,
)
from csn_desktop.imports.sheets import column_letter
from csn_desktop.imports.value_checks import ValueRefused, refused_answer

ABOUT_KEYS = ("question_id", "answer")
# Rows of the About sheet that say whose submission it is (ids that are never question ids).
SUBMISSION_ROWS = ("_organisation_name", "_gss_code", "_period")
SheetRows = Callable[[str], Rows]
_WHOLE_AS_TEXT = re.compile(r"^[1-9][0-9]*\.0+$")


def place(sheet: str, row: int, column: int) -> Place:
    return Place(sheet, row, f"{column_letter(column)}{row}")


class HumanSheets:
    """Answers read from the About sheet and each group's sheet, checked cell by cell.

    Every answer found is kept, those to questions hidden by their conditions too (as the app
    keeps them); values that fail the question's checks but can be read are in ``invalid``.
    """

    def __init__(self, questionnaire: Questionnaire, layout: Layout) -> None:
        self.questionnaire = questionnaire
        self.layout = layout
        self.found: dict[tuple[str, str], tuple[JsonValue, str]] = {}  # → (value, its JSON)
        self.invalid: InvalidAnswers = {}
        # _gss_code, _period, _organisation_name → (text, where it was written)
        self.submission: dict[str, tuple[str, Place]] = {}
        # Where each question's cell is, answered or not: About rows by question id, group
        # rows by (group id, item key), and each field's (sheet, column).
        self._about_rows: dict[str, int] = {}
        self._about_column = 0
        self._group_rows: dict[str, tuple[Rows, int]] = {}  # group id → (rows, key column)
        self._rows_of_items: dict[str, dict[str, int]] = {}
        self._field_columns: dict[str, tuple[str, int]] = {}
        self._memo = _memo_for(questionnaire)
        # The questionnaire's words in the file's language: a Welsh workbook's choice labels.
        local = localised(questionnaire, layout.language)
        self._local = None if local is questionnaire else local
        self._yes_no = yes_no_words(layout.language)

    def cell_place(self, question_id: str, item_key: str = NO_ITEM) -> Place | None:
        """Where the answer to a question (of an item) is shown, if the sheets have its row."""
        if not item_key:
            row = self._about_rows.get(question_id)
            if row is None:
                return None
            return place(self.layout.about_sheet, row, self._about_column)
        where = self._field_columns.get(question_id)
        if where is None or not self.questionnaire.has_question(question_id):
            return None
        group = self.questionnaire.question(question_id).group or ""
        row = self._item_rows(group).get(item_key)
        return None if row is None else place(where[0], row, where[1])

    def read_submission_rows(self, rows_of: SheetRows) -> None:
        """Only whose submission it is (council, period), from the About sheet."""
        self._about(self.layout.about_sheet, rows_of(self.layout.about_sheet), answers=False)

    def read(self, rows_of: SheetRows) -> list[AnswerRow]:
        """Every answer found, sorted by question id then item key (hidden ones too)."""
        self._about(self.layout.about_sheet, rows_of(self.layout.about_sheet), answers=True)
        for _section, question in _top_questions(self.questionnaire):
            sheet = self.layout.group_sheets.get(question.id)
            if question.is_group and sheet:
                self._group(question, sheet, rows_of(sheet))
        return [(key[0], key[1], value, text) for key, (value, text) in sorted(self.found.items())]

    def _columns(self, sheet: str, needed: tuple[str, ...]) -> list[str]:
        keys = self.layout.columns.get(sheet)
        if keys is None or not set(needed) <= set(keys):
            raise SubmissionRejected(
                _(
                    "The metadata does not say where the columns {columns} of sheet {sheet} are."
                ).format(columns=", ".join(needed), sheet=quoted(sheet)),
                Place(META_SHEET),
            )
        return keys

    def _about(self, sheet: str, rows: Rows, *, answers: bool) -> None:
        keys = self._columns(sheet, ABOUT_KEYS)
        id_column, answer_column = keys.index("question_id"), keys.index("answer")
        self._about_column = answer_column
        for number, row in enumerate(rows[1:], start=2):
            question_id = _cell(row, id_column)
            if is_blank(question_id):
                continue
            name = str(question_id).strip()
            answer = _cell(row, answer_column)
            if name in SUBMISSION_ROWS:
                text = "" if is_blank(answer) else _plain(answer)
                self.submission[name] = (text, place(sheet, number, answer_column))
                continue
            if not answers:
                continue
            question = self._question(name, (sheet, number, id_column))
            self._about_rows.setdefault(question.id, number)
            if question.is_group or question.group is not None:
                raise SubmissionRejected(
                    _("{question} is answered in its own sheet, not here.").format(question=name),
                    place(sheet, number, id_column),
                )
            if not is_blank(answer):
                self._add(question, NO_ITEM, answer, (sheet, number, answer_column))

    def _group(self, group: Question, sheet: str, rows: Rows) -> None:
        matrix = group_kind(group) is Kind.MATRIX
        key_name = "code" if matrix else "item"
        keys = self._columns(sheet, (key_name,))
        key_column = keys.index(key_name)
        fields = [(keys.index(f.id), f) for f in group.fields if f.id in keys]
        for column, field in fields:
            self._field_columns[field.id] = (sheet, column)
        self._group_rows[group.id] = (rows, key_column)
        width = max(column for column, _field in fields) + 1 if fields else 0
        found = self.found
        for number, row in enumerate(rows[1:], start=2):
            if len(row) < width:
                row = row + [""] * (width - len(row))
            filled = [(c, f, row[c]) for c, f in fields if row[c] != "" and not is_blank(row[c])]
            if not filled:
                continue
            at = (sheet, number, key_column)
            item_key = self._item_key(group, _cell(row, key_column), number, at)
            for column, field, cell in filled:
                if (field.id, item_key) in found:
                    raise SubmissionRejected(
                        _("Item {item} of {group} is given twice.").format(
                            item=item_key, group=group.id
                        ),
                        place(*at),
                    )
                self._add(field, item_key, cell, (sheet, number, column))

    def _item_rows(self, group_id: str) -> dict[str, int]:
        """Item key → its row in the group's sheet, answered or not (worked out when asked)."""
        known = self._rows_of_items.get(group_id)
        if known is not None:
            return known
        known = self._rows_of_items[group_id] = {}
        rows, key_column = self._group_rows.get(group_id, ([], 0))
        for number, row in enumerate(rows[1:], start=2):
            cell = _cell(row, key_column)
            text = "" if is_blank(cell) else _plain(cell)
            if text and _WHOLE_AS_TEXT.match(text):
                text = text.partition(".")[0]
            known.setdefault(text or str(number - 1), number)
        return known

    def _item_key(
        self, group: Question, cell: CellValue, number: int, at: tuple[str, int, int]
    ) -> str:
        text = "" if is_blank(cell) else _plain(cell)
        if group_kind(group) is Kind.MATRIX:
            if self.questionnaire.standard(text) is None:
                raise SubmissionRejected(
                    _(
                        "{code} is not a standard in the catalogue of {questionnaire} "
                        "version {version}."
                    ).format(
                        code=quoted(text),
                        questionnaire=self.questionnaire.id,
                        version=self.questionnaire.version,
                    ),
                    place(*at),
                )
            return text
        if not text:
            return str(number - 1)  # a row left unnumbered: row 2 is item 1
        if _WHOLE_AS_TEXT.match(text):  # 2.0: a number cell copied as text
            text = text.partition(".")[0]
        if not is_item_number(text):
            raise SubmissionRejected(
                _("{item} is not an item number (1, 2, 3 …) of {group}.").format(
                    item=quoted(text), group=group.id
                ),
                place(*at),
            )
        return text

    def _question(self, question_id: str, at: tuple[str, int, int]) -> Question:
        if not self.questionnaire.has_question(question_id):
            raise SubmissionRejected(
                _("{question} is not a question of {questionnaire} version {version}.").format(
                    question=quoted(question_id),
                    questionnaire=self.questionnaire.id,
                    version=self.questionnaire.version,
                ),
                place(*at),
            )
        return self.questionnaire.question(question_id)

    def _add(
        self, question: Question, item_key: str, cell: CellValue, at: tuple[str, int, int]
    ) -> None:
        """One filled cell's answer; ``at`` is (sheet, row, column), made a Place only if needed."""
        key = (question.id, item_key)
        if key in self.found:
            raise SubmissionRejected(
                _("{question} is answered twice.").format(question=question.id), place(*at)
            )
        # Cells repeat across a batch (choices, Yes/No, numbers, short text): each is read
        # and checked once per questionnaire.
        choices_as = self.layout.choices_as.get(question.id, "label")
        language = self.layout.language
        short = type(cell) is str and len(cell) <= 200
        memo = (question.id, choices_as, language, cell) if short else None
        known = self._memo.get(memo) if memo is not None else None
        if known is None:
            try:
                local = self._local.question(question.id) if self._local is not None else None
                value, reason = cell_value(question, cell, choices_as, local, self._yes_no)
            except ValueRefused as refused:
                raise SubmissionRejected(refused_answer(question, refused), place(*at)) from None
            blank = value is None or value == [] or value == ""
            known = (value, None if blank else value_to_json(value), reason)
            if memo is not None:
                if len(self._memo) >= _MEMO_SIZE:
                    self._memo.clear()
                self._memo[memo] = known
        value, text, reason = known
        if type(value) is list:
            value = list(value)
        if question.id == SIGN_OFF_DATE:
            check_sign_off(value, place(*at))
        if text is not None:
            self.found[key] = (value, text)
            if reason is not None:
                self.invalid[key] = (reason, place(*at))


_MEMO_SIZE = 100_000
_MEMOS: dict[int, tuple[Questionnaire, dict[Any, tuple[JsonValue, str | None, str | None]]]] = {}


def _memo_for(
    questionnaire: Questionnaire,
) -> dict[Any, tuple[JsonValue, str | None, str | None]]:
    """The cells already read for this questionnaire (kept alive with it, so ids stay)."""
    found = _MEMOS.get(id(questionnaire))
    if found is None or found[0] is not questionnaire:
        if len(_MEMOS) >= 16:
            _MEMOS.clear()
        found = _MEMOS[id(questionnaire)] = (questionnaire, {})
    return found[1]


def check_sign_off(value: JsonValue, where: Place) -> None:
    """Refuse a sign-off date later than today (a day allowed for clocks and time zones)."""
    if not isinstance(value, str):
        return
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return  # not a date at all: the questionnaire's own check says so
    if is_future_day(day, datetime.now(UTC).date()):
        raise SubmissionRejected(
            _(
                "The sign-off date {day} is in the future. Enter the date the assessment was "
                "approved."
            ).format(day=format_date(day)),
            where,
        )


def _cell(row: list[CellValue], column: int) -> CellValue:
    return row[column] if column < len(row) else ""


def _plain(cell: CellValue) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return cell.strip() if isinstance(cell, str) else str(cell)


def _top_questions(questionnaire: Questionnaire) -> list[tuple[object, Question]]:
    return [(s, q) for s in questionnaire.sections for q in s.questions]
