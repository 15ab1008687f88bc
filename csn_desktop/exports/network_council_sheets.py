"""The restricted workbook's per-council rows: each council's standards and its other answers."""

from __future__ import annotations

from collections.abc import Sequence

from csn_desktop.domain.aggregation import FINAL, Submission
from csn_desktop.domain.known_ids import (
    BARRIERS_FIELD,
    EVIDENCE_URL_FIELD,
    MATRIX,
    NEED_FIELD,
    NOTE_FIELD,
    USE_STATUS_FIELD,
)
from csn_desktop.domain.place_names import local_place
from csn_desktop.domain.questionnaire import Questionnaire, QuestionType
from csn_desktop.domain.values import value_to_json
from csn_desktop.exports.choices import answer_words
from csn_desktop.exports.control import Steps
from csn_desktop.exports.network_columns import (
    code_column,
    counted_questionnaire,
    theme_column,
    title_column,
    unit_text,
)
from csn_desktop.exports.network_table import Column, Kind, Sheet, Value
from csn_desktop.i18n import _

_MATRIX_FIELDS = (USE_STATUS_FIELD, NEED_FIELD, BARRIERS_FIELD, NOTE_FIELD, EVIDENCE_URL_FIELD)


def _council_columns() -> list[Column]:
    stored = _("As stored with the council's current assessment.")
    return [
        Column(_("Council"), _("The council's name."), stored, unit_text()),
        Column(
            _("GSS code"),
            _("The council's GSS code (empty for other organisations)."),
            stored,
            unit_text(),
        ),
        Column(_("Nation"), _("The council's nation."), stored, unit_text()),
        Column(_("Region"), _("The council's region."), stored, unit_text()),
        Column(_("Authority type"), _("The kind of authority."), stored, unit_text()),
        Column(_("Period"), _("The period the assessment is about."), stored, unit_text()),
        Column(_("Status"), _("Final (signed off) or draft."), stored, unit_text()),
    ]


def _council(s: Submission) -> list[Value]:
    status = _("Final") if s.status == FINAL else _("Draft")
    places = [local_place(p) for p in (s.nation, s.region, s.authority_type)]
    return [s.council, s.gss_code or "", *places, s.period, status]


def council_standards_sheet(
    questionnaire: Questionnaire, submissions: Sequence[Submission], steps: Steps
) -> Sheet:
    """One row per council × standard of the catalogue, its matrix answers in words."""
    q = questionnaire
    matrix = {f.local_id: f for f in q.question(MATRIX).fields}
    fields = [matrix.get(name) for name in _MATRIX_FIELDS]
    rows: list[list[Value]] = []
    for submission in submissions:
        prefix, answers = _council(submission), submission.answers
        for standard in q.standards:
            row = [*prefix, standard.code, standard.title, q.theme_label(standard.theme)]
            for field in fields:
                value = answers.get(field.id, standard.code) if field else None
                row.append(answer_words(field, value, separator="; ") if field else "")
            rows.append(row)
        steps.advance()
    answered = _("The council's answer, in words (several separated by “;”).")
    columns = [
        *_council_columns(),
        code_column(),
        title_column(),
        theme_column(),
        Column(_("Use status"), _("How the council uses the standard."), answered, unit_text()),
        Column(_("Need"), _("How much the council needs the standard."), answered, unit_text()),
        Column(
            _("Barriers"),
            _("What holds the council back from using it."),
            answered,
            unit_text(),
            Kind.LONG_TEXT,
        ),
        Column(
            _("Note"),
            _("The council's note on the standard."),
            answered,
            unit_text(),
            Kind.LONG_TEXT,
        ),
        Column(_("Evidence"), _("A link to evidence of its use."), answered, unit_text()),
    ]
    return Sheet(
        _("Council standards"),
        _("Each council's answers about each standard"),
        _("One row per council and standard."),
        tuple(columns),
        rows,
    )


def council_answers_sheet(
    questionnaire: Questionnaire, submissions: Sequence[Submission], steps: Steps
) -> Sheet:
    """One row per council × answer; personal data and the standards matrix are left out."""
    q = questionnaire
    rows: list[list[Value]] = []
    for submission in submissions:
        prefix = _council(submission)
        for key, value in submission.answers:
            if not q.has_question(key.question_id):
                continue
            question = q.question(key.question_id)
            group = q.parent_of(question)
            if question.personal_data or (group and group.type is QuestionType.STANDARDS_MATRIX):
                continue
            rows.append(
                [
                    *prefix,
                    q.section_of(question.id).title,
                    question.id,
                    question.label,
                    key.item_key,
                    answer_words(question, value, separator="; "),
                    value_to_json(value),
                ]
            )
        steps.advance()
    answered = _("The council's answer as stored; answers that could name a person are left out.")
    columns = [
        *_council_columns(),
        Column(
            _("Section"), _("The questionnaire's section."), counted_questionnaire(), unit_text()
        ),
        Column(
            _("Question id"), _("The question's stable id."), counted_questionnaire(), unit_text()
        ),
        Column(
            _("Question"),
            _("The question as the council read it."),
            counted_questionnaire(),
            unit_text(),
            Kind.LONG_TEXT,
        ),
        Column(
            _("Item"),
            _("Which repeat of a repeated group (a gap's number); empty otherwise."),
            counted_questionnaire(),
            unit_text(),
        ),
        Column(_("Answer"), _("The answer in words."), answered, unit_text(), Kind.LONG_TEXT),
        Column(
            _("Value (JSON)"),
            _("The answer as stored, in JSON, for reuse in other tools."),
            answered,
            _("JSON"),
            Kind.LONG_TEXT,
        ),
    ]
    return Sheet(
        _("Council answers"),
        _("Each council's other answers (no personal data, no standards)"),
        _("One row per council and answer; the standards are in “Council standards”."),
        tuple(columns),
        rows,
    )
