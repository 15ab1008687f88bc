"""The questionnaire model: sections, questions, choices, themes and the standards catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from csn_desktop.domain.conditions import Condition

# Excel stores at most this many characters in a cell; longer text is refused when typed.
TEXT_LIMIT = 32_767


class QuestionType(StrEnum):
    """The kinds of question a definition may use."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"
    NUMBER = "number"
    DATE = "date"
    EMAIL = "email"
    URL = "url"
    STANDARDS_MATRIX = "standards_matrix"
    REPEAT_GROUP = "repeat_group"


GROUP_TYPES = frozenset({QuestionType.STANDARDS_MATRIX, QuestionType.REPEAT_GROUP})
CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE})
TEXT_TYPES = frozenset(
    {QuestionType.TEXT, QuestionType.LONG_TEXT, QuestionType.EMAIL, QuestionType.URL}
)


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a choice question; its id is what is stored."""

    id: str
    label: str
    help: str = ""


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme of the standards catalogue."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Standard:
    """One row of the standards catalogue; its code is the matrix item key."""

    code: str
    title: str
    publisher: str
    year: int | None
    theme: str
    source: str


@dataclass(frozen=True, slots=True)
class Question:
    """A question, or a field of a standards matrix or repeat group.

    Field ids are qualified by their group: field ``theme`` of group ``gaps`` is ``gaps.theme``.
    """

    id: str
    type: QuestionType
    label: str
    help: str = ""
    # A few words for table headers (the standards matrix); the label when not given.
    short_label: str = ""
    required: bool = False
    relevant: Condition | None = None
    choices: tuple[Choice, ...] = ()
    max_selections: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    max_length: int = TEXT_LIMIT
    personal_data: bool = False
    replaces: tuple[str, ...] = ()
    fields: tuple[Question, ...] = ()
    group: str | None = None
    # Standards matrix: rows whose theme is chosen in this multiple-choice question are required.
    required_rows_from: str | None = None
    min_items: int = 0
    max_items: int | None = None
    # A repeat group's name for one item ("Gap" in "Add gap", "Gap 2"); derived from the label
    # unless a translation gives it (a definition has no key for it).
    item_label: str = ""

    @property
    def local_id(self) -> str:
        """The id without its group prefix."""
        return self.id.rpartition(".")[2]

    @property
    def column_label(self) -> str:
        return self.short_label or self.label

    @property
    def is_group(self) -> bool:
        return self.type in GROUP_TYPES

    @property
    def item_name(self) -> str:
        """One item of a repeat group: "Gaps in standards" → "Gap" (a rule that suits English)."""
        if self.item_label:
            return self.item_label
        first = self.label.split()[0] if self.label.split() else self.label
        return first[:-1] if first.endswith("s") and len(first) > 3 else first

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)

    def choice_label(self, choice_id: str) -> str:
        found = self.choice(choice_id)
        return found.label if found else choice_id


@dataclass(frozen=True, slots=True)
class Section:
    """A page of the questionnaire."""

    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Questionnaire:
    """One version of a questionnaire definition with its catalogue."""

    id: str
    version: int
    title: str
    sections: tuple[Section, ...]
    themes: tuple[Theme, ...]
    standards: tuple[Standard, ...]
    source_sha256: str = ""
    # The introduction shown before the first section (time needed, what happens to the answers).
    description: str = ""
    # The definition file it was read from: its translations are catalogues beside it
    # (definition.translations). Not part of its identity.
    source_file: str = field(default="", compare=False)
    # The language its texts are in (definition.translations.localised gives another).
    language: str = field(default="en", compare=False)

    def iter_questions(self) -> Iterator[tuple[Section, Question]]:
        """Every top-level question and every group field, in order, with its section."""
        for section in self.sections:
            for question in section.questions:
                yield section, question
                for child in question.fields:
                    yield section, child

    @cached_property
    def _index(self) -> dict[str, tuple[Section, Question]]:
        # The first of two questions with one id wins (the loader reports the second as an error).
        index: dict[str, tuple[Section, Question]] = {}
        for section, question in self.iter_questions():
            index.setdefault(question.id, (section, question))
        return index

    def question(self, question_id: str) -> Question:
        """The question (or group field) with this qualified id; KeyError if there is none."""
        return self._index[question_id][1]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._index

    def section_of(self, question_id: str) -> Section:
        return self._index[question_id][0]

    def parent_of(self, question: Question) -> Question | None:
        return self.question(question.group) if question.group else None

    @cached_property
    def renamed(self) -> dict[str, str]:
        """Old question id → id in this version, from the ``replaces`` lists (one step; chains
        across versions are followed by ``domain.renames``).

        A field's old ids are local to its group (``replaces: [summary]`` in group ``gaps`` is
        ``gaps.summary``), and a renamed group takes its fields with it (``needs.theme`` →
        ``gaps.theme`` when ``gaps`` replaces ``needs``).
        """
        mapping: dict[str, str] = {}
        for section in self.sections:
            for question in section.questions:
                groups = (question.id, *question.replaces)
                mapping.update((old, question.id) for old in question.replaces)
                for child in question.fields:
                    olds = (child.local_id, *child.replaces)
                    mapping.update(
                        (f"{group}.{old}", child.id)
                        for group in groups
                        for old in olds
                        if f"{group}.{old}" != child.id
                    )
        return mapping

    def theme_label(self, theme_id: str) -> str:
        return next((t.label for t in self.themes if t.id == theme_id), theme_id)

    def standards_by_theme(self) -> list[tuple[Theme, list[Standard]]]:
        """The catalogue grouped by theme, in the order the themes are defined."""
        return [(t, [s for s in self.standards if s.theme == t.id]) for t in self.themes]

    @cached_property
    def _standards_index(self) -> dict[str, Standard]:
        return {s.code: s for s in self.standards}

    def standard(self, code: str) -> Standard | None:
        return self._standards_index.get(code)
