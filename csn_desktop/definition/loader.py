"""Loads one questionnaire definition file, validating it completely and reporting every problem."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from csn_desktop.definition.catalogue import read_catalogue
from csn_desktop.definition.conditions_reader import ConditionReader, qualify
from csn_desktop.definition.problems import DefinitionError, Problem
from csn_desktop.definition.reader import Reader
from csn_desktop.definition.regular_files import read_regular
from csn_desktop.definition.yaml_source import Path_, format_path, parse_yaml
from csn_desktop.domain.questionnaire import (
    CHOICE_TYPES,
    GROUP_TYPES,
    TEXT_LIMIT,
    TEXT_TYPES,
    Choice,
    Question,
    Questionnaire,
    QuestionType,
    Section,
    Standard,
    Theme,
)
from csn_desktop.i18n import _, format_number, ngettext

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
THEME_ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
# The choice list made of the catalogue's themes; a definition cannot define its own of this name.
THEMES_LIST = "themes"
MAX_DEFINITION_BYTES = 2_000_000

TOP_KEYS = (
    "questionnaire",
    "version",
    "title",
    "description",
    "catalogue",
    "themes",
    "choice_lists",
    "sections",
)
SECTION_KEYS = ("id", "title", "intro", "questions")
QUESTION_KEYS = (
    "id",
    "type",
    "label",
    "short_label",
    "help",
    "required",
    "relevant",
    "choices",
    "max_selections",
    "minimum",
    "maximum",
    "integer",
    "max_length",
    "personal_data",
    "replaces",
    "fields",
    "required_rows_from",
    "min_items",
    "max_items",
)
CHOICE_KEYS = ("id", "label", "help")
THEME_KEYS = ("id", "label")


def load_definition(file: Path) -> Questionnaire:
    """Load and validate a definition and its catalogue; DefinitionError lists every problem."""
    questionnaire, problems = read_definition(file)
    if problems or questionnaire is None:
        raise DefinitionError(problems)
    return questionnaire


def read_definition(file: Path) -> tuple[Questionnaire | None, list[Problem]]:
    """Read a definition file: the questionnaire if it is sound, and every problem found."""
    try:
        raw = read_regular(file, MAX_DEFINITION_BYTES)
    except OSError as error:
        return None, [
            Problem(file, "", _("cannot be read: {reason}").format(reason=error.strerror or error))
        ]
    if raw is None:
        limit = format_number(MAX_DEFINITION_BYTES)
        return None, [Problem(file, "", _("is larger than {limit} bytes").format(limit=limit))]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [
            Problem(file, "", _("is not UTF-8 text (byte {position})").format(position=error.start))
        ]
    try:
        document = parse_yaml(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(error, "problem", None) or str(error)
        return None, [
            Problem(file, "", _("is not valid YAML: {reason}").format(reason=reason), line)
        ]
    builder = _Builder(file, Reader(file, document))
    questionnaire = builder.build(hashlib.sha256(raw).hexdigest())
    return questionnaire, builder.reader.problems


class _Builder:
    """Turns parsed YAML into a Questionnaire, collecting every problem rather than the first."""

    def __init__(self, file: Path, reader: Reader) -> None:
        self.file = file
        self.reader = reader
        self.choice_lists: dict[str, tuple[Choice, ...]] = {}
        self.theme_ids: list[str] = []

    def build(self, sha256: str) -> Questionnaire | None:
        r = self.reader
        for path, line in r.document.duplicate_keys:
            r.problems.append(
                Problem(self.file, format_path(path), _("this key appears twice"), line)
            )
        for path, line in r.document.aliases:
            r.problems.append(
                Problem(
                    self.file,
                    format_path(path),
                    _("YAML anchors and aliases are not allowed"),
                    line,
                )
            )
        top = r.mapping(r.document.content, (), TOP_KEYS)
        if top is None:
            return None
        qid = r.text(top, "questionnaire", (), required=True)
        if qid and not re.fullmatch(r"[a-z][a-z0-9-]{0,63}", qid):
            r.problem(
                ("questionnaire",),
                _(
                    "the questionnaire id must be lower-case letters, "
                    "digits and hyphens, starting with a letter"
                ),
            )
        version = r.integer(top, "version", (), required=True, minimum=1)
        title = r.text(top, "title", (), required=True)
        description = r.text(top, "description", (), required=False)
        themes = self._themes(r.sequence(top, "themes", (), required=True))
        self._choice_lists(top.get("choice_lists"))
        standards: list[Standard] = []
        catalogue_name = r.text(top, "catalogue", (), required=True)
        if catalogue_name:
            catalogue = self.file.parent / catalogue_name
            if Path(catalogue_name).is_absolute() or ".." in Path(catalogue_name).parts:
                r.problem(("catalogue",), _("the catalogue must be a file beside the definition"))
            else:
                standards, catalogue_problems = read_catalogue(catalogue, set(self.theme_ids))
                r.problems.extend(catalogue_problems)
        sections = self._sections(r.sequence(top, "sections", (), required=True))
        if r.problems or version is None:
            return None
        questionnaire = _with_qualified_conditions(
            Questionnaire(
                qid,
                version,
                title,
                tuple(sections),
                tuple(themes),
                tuple(standards),
                sha256,
                description,
                source_file=str(self.file),
            )
        )
        _CrossChecks(questionnaire, r, top).run()
        return None if r.problems else questionnaire

    def _themes(self, items: list[Any]) -> list[Theme]:
        r = self.reader
        themes = []
        for n, item in enumerate(items):
            path: Path_ = ("themes", n)
            data = r.mapping(item, path, THEME_KEYS)
            if data is None:
                continue
            tid = r.text(data, "id", path, required=True)
            label = r.text(data, "label", path, required=True)
            if tid and not THEME_ID_PATTERN.match(tid):
                r.problem(
                    path + ("id",),
                    _("theme id '{id}' must be lower-case letters, digits and hyphens").format(
                        id=tid
                    ),
                )
            if tid in self.theme_ids:
                r.problem(path + ("id",), _("theme id '{id}' is used twice").format(id=tid))
            self.theme_ids.append(tid)
            themes.append(Theme(tid, label))
        self.choice_lists[THEMES_LIST] = tuple(Choice(t.id, t.label) for t in themes)
        return themes

    def _choice_lists(self, value: Any) -> None:
        r = self.reader
        if value is None:
            return
        lists = r.mapping(value, ("choice_lists",), value.keys() if isinstance(value, dict) else ())
        for name, items in (lists or {}).items():
            path: Path_ = ("choice_lists", name)
            if name == THEMES_LIST:
                r.problem(
                    path,
                    _("'{name}' is the built-in list of the catalogue's themes").format(
                        name=THEMES_LIST
                    ),
                )
                continue
            if not ID_PATTERN.match(name):
                r.problem(
                    path,
                    _(
                        "choice list name '{name}' must be lower-case letters, digits and "
                        "underscores"
                    ).format(name=name),
                )
            self.choice_lists[name] = self._choices(items, path)

    def _choices(self, items: Any, path: Path_) -> tuple[Choice, ...]:
        r = self.reader
        if not isinstance(items, list) or not items:
            r.problem(path, _("expected a non-empty list of choices"))
            return ()
        choices: list[Choice] = []
        for n, item in enumerate(items):
            data = r.mapping(item, path + (n,), CHOICE_KEYS)
            if data is None:
                continue
            cid = r.text(data, "id", path + (n,), required=True)
            if cid and not ID_PATTERN.match(cid):
                r.problem(
                    path + (n, "id"),
                    _(
                        "choice id '{id}' must be lower-case letters, digits "
                        "and underscores, starting with a letter"
                    ).format(id=cid),
                )
            if any(c.id == cid for c in choices):
                r.problem(
                    path + (n, "id"),
                    _("choice id '{id}' is used twice in this list").format(id=cid),
                )
            label = r.text(data, "label", path + (n,), required=True)
            choices.append(Choice(cid, label, r.text(data, "help", path + (n,), required=False)))
        return tuple(choices)

    def _sections(self, items: list[Any]) -> list[Section]:
        r = self.reader
        sections = []
        for n, item in enumerate(items):
            path: Path_ = ("sections", n)
            data = r.mapping(item, path, SECTION_KEYS)
            if data is None:
                continue
            sid = r.text(data, "id", path, required=True)
            if sid and not ID_PATTERN.match(sid):
                r.problem(
                    path + ("id",),
                    _(
                        "section id '{id}' must be lower-case letters, digits "
                        "and underscores, starting with a letter"
                    ).format(id=sid),
                )
            questions = [
                q
                for m, q_item in enumerate(r.sequence(data, "questions", path, required=True))
                if (q := self._question(q_item, path + ("questions", m), None)) is not None
            ]
            sections.append(
                Section(
                    sid,
                    r.text(data, "title", path, required=True),
                    r.text(data, "intro", path, required=False),
                    tuple(questions),
                )
            )
        return sections

    def _question(self, item: Any, path: Path_, group: str | None) -> Question | None:
        r = self.reader
        data = r.mapping(item, path, QUESTION_KEYS)
        if data is None:
            return None
        local_id = r.text(data, "id", path, required=True)
        if local_id and not ID_PATTERN.match(local_id):
            r.problem(
                path + ("id",),
                _(
                    "question id '{id}' must be lower-case letters, "
                    "digits and underscores, starting with a letter"
                ).format(id=local_id),
            )
        qid = f"{group}.{local_id}" if group else local_id
        type_name = r.text(data, "type", path, required=True)
        try:
            qtype = QuestionType(type_name)
        except ValueError:
            if type_name:
                known = ", ".join(t.value for t in QuestionType)
                r.problem(
                    path + ("type",),
                    _("unknown question type '{type}' (known: {known})").format(
                        type=type_name, known=known
                    ),
                )
            return None
        self._check_keys_fit_type(data, qtype, path, group)
        choices = self._question_choices(data, qtype, path)
        fields: tuple[Question, ...] = ()
        if qtype in GROUP_TYPES:
            fields = tuple(
                f
                for m, f_item in enumerate(r.sequence(data, "fields", path, required=True))
                if (f := self._question(f_item, path + ("fields", m), qid)) is not None
            )
        max_length = r.integer(data, "max_length", path, required=False, minimum=1)
        if max_length is not None and max_length > TEXT_LIMIT:
            r.problem(
                path + ("max_length",),
                _("'max_length' cannot exceed Excel's cell limit of {limit}").format(
                    limit=format_number(TEXT_LIMIT)
                ),
            )
        replaces = data.get("replaces", [])
        if not isinstance(replaces, list) or not all(isinstance(x, str) for x in replaces):
            r.problem(path + ("replaces",), _("'replaces' must be a list of old question ids"))
            replaces = []
        return Question(
            id=qid,
            type=qtype,
            label=r.text(data, "label", path, required=True),
            help=r.text(data, "help", path, required=False),
            short_label=r.text(data, "short_label", path, required=False),
            required=r.flag(data, "required", path),
            relevant=ConditionReader(r, path + ("relevant",)).read(data.get("relevant"))
            if "relevant" in data
            else None,
            choices=choices,
            max_selections=r.integer(data, "max_selections", path, required=False, minimum=1),
            minimum=r.number(data, "minimum", path),
            maximum=r.number(data, "maximum", path),
            integer=r.flag(data, "integer", path),
            max_length=min(max_length or TEXT_LIMIT, TEXT_LIMIT),
            personal_data=r.flag(data, "personal_data", path),
            replaces=tuple(replaces),
            fields=fields,
            group=group,
            required_rows_from=r.text(data, "required_rows_from", path, required=False) or None,
            min_items=r.integer(data, "min_items", path, required=False) or 0,
            max_items=r.integer(data, "max_items", path, required=False, minimum=1),
        )

    def _check_keys_fit_type(
        self, data: dict[str, Any], qtype: QuestionType, path: Path_, group: str | None
    ) -> None:
        only_for: dict[str, frozenset[QuestionType]] = {
            "choices": CHOICE_TYPES,
            "max_selections": frozenset({QuestionType.MULTIPLE_CHOICE}),
            "minimum": frozenset({QuestionType.NUMBER}),
            "maximum": frozenset({QuestionType.NUMBER}),
            "integer": frozenset({QuestionType.NUMBER}),
            "max_length": TEXT_TYPES,
            "fields": GROUP_TYPES,
            "required_rows_from": frozenset({QuestionType.STANDARDS_MATRIX}),
            "min_items": frozenset({QuestionType.REPEAT_GROUP}),
            "max_items": frozenset({QuestionType.REPEAT_GROUP}),
        }
        for key, types in only_for.items():
            if key in data and qtype not in types:
                self.reader.problem(
                    path + (key,),
                    _("'{key}' does not apply to a {type} question").format(key=key, type=qtype),
                )
        if group is not None and qtype in GROUP_TYPES:
            self.reader.problem(
                path + ("type",),
                _("a {type} cannot sit inside another group").format(type=qtype),
            )

    def _question_choices(
        self, data: dict[str, Any], qtype: QuestionType, path: Path_
    ) -> tuple[Choice, ...]:
        if qtype not in CHOICE_TYPES:
            return ()
        value = data.get("choices")
        if value is None:
            self.reader.problem(
                path, _("'choices' is missing: name a choice list or list the choices")
            )
            return ()
        if isinstance(value, str):
            if value not in self.choice_lists:
                known = ", ".join(sorted(self.choice_lists))
                self.reader.problem(
                    path + ("choices",),
                    _("no choice list named '{name}' (defined: {known})").format(
                        name=value, known=known
                    ),
                )
                return ()
            return self.choice_lists[value]
        return self._choices(value, path + ("choices",))


class _CrossChecks:
    """Checks that need the whole questionnaire: unique ids, conditions, limits, renames."""

    def __init__(self, questionnaire: Questionnaire, reader: Reader, top: dict[str, Any]) -> None:
        self.q = questionnaire
        self.r = reader
        self.paths = _question_paths(top)

    def run(self) -> None:
        seen_sections: set[str] = set()
        for n, section in enumerate(self.q.sections):
            if section.id in seen_sections:
                self.r.problem(
                    ("sections", n, "id"),
                    _("section id '{id}' is used twice").format(id=section.id),
                )
            seen_sections.add(section.id)
        seen: dict[str, int] = {}
        for _section, question in self.q.iter_questions():
            # The n-th question with an id is at the n-th place that id appears in the file.
            places = self.paths.get(question.id) or [()]
            path = places[min(seen.get(question.id, 0), len(places) - 1)]
            if question.id in seen:
                self.r.problem(
                    path + ("id",),
                    _("question id '{id}' is used twice").format(id=question.local_id),
                )
            seen[question.id] = seen.get(question.id, 0) + 1
            self._check_question(question, path)
        # Field ids are qualified by their group here, as answers store them.
        for old, new in self.q.renamed.items():
            if old in seen:
                self.r.problem(
                    self.paths.get(new, [()])[0] + ("replaces",),
                    _("'{id}' is still a question here, so it cannot be replaced").format(id=old),
                )

    def _check_question(self, question: Question, path: Path_) -> None:
        r = self.r
        if question.max_selections is not None and question.max_selections > len(question.choices):
            r.problem(
                path + ("max_selections",),
                ngettext(
                    "'max_selections' is {count} but there is only {choices} choice",
                    "'max_selections' is {count} but there are only {choices} choices",
                    len(question.choices),
                ).format(count=question.max_selections, choices=len(question.choices)),
            )
        if (
            question.minimum is not None
            and question.maximum is not None
            and question.minimum > question.maximum
        ):
            r.problem(path + ("minimum",), _("'minimum' is greater than 'maximum'"))
        if question.max_items is not None and question.min_items > question.max_items:
            r.problem(path + ("min_items",), _("'min_items' is greater than 'max_items'"))
        if question.required_rows_from is not None:
            source = question.required_rows_from
            if not self.q.has_question(source):
                r.problem(
                    path + ("required_rows_from",),
                    _("'{id}' is not a question of this questionnaire").format(id=source),
                )
            elif not _is_theme_choice(self.q.question(source), self.q):
                r.problem(
                    path + ("required_rows_from",),
                    _("'{id}' must be a multiple-choice question over the '{list}' list").format(
                        id=source, list=THEMES_LIST
                    ),
                )
        if question.relevant is not None:
            ConditionReader(r, path + ("relevant",)).check_references(
                question.relevant, question, self.q
            )


def _is_theme_choice(question: Question, questionnaire: Questionnaire) -> bool:
    theme_ids = [t.id for t in questionnaire.themes]
    return (
        question.type is QuestionType.MULTIPLE_CHOICE
        and [c.id for c in question.choices] == theme_ids
    )


def _with_qualified_conditions(questionnaire: Questionnaire) -> Questionnaire:
    """The same questionnaire with every field condition naming qualified ids."""

    def fix(question: Question) -> Question:
        relevant = question.relevant
        if relevant is not None:
            relevant = qualify(relevant, question, questionnaire)
        return replace(question, relevant=relevant, fields=tuple(fix(f) for f in question.fields))

    sections = tuple(
        replace(s, questions=tuple(fix(q) for q in s.questions)) for s in questionnaire.sections
    )
    return replace(questionnaire, sections=sections)


def _question_paths(top: dict[str, Any]) -> dict[str, list[Path_]]:
    """Qualified question id → its paths in the file (in order), for locating problems."""
    paths: dict[str, list[Path_]] = {}
    for n, section in enumerate(top.get("sections") or []):
        for m, question in enumerate((section or {}).get("questions") or []):
            qpath: Path_ = ("sections", n, "questions", m)
            qid = str((question or {}).get("id", ""))
            paths.setdefault(qid, []).append(qpath)
            for k, field in enumerate((question or {}).get("fields") or []):
                fid = f"{qid}.{(field or {}).get('id', '')}"
                paths.setdefault(fid, []).append(qpath + ("fields", k))
    return paths
