"""Every questionnaire version in a folder of definitions, checked together."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from csn_desktop.definition.problems import DefinitionError, Problem
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.domain.renames import Renames
from csn_desktop.i18n import _

DEFINITION_GLOB = "*.yaml"


def definition_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(DEFINITION_GLOB))


def check_files(files: Iterable[Path]) -> tuple[list[Questionnaire], list[Problem]]:
    """Load and check definition files together: each alone, its version, and no version twice."""
    # Imported here: modules that only name a library (its type) do not load the YAML parser.
    from csn_desktop.definition.loader import read_definition
    from csn_desktop.definition.versions import LOCK_NAME, check_version

    loaded: list[Questionnaire] = []
    problems: list[Problem] = []
    where: dict[tuple[str, int], Path] = {}
    for file in files:
        questionnaire, found = read_definition(file)
        problems.extend(found)
        if questionnaire is None:
            continue
        problems.extend(check_version(file, questionnaire, file.parent / LOCK_NAME))
        key = (questionnaire.id, questionnaire.version)
        if key in where:
            message = _("version {version} of '{id}' is also defined in {file}").format(
                version=questionnaire.version, id=questionnaire.id, file=where[key].name
            )
            problems.append(Problem(file, "version", message))
            continue
        where[key] = file
        loaded.append(questionnaire)
    return loaded, problems


@dataclass(frozen=True)
class QuestionnaireLibrary:
    """The questionnaires available to the app, by id and version."""

    questionnaires: tuple[Questionnaire, ...]

    @classmethod
    def load(cls, folder: Path) -> QuestionnaireLibrary:
        """Load every definition in a folder; DefinitionError lists all problems if any."""
        files = definition_files(folder)
        if not files:
            raise DefinitionError(
                [Problem(folder, "", _("no questionnaire definition found here"))]
            )
        loaded, problems = check_files(files)
        if problems:
            raise DefinitionError(problems)
        return cls(tuple(loaded))

    def get(self, questionnaire_id: str, version: int) -> Questionnaire | None:
        return next(
            (q for q in self.questionnaires if (q.id, q.version) == (questionnaire_id, version)),
            None,
        )

    def latest(self, questionnaire_id: str | None = None) -> Questionnaire:
        """The highest version of a questionnaire (of the first id defined, when none is named)."""
        wanted = questionnaire_id or self.questionnaires[0].id
        candidates = [q for q in self.questionnaires if q.id == wanted]
        if not candidates:
            raise KeyError(wanted)
        return max(candidates, key=lambda q: q.version)

    def previous(self, questionnaire: Questionnaire) -> Questionnaire | None:
        """The version just before this one (None for the first)."""
        older = [
            q
            for q in self.questionnaires
            if q.id == questionnaire.id and q.version < questionnaire.version
        ]
        return max(older, key=lambda q: q.version, default=None)

    def renames(self, questionnaire_id: str) -> Renames:
        """How the question ids of every version of a questionnaire map onto later versions."""
        return Renames.of(q for q in self.questionnaires if q.id == questionnaire_id)

    def to_version(self, source: Questionnaire, target: Questionnaire) -> Mapping[str, str]:
        """Question ids of ``source`` that ``target`` (a later version) knows by another id."""
        if source.id != target.id:
            return {}
        return self.renames(target.id).between(source.version, target.version)
