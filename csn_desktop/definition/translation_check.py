"""Checks a questionnaire's catalogues: well formed, the same {fields}, every place translated."""

from __future__ import annotations

import re
from pathlib import Path

from csn_desktop.definition.po_syntax import syntax_errors
from csn_desktop.definition.problems import Problem
from csn_desktop.definition.translations import available_languages, catalogue_path, text_places
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.i18n import _

# A ``{name}`` field that code fills in; ``{{`` and ``}}`` are literal braces.
_FIELD = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")


def check_translations(questionnaire: Questionnaire) -> list[Problem]:
    """Every problem in the catalogues beside a definition (a language is declared by its file)."""
    if not questionnaire.source_file:
        return []
    definition = Path(questionnaire.source_file)
    problems: list[Problem] = []
    for language in available_languages(questionnaire):
        path = catalogue_path(definition, language)
        problems.extend(_check_catalogue(questionnaire, path, language))
    return problems


def _check_catalogue(questionnaire: Questionnaire, path: Path, language: str) -> list[Problem]:
    # Babel is imported here: only the check and the translation tools read catalogues this way.
    from babel.messages.pofile import PoFileError

    from csn_desktop.definition.translation_files import read

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [Problem(path, "", _("the catalogue cannot be read: {reason}").format(reason=error))]
    problems = [Problem(path, "", message, line) for line, message in syntax_errors(text)]
    if problems:
        return problems
    try:
        catalog = read(path)
    except PoFileError as error:
        return [Problem(path, "", str(error), getattr(error, "lineno", None))]
    messages = {m.context or "": m for m in catalog if m.id and isinstance(m.id, str)}
    for context, english in text_places(questionnaire):
        message = messages.get(context)
        if message is None or not message.string:
            line = message.lineno if message is not None else None
            missing = _("no translation into '{language}'").format(language=language)
            problems.append(Problem(path, context, missing, line))
        elif message.id != english:
            problems.append(
                Problem(path, context, _("translates an older English text"), message.lineno)
            )
        elif message.fuzzy:
            problems.append(
                Problem(path, context, _("marked fuzzy: not yet checked"), message.lineno)
            )
        elif isinstance(message.string, str):
            problems.extend(_field_problems(path, context, english, message.string, message.lineno))
    return problems


def _field_problems(
    path: Path, context: str, english: str, translated: str, line: int | None
) -> list[Problem]:
    wanted, found = _fields(english), _fields(translated)
    if wanted == found:
        return []
    # TRANSLATORS: {expected} and {found} are lists of {name} fields, such as {council}.
    message = _("the fields differ from the English: expected {expected}, found {found}").format(
        expected=_listed(wanted), found=_listed(found)
    )
    return [Problem(path, context, message, line)]


def _fields(text: str) -> list[str]:
    return sorted(_FIELD.findall(text))


def _listed(fields: list[str]) -> str:
    return ", ".join("{" + name + "}" for name in fields) or _("none")
