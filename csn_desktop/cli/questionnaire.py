"""``csn-desktop questionnaire check|publish``: validate definitions, record a published version."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from csn_desktop.definition.library import check_files, definition_files
from csn_desktop.definition.loader import load_definition
from csn_desktop.definition.versions import LOCK_NAME, publish
from csn_desktop.i18n import _, format_number, ngettext
from csn_desktop.paths import assessments_dir


def run(arguments: argparse.Namespace) -> int:
    if arguments.questionnaire_command == "publish":
        return _publish(Path(arguments.file))
    return _check([Path(f) for f in arguments.files])


def _check(files: list[Path]) -> int:
    expanded: list[Path] = []
    for file in files or [assessments_dir()]:
        expanded.extend(definition_files(file) if file.is_dir() else [file])
    if not expanded:
        print(_("csn-desktop: no definition files to check"), file=sys.stderr)
        return 1
    loaded, problems = check_files(expanded)
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
