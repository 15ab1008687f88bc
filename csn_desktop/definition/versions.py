"""The published-versions lock: a published version never changes and new versions must increase."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from csn_desktop.definition.problems import Problem
from csn_desktop.definition.regular_files import NotRegularFile, read_regular
from csn_desktop.domain.questionnaire import Questionnaire
from csn_desktop.i18n import _, format_number

LOCK_NAME = "published.lock"
_LARGEST_LOCK = 1_000_000  # some 10,000 published versions
_LINE = re.compile(r"^(?P<id>[a-z][a-z0-9-]*)\s+(?P<version>[0-9]{1,9})\s+(?P<sha>[0-9a-f]{64})$")
# The lock file is read by people in a repository, in English like the rest of its source.
_HEADER = (
    "# Published questionnaire versions: "  # not translated: file format
    "id, version, SHA-256 of the definition file.\n"
    "# Written by `csn-desktop questionnaire publish`; a published version must never change.\n"
)


@dataclass(frozen=True, slots=True)
class Published:
    questionnaire_id: str
    version: int
    sha256: str


def read_lock(lock: Path) -> tuple[list[Published], list[Problem]]:
    """The published versions recorded in a lock file (none if it does not exist)."""
    if not lock.exists():
        return [], []
    entries: list[Published] = []
    problems: list[Problem] = []
    try:
        raw = read_regular(lock, _LARGEST_LOCK)
    except NotRegularFile as error:
        return [], [Problem(lock, "", _("cannot be read: {reason}").format(reason=error.strerror))]
    if raw is None:
        limit = format_number(_LARGEST_LOCK)
        return [], [Problem(lock, "", _("is larger than {limit} bytes").format(limit=limit))]
    for number, line in enumerate(raw.decode("utf-8").splitlines(), start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        match = _LINE.match(text)
        if match is None:
            place = _("line {line}").format(line=number)
            # TRANSLATORS: ID, VERSION and SHA256 are the fields of a line of the lock file.
            problems.append(Problem(lock, place, _("expected 'ID VERSION SHA256'"), number))
            continue
        entries.append(Published(match["id"], int(match["version"]), match["sha"]))
    return entries, problems


def check_version(file: Path, questionnaire: Questionnaire, lock: Path) -> list[Problem]:
    """Problems with this definition's version against the lock beside it."""
    entries, problems = read_lock(lock)
    same_id = [e for e in entries if e.questionnaire_id == questionnaire.id]
    recorded = next((e for e in same_id if e.version == questionnaire.version), None)
    if recorded is not None:
        if recorded.sha256 != questionnaire.source_sha256:
            message = _(
                "version {version} of '{id}' was published with different content; a published "
                "version must not change, so give this one a new, higher version"
            ).format(version=questionnaire.version, id=questionnaire.id)
            problems.append(Problem(file, "version", message))
        return problems
    highest = max((e.version for e in same_id), default=0)
    if questionnaire.version <= highest:
        message = _(
            "version {version} of '{id}' is not higher than the published version {highest}; "
            "versions must increase"
        ).format(version=questionnaire.version, id=questionnaire.id, highest=highest)
        problems.append(Problem(file, "version", message))
    return problems


def publish(questionnaire: Questionnaire, lock: Path) -> None:
    """Record a version as published (replacing nothing already published), atomically."""
    entries, _problems = read_lock(lock)
    key = (questionnaire.id, questionnaire.version)
    if any((e.questionnaire_id, e.version) == key for e in entries):
        return
    entries.append(Published(questionnaire.id, questionnaire.version, questionnaire.source_sha256))
    entries.sort(key=lambda e: (e.questionnaire_id, e.version))
    text = _HEADER + "".join(f"{e.questionnaire_id} {e.version} {e.sha256}\n" for e in entries)
    handle, temporary = tempfile.mkstemp(dir=lock.parent, prefix=".published-", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    Path(temporary).replace(lock)
