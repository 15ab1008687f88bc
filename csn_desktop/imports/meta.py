"""The hidden metadata sheet: which format, submission, questionnaire, council and period."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.canonical import (
    READABLE_FORMAT_VERSIONS,
    SUBMISSION_FORMAT,
    SUBMISSION_FORMAT_VERSION,
)
from csn_desktop.domain.periods import EXAMPLE, is_period
from csn_desktop.domain.plausibility import (
    FIRST_PERIOD,
    is_future_moment,
    is_plausible_period,
    last_period,
)
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.status import Status
from csn_desktop.i18n import _, format_datetime, format_number
from csn_desktop.imports.cells import CellValue, Rows
from csn_desktop.imports.outcomes import Place, SubmissionRejected, quoted

META_SHEET = "_csn_meta"
DEFAULT_ANSWERS_SHEET = "Answers"  # not translated: file format
DEFAULT_ABOUT_SHEET = "About"  # not translated: file format
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# No version number csn-desktop writes comes near this many digits.
_MAX_DIGITS = 9


KIND_SUBMISSION = "submission"
KIND_TEMPLATE = "template"


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the human sheets are: sheet names, column keys, and choices as labels or ids."""

    about_sheet: str
    group_sheets: dict[str, str]  # group question id → sheet name
    columns: dict[str, list[str]]  # sheet name → column keys
    choices_as: dict[str, str]  # choice question id → "label" or "id"
    # The language of the readable sheets' words (choice labels, yes/no): cy or en.
    language: str = "en"  # not translated: a language code


@dataclass(frozen=True)
class SubmissionMeta:
    """What the metadata sheet says, checked.

    A filled template (kind "template") has no submission uuid, council, period, status or
    checksum here: they are blank until the reader fills them in from the About sheet.
    """

    kind: str
    format_version: int
    submission_uuid: str
    questionnaire: Questionnaire
    gss_code: str
    organisation_name: str
    period: str
    status: str
    exported_at: datetime
    answers_sha256: str
    answers_sheet: str  # format 1 only: the machine-readable copy of the answers
    app_version: str
    gss_place: Place
    values: dict[str, tuple[str, int]]  # every key of the sheet: (its text, its row)

    @cached_property
    def layout(self) -> Layout:
        """Where the human sheets are; read only when they are (a template, or no Answers)."""
        return _layout(_Meta.of(self.values))


class _Meta:
    """key → (text, row) from the sheet's two columns; rows are 1-based like Excel's."""

    def __init__(self, rows: Rows) -> None:
        self.values: dict[str, tuple[str, int]] = {}
        self._read(rows)

    @classmethod
    def of(cls, values: dict[str, tuple[str, int]]) -> _Meta:
        meta = cls([])
        meta.values = values
        return meta

    def _read(self, rows: Rows) -> None:
        for number, row in enumerate(rows, start=1):
            if number == 1 or not row or not isinstance(row[0], str) or not row[0]:
                continue
            value = _text(row[1]) if len(row) > 1 else ""
            self.values.setdefault(row[0].strip(), (value, number))

    def place(self, key: str) -> Place:
        row = self.values.get(key, ("", 0))[1]
        return Place(META_SHEET, row, f"B{row}") if row else Place(META_SHEET)

    def get(self, key: str) -> str:
        return self.values.get(key, ("", 0))[0]

    def required(self, key: str) -> str:
        value = self.get(key)
        if not value:
            raise SubmissionRejected(
                _("The metadata has no {key}.").format(key=key), self.place(key)
            )
        return value


def _text(value: CellValue) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value.strip() if isinstance(value, str) else str(value)


def read_meta(rows: Rows, library: QuestionnaireLibrary) -> SubmissionMeta:
    """Check the metadata; every refusal names the cell that is wrong."""
    meta = _Meta(rows)
    if meta.get("format") != SUBMISSION_FORMAT:
        raise SubmissionRejected(
            _("This workbook is not a {expected} (its format is {format}).").format(
                expected=SUBMISSION_FORMAT, format=_shorten(meta.get("format"))
            ),
            meta.place("format"),
        )
    version = _whole(meta, "format_version", _("format version"))
    if version not in READABLE_FORMAT_VERSIONS:
        if version > SUBMISSION_FORMAT_VERSION:
            message = _(
                "This submission is in format version {version}; this csn-desktop reads "
                "version {readable}. Update csn-desktop to import it."
            )
        else:
            message = _(
                "This submission is in format version {version}; this csn-desktop reads "
                "version {readable}."
            )
        raise SubmissionRejected(
            message.format(version=version, readable=SUBMISSION_FORMAT_VERSION),
            meta.place("format_version"),
        )
    kind = meta.get("kind") or KIND_SUBMISSION
    if kind not in (KIND_SUBMISSION, KIND_TEMPLATE):
        raise SubmissionRejected(
            _("{kind} is neither a submission nor a template.").format(kind=quoted(kind)),
            meta.place("kind"),
        )
    template = kind == KIND_TEMPLATE
    return SubmissionMeta(
        kind=kind,
        format_version=version,
        submission_uuid="" if template else _uuid(meta),
        questionnaire=_questionnaire(meta, library),
        gss_code="" if template else meta.required("gss_code").upper(),
        organisation_name=meta.get("organisation_name"),
        period="" if template else _period(meta),
        status="" if template else _status(meta),
        exported_at=_exported_at(meta, template=template),
        answers_sha256="" if template else _sha256(meta),
        answers_sheet=meta.get("sheet.answers") or DEFAULT_ANSWERS_SHEET,
        app_version=meta.get("app_version"),
        gss_place=meta.place("gss_code"),
        values=meta.values,
    )


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[_-][A-Z]{2})?")


def _layout(meta: _Meta) -> Layout:
    groups: dict[str, str] = {}
    columns: dict[str, list[str]] = {}
    choices: dict[str, str] = {}
    for key, (value, _row) in meta.values.items():
        if key.startswith("sheet.group.") and value:
            groups[key.removeprefix("sheet.group.")] = value
        elif key.startswith("columns."):
            try:
                keys = json.loads(value)
            except ValueError:
                keys = None
            if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
                raise SubmissionRejected(
                    _("The column keys of {sheet} are not a JSON list of text.").format(
                        sheet=key.removeprefix("columns.")
                    ),
                    meta.place(key),
                )
            columns[key.removeprefix("columns.")] = keys
        elif key.startswith("choices."):
            choices[key.removeprefix("choices.")] = value
    # Older files record no language: they were written in English. The code names a catalogue
    # file, so anything but a plain code (a path, say) is read as English too.
    language = meta.get("language").strip()
    if not _LANGUAGE_CODE.fullmatch(language):
        language = "en"  # not translated: a language code
    about = meta.get("sheet.about") or DEFAULT_ABOUT_SHEET
    return Layout(about, groups, columns, choices, language)


def _uuid(meta: _Meta) -> str:
    text = meta.required("submission_uuid")
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise SubmissionRejected(
            _("{text} is not a submission id (a UUID).").format(text=quoted(text)),
            meta.place("submission_uuid"),
        ) from None


def _questionnaire(meta: _Meta, library: QuestionnaireLibrary) -> Questionnaire:
    name = meta.required("questionnaire_id")
    version = meta.required("questionnaire_version")
    number = _whole(meta, "questionnaire_version", _("questionnaire version"))
    found = library.get(name, number)
    if found is None:
        known = ", ".join(f"{q.id} v{q.version}" for q in library.questionnaires)
        raise SubmissionRejected(
            _(
                "This submission answers questionnaire {questionnaire} version {version}, "
                "which this csn-desktop does not know (it knows {known}). "
                "Update csn-desktop to import it."
            ).format(questionnaire=name, version=version, known=known),
            meta.place("questionnaire_version"),
        )
    return found


def _whole(meta: _Meta, key: str, what: str) -> int:
    """A whole number written in ASCII digits, short enough to be one a program wrote.

    Python refuses to convert more than 4,300 digits (a ValueError), and str.isdigit()
    accepts digits such as ² that int() does not: both are refused here with the cell named.
    """
    text = meta.required(key)
    if not (text.isascii() and text.isdigit()):
        raise SubmissionRejected(
            _("The {what} {text} is not a whole number.").format(what=what, text=_shorten(text)),
            meta.place(key),
        )
    if len(text) > _MAX_DIGITS:
        raise SubmissionRejected(
            _("The {what} has {count} digits, so no version of csn-desktop wrote it.").format(
                what=what, count=format_number(len(text))
            ),
            meta.place(key),
        )
    return int(text)


def _shorten(text: str) -> str:
    """A cell may hold 32,767 characters: a message quotes only its start."""
    return quoted(text if len(text) <= 40 else text[:40] + "…")


def _period(meta: _Meta) -> str:
    text = meta.required("period")
    if not is_period(text):
        raise SubmissionRejected(
            _("{text} is not a period such as {example}.").format(
                text=quoted(text), example=EXAMPLE
            ),
            meta.place("period"),
        )
    check_period(text, meta.place("period"))
    return text


def check_period(period: str, place: Place) -> None:
    """Refuse a financial year before 2015/16 or more than two years after this one."""
    today = datetime.now(UTC).date()
    if not is_plausible_period(period, today):
        raise SubmissionRejected(
            _(
                "The period {period} cannot be right: csn-desktop takes periods from {first} "
                "to {last}. Check the period."
            ).format(period=period, first=FIRST_PERIOD, last=last_period(today)),
            place,
        )


def _exported_at(meta: _Meta, *, template: bool) -> datetime:
    """When the file was exported (a template: made), never later than now (a day allowed)."""
    moment = _moment(meta, "exported_at")
    if is_future_moment(moment, datetime.now(UTC)):
        if template:
            message = _(
                "The template says it was made on {moment}, which is in the future: the clock "
                "of the computer that made it is wrong. Fill in a template made with the right "
                "date, or ask the network for a new one."
            )
        else:
            message = _(
                "The file says it was exported on {moment}, which is in the future: the clock "
                "of the computer that exported it is wrong. Set that clock right and export the "
                "submission again."
            )
        raise SubmissionRejected(
            message.format(moment=format_datetime(moment)), meta.place("exported_at")
        )
    return moment


def _status(meta: _Meta) -> str:
    text = meta.required("status")
    if text not in tuple(Status):
        raise SubmissionRejected(
            _("The status {status} is neither draft nor final.").format(status=quoted(text)),
            meta.place("status"),
        )
    return text


def _moment(meta: _Meta, key: str) -> datetime:
    text = meta.required(key)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise SubmissionRejected(
            _("{text} is not a moment such as 2026-11-24T09:30:00Z.").format(text=quoted(text)),
            meta.place(key),
        )
    return moment.astimezone(UTC)


def _sha256(meta: _Meta) -> str:
    text = meta.required("answers_sha256").lower()
    if not _SHA256.match(text):
        raise SubmissionRejected(
            _("The answers checksum is not a SHA-256."), meta.place("answers_sha256")
        )
    return text
