"""The csn-submission workbook (docs/csn-submission.md): Start, About, group sheets, metadata."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from csn_desktop.domain.answers import NO_ITEM, Answers
from csn_desktop.domain.canonical import (
    SUBMISSION_FORMAT,
    SUBMISSION_FORMAT_VERSION,
    canonical_answers_sha256,
    submitted_answers,
)
from csn_desktop.domain.questionnaire import CHOICE_TYPES, Question, Questionnaire, QuestionType
from csn_desktop.domain.shown_values import shown_answers
from csn_desktop.exports.control import CancelCheck, ProgressCallback, Steps
from csn_desktop.exports.info import ExportInfo, utc_iso
from csn_desktop.exports.language import language_tag
from csn_desktop.exports.xlsx_answers import AnswerWriter, how_to_answer
from csn_desktop.exports.xlsx_cells import TEXT_FORMAT, TOP, header_row, put_text
from csn_desktop.exports.xlsx_columns import column_width, field_heading, required_text
from csn_desktop.exports.xlsx_layout import (
    finish_sheet,
    name_fonts,
    print_header,
    print_setup,
    protect,
)
from csn_desktop.exports.xlsx_save import save_workbook
from csn_desktop.exports.xlsx_start import StartLayout, sheet_name, start_sheet_name, write_start
from csn_desktop.i18n import N_, _, language

# The metadata keys and column keys below are the csn-submission format: the importer
# (csn_desktop.imports) finds them by these exact words, whatever the app's language. The
# readable sheets' names are in the workbook's language, and the metadata names them.
ABOUT = "About"  # not translated: the English name, and the importer's default
# Format 1's machine-readable copy of the answers: no sheet may take its name.
ANSWERS = "Answers"  # not translated: file format
META = "_csn_meta"
LISTS = "_csn_lists"
ABOUT_COLUMNS = ["section", "question_id", "question", "answer", "how_to_answer", "required"]
# Rows of the About sheet that say whose submission it is; ids start with "_" so that they can
# never be question ids (which start with a letter).
SUBMISSION_ROWS = (
    ("_organisation_name", N_("Council or organisation name")),
    ("_gss_code", N_("GSS code of the council (for example W06000015)")),
    ("_period", N_("Period: the financial year, for example 2026/27")),
)
# Rows given drop-downs in a repeat group's sheet when the group sets no maximum.
DEFAULT_REPEAT_ROWS = 50
# The sheets of the bundled questionnaire's groups, named in the workbook's language; another
# group's sheet is named after its id.
GROUP_SHEETS = {"standards": N_("Standards"), "gaps": N_("Gaps")}  # not translated: group ids


def write_submission(
    stream: BinaryIO,
    info: ExportInfo,
    questionnaire: Questionnaire,
    answers: Answers,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Write one assessment as a csn-submission workbook to a binary stream."""
    submitted = submitted_answers(questionnaire, answers)
    _SubmissionBook(questionnaire, submitted, info, progress, cancelled).save(stream)


def write_template(
    stream: BinaryIO,
    questionnaire: Questionnaire,
    *,
    app_version: str,
    created_at: datetime,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Write the blank workbook councils without the app fill in with Excel."""
    book = _SubmissionBook(questionnaire, Answers(), None, progress, cancelled)
    book.app_version = app_version
    book.created_at = created_at
    book.save(stream)


def group_sheet_name(group: Question, taken: set[str]) -> str:
    """A sheet per standards matrix or repeat group, named after its id: standards → Standards."""
    base = group.id.replace("_", " ").capitalize()[:28]
    known = GROUP_SHEETS.get(group.id)
    return sheet_name(_(known) if known else base, base, taken)


class _SubmissionBook:
    def __init__(
        self,
        questionnaire: Questionnaire,
        answers: Answers,
        info: ExportInfo | None,
        progress: ProgressCallback | None,
        cancelled: CancelCheck | None,
    ) -> None:
        self.questionnaire = questionnaire
        self.answers = answers
        # The answers as the readable sheets will give them back: what the checksum covers.
        self.shown = shown_answers(questionnaire, _written(questionnaire, answers))
        self.info = info
        self.app_version = info.app_version if info else ""
        self.created_at = info.exported_at if info else datetime.now().astimezone()
        groups = [q for _section, q in _top_questions(questionnaire) if q.is_group]
        rows = sum(len(self._item_keys(g)) for g in groups)
        plain = sum(1 for _section, q in _top_questions(questionnaire) if not q.is_group)
        self.steps = Steps(plain + rows + 3, progress, cancelled)
        self.workbook = Workbook()
        self.writer = AnswerWriter(self.workbook, LISTS)
        self.columns: dict[str, list[str]] = {}
        self.sheet_of_group: dict[str, str] = {}
        # The readable sheets' names in the workbook's language ("About" in English).
        self.about = sheet_name(_("About"), ABOUT, {ANSWERS, META, LISTS})
        self.start = start_sheet_name({self.about, ANSWERS, META, LISTS})
        self.fixed_titles: dict[str, list[str]] = {}
        # The cells (row, column) a council fills in, by sheet: shaded and left unlocked.
        self.answer_cells: dict[str, list[tuple[int, int]]] = {}
        self.roomy_rows: list[int] = []  # About rows of long answers still to write

    def save(self, stream: BinaryIO) -> None:
        self.steps.check()
        self._about()
        for _section, question in _top_questions(self.questionnaire):
            if question.is_group:
                self._group(question)
        self._start()
        self._meta()
        self._properties()
        self._finish()
        self.workbook.active = 0
        self.workbook[self.start].sheet_view.tabSelected = True
        self.workbook[self.about].sheet_view.tabSelected = False
        self.steps.advance()
        save_workbook(self.workbook, stream, modified=self.created_at)
        self.steps.finish()

    # --- About -------------------------------------------------------------------------------

    def _about(self) -> None:
        ws = self.workbook.active
        ws.title = self.about
        titles = [
            _("Section"),
            _("Question id"),
            _("Question"),
            _("Answer"),
            _("How to answer"),
            _("Required"),
        ]
        header_row(ws, titles, [16, 20, 50, 45, 34, 11])
        self.columns[self.about] = ABOUT_COLUMNS
        answer_cells = self.answer_cells[self.about] = []
        row = 2
        # TRANSLATORS: the {where} of an error message: "{where} is 40,000 characters long".
        section_where, id_where = _("a section title"), _("a question id")
        question_where = _("a question")
        for key, source_label in SUBMISSION_ROWS:
            label = _(source_label)
            put_text(ws, row, 1, _("Submission"), section_where)
            put_text(ws, row, 2, key, id_where)
            put_text(ws, row, 3, label, question_where, wrap=True)
            value = self._submission_value(key)
            if value:
                put_text(ws, row, 4, value, label, wrap=True)
            else:
                ws.cell(row=row, column=4).number_format = "@"
            put_text(ws, row, 5, _("Text."), _("guidance"), wrap=True)
            # The import needs the GSS code and the period; the name only helps people.
            needed = key != "_organisation_name"
            put_text(ws, row, 6, _("Yes") if needed else _("No"), _("guidance"), wrap=True)
            answer_cells.append((row, 4))
            row += 1
        for section, question in _top_questions(self.questionnaire):
            if question.is_group:
                continue
            put_text(ws, row, 1, section.title, section_where, wrap=True)
            put_text(ws, row, 2, question.id, id_where)
            put_text(ws, row, 3, question.label, question_where, wrap=True)
            answer = self.answers.get(question.id)
            if answer is None and question.type is QuestionType.LONG_TEXT:
                self.roomy_rows.append(row)
            where = _("The answer to “{question}”").format(question=question.label)
            self.writer.put(ws, row, 4, question, answer, where)
            self.writer.validate(ws, question, f"D{row}")
            put_text(ws, row, 5, how_to_answer(question), _("guidance"), wrap=True)
            put_text(ws, row, 6, required_text(question), _("guidance"), wrap=True)
            answer_cells.append((row, 4))
            row += 1
            self.steps.advance()

    def _submission_value(self, key: str) -> str:
        if self.info is None:
            return ""
        return {
            "_organisation_name": self.info.organisation_name,
            "_gss_code": self.info.gss_code or "",
            "_period": self.info.period,
        }[key]

    # --- one sheet per group -----------------------------------------------------------------

    def _item_keys(self, group: Question) -> list[str]:
        if group.type is QuestionType.STANDARDS_MATRIX:
            return [s.code for s in self.questionnaire.standards]
        return self.answers.item_keys(group)

    def _group(self, group: Question) -> None:
        taken = {self.about, ANSWERS, META, LISTS, self.start, *self.sheet_of_group.values()}
        name = group_sheet_name(group, taken)
        self.sheet_of_group[group.id] = name
        ws = self.workbook.create_sheet(name)
        matrix = group.type is QuestionType.STANDARDS_MATRIX
        widths: list[float] = [18, 40, 22] if matrix else [8]
        keys = ["code", "title", "theme"] if matrix else ["item"]
        titles = [_("Code"), _("Title"), _("Theme")] if matrix else [_("Item")]
        fixed = len(keys)
        for field in group.fields:
            keys.append(field.id)
            titles.append(field_heading(group, field))
            widths.append(column_width(field))
        header_row(ws, titles, widths, height=48)
        self.columns[name] = keys
        self.fixed_titles[name] = titles[:1]  # the code or item number: what rows are known by
        item_keys = self._item_keys(group)
        for row, item_key in enumerate(item_keys, start=2):
            if matrix:
                standard = self.questionnaire.standard(item_key)
                put_text(ws, row, 1, item_key, _("a standard's code"))
                if standard is not None:
                    put_text(ws, row, 2, standard.title, _("a standard's title"), wrap=True)
                    theme = self.questionnaire.theme_label(standard.theme)
                    put_text(ws, row, 3, theme, _("a theme"), wrap=True)
            elif item_key.isdigit():
                ws.cell(row=row, column=1, value=int(item_key)).alignment = TOP
            else:
                put_text(ws, row, 1, item_key, _("an item key"))
            for column, field in enumerate(group.fields, start=fixed + 1):
                value = self.answers.get(field.id, item_key)
                if value is None:
                    continue  # blank: formatted by its column, below
                where = _("The answer to “{question}” for {item}").format(
                    question=field.label, item=_item_name(group, item_key)
                )
                self.writer.put(ws, row, column, field, value, where)
            self.steps.advance()
        last = len(item_keys) + 1
        if not matrix:
            last = max(last, (group.max_items or DEFAULT_REPEAT_ROWS) + 1)
        self.answer_cells[name] = [
            (row, column)
            for row in range(2, last + 1)
            for column in range(fixed + 1, len(keys) + 1)
        ]
        # A new item's row may be given its number (the importer numbers a blank one by its row).
        self.answer_cells[name] += [(row, 1) for row in range(len(item_keys) + 2, last + 1)]
        for column, field in enumerate(group.fields, start=fixed + 1):
            letter = get_column_letter(column)
            self.writer.validate(ws, field, f"{letter}2:{letter}{last}")
            # Blank cells, in every row still to fill in too, take their column's format:
            # text for text and choices ("24/7" typed in never turns into a date).
            if field.type not in (QuestionType.NUMBER, QuestionType.DATE):
                ws.column_dimensions[letter].number_format = TEXT_FORMAT
        if item_keys:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{len(item_keys) + 1}"

    # --- Answers, metadata, properties -------------------------------------------------------

    def _start(self) -> None:
        """The first sheet: whose workbook this is and how to edit it (never read back)."""
        ws = self.workbook.create_sheet(self.start, 0)
        layout = StartLayout(
            self.about, [(name, self.fixed_titles[name]) for name in self.sheet_of_group.values()]
        )
        write_start(ws, self.questionnaire, self.info, self.created_at, layout)
        self.steps.advance()

    def _finish(self) -> None:
        """Fonts, answer cells, row heights, protection and print set-up of every sheet."""
        header = print_header(self.questionnaire, self.info, self.created_at)
        start = self.workbook[self.start]
        name_fonts(start)
        protect(start)
        print_setup(start, landscape=False, header=header, title_rows=None)
        for name in (self.about, *self.sheet_of_group.values()):
            roomy = self.roomy_rows if name == self.about else ()
            finish_sheet(
                self.workbook[name],
                self.answer_cells[name],
                header,
                landscape=True,
                roomy_rows=roomy,
            )
        for name in (META, LISTS):
            protect(self.workbook[name])

    def _meta(self) -> None:
        ws = self.workbook.create_sheet(META)
        ws.sheet_state = "hidden"
        header_row(ws, ["key", "value"], [34, 80], height=18)
        for row, (key, value) in enumerate(self._meta_rows(), start=2):
            put_text(ws, row, 1, key, _("a metadata key"))
            put_text(ws, row, 2, value, _("the metadata {key}").format(key=key))
        lists = self.workbook[LISTS]
        lists.sheet_state = "hidden"
        self.workbook.move_sheet(
            lists, offset=len(self.workbook.sheetnames) - 1 - self.workbook.index(lists)
        )

    def _meta_rows(self) -> list[tuple[str, str]]:
        q, info = self.questionnaire, self.info
        rows = [
            ("format", SUBMISSION_FORMAT),
            ("format_version", str(SUBMISSION_FORMAT_VERSION)),
            ("kind", "submission" if info else "template"),
            ("submission_uuid", info.submission_uuid if info else ""),
            ("questionnaire_id", q.id),
            ("questionnaire_version", str(q.version)),
            ("questionnaire_sha256", q.source_sha256),
            ("organisation_name", info.organisation_name if info else ""),
            ("gss_code", (info.gss_code or "") if info else ""),
            ("nation", info.nation if info else ""),
            ("region", info.region if info else ""),
            ("organisation_type", info.organisation_type if info else ""),
            ("period", info.period if info else ""),
            ("status", info.status if info else ""),
            ("exported_at", utc_iso(self.created_at)),
            ("finalised_at", utc_iso(info.finalised_at) if info and info.finalised_at else ""),
            ("app_name", "csn-desktop"),
            ("app_version", self.app_version),
            ("answers_count", str(len(self.shown))),
            ("answers_sha256", canonical_answers_sha256(self.shown) if info else ""),
            ("multi_separator", ";"),
            ("sheet.start", self.start),
            ("sheet.about", self.about),
            # The language of the readable sheets: the importer reads their words in it.
            ("language", language().split("_")[0]),
        ]
        rows += [(f"sheet.group.{g}", name) for g, name in self.sheet_of_group.items()]
        rows += [(f"columns.{sheet}", json.dumps(keys)) for sheet, keys in self.columns.items()]
        for _section, question in q.iter_questions():
            if question.type in CHOICE_TYPES:
                rows.append((f"choices.{question.id}", self.writer.written_as(question)))
        return rows

    def _properties(self) -> None:
        props = self.workbook.properties
        who = f"{self.info.shown_name()} {self.info.period}" if self.info else _("blank template")
        props.title = f"{self.questionnaire.title} — {who}"
        props.subject = (
            f"{SUBMISSION_FORMAT} version {SUBMISSION_FORMAT_VERSION}: "
            f"{self.questionnaire.id} version {self.questionnaire.version}"
        )
        props.creator = f"csn-desktop {self.app_version}".strip()
        props.lastModifiedBy = props.creator
        props.keywords = _("{format}; City Standards Network; smart-city standards").format(
            format=SUBMISSION_FORMAT
        )
        props.category = SUBMISSION_FORMAT
        props.description = _("Self-assessment submission for the City Standards Network.")
        props.language = language_tag(language())
        naive_utc = datetime.fromisoformat(utc_iso(self.created_at).rstrip("Z"))
        props.created = naive_utc
        props.modified = naive_utc


def _written(questionnaire: Questionnaire, answers: Answers) -> Answers:
    """The answers that get a cell: a matrix has a row only for each standard of the catalogue."""
    codes = {s.code for s in questionnaire.standards}
    written = Answers()
    for key, value in answers:
        question = questionnaire.question(key.question_id)
        group = questionnaire.parent_of(question)
        if (
            group is None
            or group.type is not QuestionType.STANDARDS_MATRIX
            or key.item_key in codes
        ):
            written.set(key.question_id, key.item_key, value)
    return written


def _top_questions(questionnaire: Questionnaire) -> list[tuple[Any, Question]]:
    return [(s, q) for s in questionnaire.sections for q in s.questions]


def _item_name(group: Question, item_key: str) -> str:
    if group.type is QuestionType.STANDARDS_MATRIX:
        return item_key
    if item_key == NO_ITEM:
        return group.label
    return _("item {item} of “{group}”").format(item=item_key, group=group.label)
