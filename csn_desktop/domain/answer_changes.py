"""What changed between two versions' answers, named by question label and item."""

from __future__ import annotations

from dataclasses import dataclass

from csn_desktop.domain.answers import AnswerKey, Answers
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.values import JsonValue
from csn_desktop.i18n import _, format_number, ngettext

# How many changes a one-line summary names before "and N more".
NAMED = 3


@dataclass(frozen=True, slots=True)
class AnswerChange:
    """One answer added, removed (``None``) or changed."""

    key: AnswerKey
    before: JsonValue
    after: JsonValue


def answer_changes(before: Answers, after: Answers) -> list[AnswerChange]:
    """Every answer that differs, sorted by question id then item key."""
    old = before.values
    new = after.values
    # Only the differing keys are sorted: a re-send changes a few of several hundred answers.
    changed = [key for key in old.keys() | new.keys() if old.get(key) != new.get(key)]
    return [AnswerChange(key, old.get(key), new.get(key)) for key in sorted(changed)]


def change_label(questionnaire: Questionnaire, key: AnswerKey) -> str:
    """The question's label, with the standard's code or the repeat item when there is one."""
    if questionnaire.has_question(key.question_id):
        label = questionnaire.question(key.question_id).column_label
    else:
        label = key.question_id
    if not key.item_key:
        return label
    return _("{question} ({item})").format(question=label, item=key.item_key)


def in_questionnaire_order(
    questionnaire: Questionnaire, changes: list[AnswerChange]
) -> list[AnswerChange]:
    """The changes as a person reads the questionnaire: by question, then standard or item."""
    position = {q.id: n for n, (_section, q) in enumerate(questionnaire.iter_questions())}
    standards = {s.code: n for n, s in enumerate(questionnaire.standards)}

    def key(change: AnswerChange) -> tuple[int, str, int, str]:
        item = change.key.item_key
        rank = int(item) if item.isdigit() else standards.get(item, len(standards))
        where = position.get(change.key.question_id, len(position))
        return (where, change.key.question_id, rank, item)

    return sorted(changes, key=key)


def summary(questionnaire: Questionnaire, changes: list[AnswerChange], named: int = NAMED) -> str:
    """One sentence: "12 answers changed: A, B, C and 9 more." (or "No answers changed.")."""
    if not changes:
        return _("No answers changed.")
    changes = in_questionnaire_order(questionnaire, changes)
    labels = [change_label(questionnaire, c.key) for c in changes[:named]]
    head = ngettext(
        "{count} answer changed: {labels}",
        "{count} answers changed: {labels}",
        len(changes),
    ).format(count=format_number(len(changes)), labels=", ".join(labels))
    rest = len(changes) - len(labels)
    if rest:
        return _("{changes} and {count} more.").format(changes=head, count=format_number(rest))
    return _("{changes}.").format(changes=head)


def full_list(questionnaire: Questionnaire, changes: list[AnswerChange]) -> str:
    """Every changed answer's label, one per line, in questionnaire order (for the audit trail)."""
    ordered = in_questionnaire_order(questionnaire, changes)
    return "\n".join(change_label(questionnaire, c.key) for c in ordered)
