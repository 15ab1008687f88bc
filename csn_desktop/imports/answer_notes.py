"""Answers a file holds that are kept but not counted (hidden, or invalid in a draft), named."""

from __future__ import annotations

from collections.abc import Callable

from csn_desktop.domain.answers import NO_ITEM, AnswerKey, Answers
from csn_desktop.domain.conditions import Answered, Equals, InChoices
from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType
from csn_desktop.domain.shown_values import shown_words
from csn_desktop.i18n import _, format_number, ngettext
from csn_desktop.imports.outcomes import AnswerNote, NoteReason, Place, quoted
from csn_desktop.imports.rules import InvalidAnswers

# Where the cell of a question's answer (for an item) is, when the sheets show one.
CellPlace = Callable[[str, str], Place | None]


def short_place(place: Place) -> str:
    """A cell as a note names it: About, D19."""
    if place.cell:
        return _("{sheet}, {cell}").format(sheet=place.sheet, cell=place.cell)
    if place.row:
        return _("{sheet}, row {row}").format(sheet=place.sheet, row=place.row)
    return place.sheet


def answer_name(questionnaire: Questionnaire, question: Question, item_key: str) -> str:
    """“Label”, “Label” for ISO 37120, or “Label” of item 2."""
    label = quoted(question.column_label if question.group else question.label)
    if not item_key:
        return label
    group = questionnaire.parent_of(question)
    if group is not None and group.type is QuestionType.STANDARDS_MATRIX:
        return _("{question} for {standard}").format(question=label, standard=item_key)
    return _("{question} of item {item}").format(question=label, item=item_key)


def invalid_notes(
    questionnaire: Questionnaire, invalid: InvalidAnswers, where: CellPlace
) -> list[AnswerNote]:
    """One note per answer kept in a draft although it fails its question's checks."""
    notes = []
    for (question_id, item_key), (reason, read_at) in sorted(invalid.items()):
        question = questionnaire.question(question_id)
        place = where(question_id, item_key) or read_at
        message = _("The answer to {question} ({place}) is kept but not counted: {reason}").format(
            question=answer_name(questionnaire, question, item_key),
            place=short_place(place),
            reason=reason,
        )
        notes.append(AnswerNote(NoteReason.INVALID, message, question_id, item_key, 1, place))
    return notes


def hidden_notes(
    questionnaire: Questionnaire, answers: Answers, skip: InvalidAnswers, where: CellPlace
) -> list[AnswerNote]:
    """One note per hiding condition, counting the answers it hides (invalid ones are named
    on their own)."""
    hidden: dict[str, list[tuple[AnswerKey, str]]] = {}
    conditional = _conditional(questionnaire)
    for key in answers.values:
        if key.question_id not in conditional or (key.question_id, key.item_key) in skip:
            continue
        question = questionnaire.question(key.question_id)
        if answers.is_relevant(questionnaire, question, key.item_key):
            continue
        holder, item_key = _hidden_by(questionnaire, answers, question, key.item_key)
        hidden.setdefault(holder.id, []).append((key, item_key))
    notes = []
    for holder_id, keys in hidden.items():
        keys.sort()
        holder = questionnaire.question(holder_id)
        count = len(keys)
        why = _why(questionnaire, holder, [item for _key, item in keys], where)
        message = ngettext(
            "{count} answer to {question} kept but not counted: {why}.",
            "{count} answers to {question} kept but not counted: {why}.",
            count,
        ).format(count=format_number(count), question=quoted(_label(holder)), why=why)
        first = keys[0][0]
        place = where(first.question_id, first.item_key)
        notes.append(
            AnswerNote(NoteReason.HIDDEN, message, first.question_id, first.item_key, count, place)
        )
    return notes


_CONDITIONAL: dict[int, tuple[Questionnaire, frozenset[str]]] = {}


def _conditional(questionnaire: Questionnaire) -> frozenset[str]:
    """The questions a condition can hide (their own, or their group's): the others never are."""
    found = _CONDITIONAL.get(id(questionnaire))
    if found is None or found[0] is not questionnaire:
        ids = set()
        for _section, question in questionnaire.iter_questions():
            parent = questionnaire.parent_of(question)
            if question.relevant is not None or (parent is not None and parent.relevant):
                ids.add(question.id)
        if len(_CONDITIONAL) >= 16:
            _CONDITIONAL.clear()
        found = _CONDITIONAL[id(questionnaire)] = (questionnaire, frozenset(ids))
    return found[1]


def _hidden_by(
    questionnaire: Questionnaire, answers: Answers, question: Question, item_key: str
) -> tuple[Question, str]:
    """The question (or group) whose own condition does not hold, and the item it is read for."""
    if question.group is not None:
        parent = questionnaire.question(question.group)
        if not answers.is_relevant(questionnaire, parent):
            return _hidden_by(questionnaire, answers, parent, NO_ITEM)
    return question, item_key


def _why(questionnaire: Questionnaire, holder: Question, items: list[str], where: CellPlace) -> str:
    """The condition that hides ``holder``'s answers, in words, naming the controlling cell."""
    condition = holder.relevant
    if not isinstance(condition, InChoices | Equals | Answered):
        return _("the conditions for showing {question} do not hold").format(
            question=quoted(_label(holder))
        )
    controlling_id = condition.question
    if not questionnaire.has_question(controlling_id):
        return _("the conditions for showing {question} do not hold").format(
            question=quoted(_label(holder))
        )
    controlling = questionnaire.question(controlling_id)
    in_group = holder.group is not None and controlling_id.startswith(holder.group + ".")
    places = {where(controlling_id, item if in_group else NO_ITEM) for item in items}
    name = quoted(_label(controlling))
    if len(places) == 1 and (place := places.pop()) is not None:
        name = _("{question} ({place})").format(question=name, place=short_place(place))
    match condition:
        case Answered(expected=True):
            return _("{question} is not answered").format(question=name)
        case Answered():
            return _("{question} is answered").format(question=name)
        case Equals(value=value):
            return _("{question} is not {value}").format(
                question=name, value=shown_words(controlling, value)
            )
        case InChoices(values=values):
            words = [shown_words(controlling, value) for value in values]
            return _("{question} is not {choices}").format(question=name, choices=_either(words))
    return ""  # not reached: the condition is one of the three above


def _either(words: list[str]) -> str:
    """A, B or C."""
    if len(words) <= 1:
        return "".join(words)
    return _("{some} or {last}").format(some=", ".join(words[:-1]), last=words[-1])


def _label(question: Question) -> str:
    return question.column_label if question.group else question.label
