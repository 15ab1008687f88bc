"""A format-1 file's two copies of its answers made one: the readable sheets win, changes named."""

from __future__ import annotations

from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.shown_values import same_shown, shown_words
from csn_desktop.i18n import _
from csn_desktop.imports.answer_notes import CellPlace
from csn_desktop.imports.outcomes import AnswerNote, NoteReason, Place, quoted
from csn_desktop.imports.rules import AnswerRow, InvalidAnswers


def reconcile(
    questionnaire: Questionnaire,
    exact: tuple[list[AnswerRow], InvalidAnswers],
    readable: tuple[list[AnswerRow], InvalidAnswers],
    where: CellPlace,
) -> tuple[list[AnswerRow], InvalidAnswers, list[AnswerNote]]:
    """The answers to keep, those of them invalid, and an EDITED note per difference.

    Where a readable cell shows the Answers sheet's value (``same_shown``), the exact value is
    kept, so line breaks and spaces the cell cannot hold survive; anywhere else the readable
    cell wins, a blank cell removing the answer.
    """
    exact_rows = {(row[0], row[1]): row for row in exact[0]}
    readable_rows = {(row[0], row[1]): row for row in readable[0]}
    kept: list[AnswerRow] = []
    invalid: InvalidAnswers = {}
    notes: list[AnswerNote] = []
    for key in sorted(exact_rows.keys() | readable_rows.keys()):
        old, new = exact_rows.get(key), readable_rows.get(key)
        question = questionnaire.question(key[0])
        if old is not None and new is not None and same_shown(question, old[2], new[2]):
            kept.append(old)
            if key in exact[1]:
                invalid[key] = exact[1][key]
            continue
        if new is not None:
            kept.append(new)
            if key in readable[1]:
                invalid[key] = readable[1][key]
        place = where(*key)
        old_words = quoted(shown_words(question, old[2])) if old is not None else ""
        new_words = quoted(shown_words(question, new[2])) if new is not None else ""
        if old is None:
            message = _(
                "{place} ({answer}): the readable sheet says {new}, the Answers sheet has no "
                "answer; the readable sheet was imported."
            )
        elif new is None:
            message = _(
                "{place} ({answer}): the readable sheet is blank, the Answers sheet says {old}; "
                "the answer was removed."
            )
        else:
            message = _(
                "{place} ({answer}): the readable sheet says {new}, the Answers sheet {old}; "
                "the readable sheet was imported."
            )
        text = message.format(
            place=_row_name(place),
            answer=_answer(questionnaire, *key),
            new=new_words,
            old=old_words,
        )
        notes.append(AnswerNote(NoteReason.EDITED, text, key[0], key[1], 1, place))
    return kept, invalid, notes


def _row_name(place: Place | None) -> str:
    if place is None:
        return _("The readable sheets")
    if place.row:
        return _("{sheet}, row {row}").format(sheet=place.sheet, row=place.row)
    return place.sheet


def _answer(questionnaire: Questionnaire, question_id: str, item_key: str) -> str:
    """ISO 37120, use status — or the question's label for a plain question."""
    question = questionnaire.question(question_id)
    if not item_key:
        return question.label if len(question.label) <= 80 else question.label[:77] + "…"
    return _("{item}, {field}").format(item=item_key, field=question.column_label.lower())
