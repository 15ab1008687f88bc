"""``csn-desktop questionnaire check|publish|translations``: the definitions' own commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from csn_desktop.definition.library import check_files, definition_files
from csn_desktop.definition.loader import load_definition
from csn_desktop.definition.translation_check import check_translations
from csn_desktop.definition.translations import available_languages
from csn_desktop.definition.versions import LOCK_NAME, publish
from csn_desktop.i18n import _, format_number, ngettext
from csn_desktop.paths import assessments_dir


def run(arguments: argparse.Namespace) -> int:
    if arguments.questionnaire_command == "publish":
        return _publish(Path(arguments.file))
    if arguments.questionnaire_command == "translations":
        return _translations([Path(f) for f in arguments.files], arguments.language or [])
    return _check([Path(f) for f in arguments.files])


def _expanded(files: list[Path]) -> list[Path]:
    expanded: list[Path] = []
    for file in files or [assessments_dir()]:
        expanded.extend(definition_files(file) if file.is_dir() else [file])
    return expanded


def _check(files: list[Path]) -> int:
    expanded = _expanded(files)
    if not expanded:
        print(_("csn-desktop: no definition files to check"), file=sys.stderr)
        return 1
    loaded, problems = check_files(expanded)
    for questionnaire in loaded:
        problems.extend(check_translations(questionnaire))
    for problem in problems:
        print(problem, file=sys.stderr)
    for questionnaire in loaded:
        sections = len(questionnaire.sections)
        questions = sum(1 for _ in questionnaire.iter_questions())
        print(
            _(
                "ok: {questionnaire} version {version} — {sections} sections, "
                "{questions} questions and fields, {standards} standards"
            ).format(
                questionnaire=questionnaire.id,
                version=questionnaire.version,
                sections=format_number(sections),
                questions=format_number(questions),
                standards=format_number(len(questionnaire.standards)),
            )
        )
    if problems:
        count = len(problems)
        found = ngettext("{count} problem found", "{count} problems found", count)
        print(found.format(count=format_number(count)), file=sys.stderr)
        return 1
    return 0


def _publish(file: Path) -> int:
    questionnaire = load_definition(file)
    publish(questionnaire, file.parent / LOCK_NAME)
    print(
        _("published: {questionnaire} version {version} in {lock}").format(
            questionnaire=questionnaire.id,
            version=questionnaire.version,
            lock=file.parent / LOCK_NAME,
        )
    )
    return 0


def _translations(files: list[Path], languages: list[str]) -> int:
    """Write each definition's template; create or refresh each catalogue beside it."""
    from csn_desktop.definition.translation_files import refresh_catalogue, write_template

    expanded = _expanded(files)
    if not expanded:
        print(_("csn-desktop: no definition files to check"), file=sys.stderr)
        return 1
    for file in expanded:
        questionnaire = load_definition(file)
        print(_("written: {file}").format(file=write_template(questionnaire)))
        for language in sorted({*available_languages(questionnaire), *languages}):
            print(_("written: {file}").format(file=refresh_catalogue(questionnaire, language)))
    return 0
