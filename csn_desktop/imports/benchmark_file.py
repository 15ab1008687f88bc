"""Reading a peer benchmark file: bounded, checked (format, version, checksum) and validated."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from csn_desktop.domain.benchmark_figures import (
    BarrierPeers,
    Benchmark,
    BenchmarkGroup,
    Coarse,
    Demand,
    Distribution,
    StandardPeers,
    ThemePeers,
)
from csn_desktop.domain.disclosure import WITHHELD, Count
from csn_desktop.domain.network_figures import Share
from csn_desktop.domain.peer_benchmark import (
    FORMAT_ID,
    FORMAT_VERSION,
    GROUP_KINDS,
    READABLE_VERSIONS,
    WITHHELD_MARK,
    checksum,
)
from csn_desktop.errors import UserError
from csn_desktop.i18n import _, format_number

# A benchmark of every UK council is well under 10 MB; anything larger is not one.
MAX_BYTES = 32 * 1024 * 1024
# Names, ids and periods are short; a longer string is not from the app.
MAX_TEXT = 300
MAX_ITEMS = 5000
MAX_DEPTH = 12

T = TypeVar("T")


class BenchmarkRefused(UserError):
    """A file that is not a sound peer benchmark; the message says what is wrong."""


def read_benchmark_file(path: Path) -> tuple[Benchmark, str]:
    """The benchmark in ``path`` and the text it was read from (what is stored), or
    BenchmarkRefused naming the file and what is wrong."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise BenchmarkRefused(
            _("“{name}” could not be read: {reason}.").format(
                name=path.name, reason=error.strerror or error
            )
        ) from error
    if len(data) > MAX_BYTES:
        raise _refused(
            path,
            _("it is larger than {size} MB, far more than any benchmark.").format(
                size=format_number(MAX_BYTES // (1024 * 1024))
            ),
        )
    try:
        return parse_benchmark(data), data.decode("utf-8")
    except _Invalid as problem:
        raise _refused(path, str(problem)) from problem


def parse_benchmark(data: bytes) -> Benchmark:
    """The benchmark in ``data``; raises _Invalid (a ValueError) with the problem in words."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _Invalid(_("it is not UTF-8 text: it is damaged or not a benchmark.")) from error
    if _depth(text) > MAX_DEPTH:
        raise _Invalid(_("it is nested far deeper than a benchmark is."))
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:
        raise _Invalid(
            _("it is not complete, valid JSON: it is damaged, cut short or not a benchmark.")
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_ID:
        raise _Invalid(_("it is not a csn-desktop peer benchmark (its format is not named)."))
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Invalid(_("its format version is missing or not a whole number."))
    if version not in READABLE_VERSIONS:
        raise _Invalid(
            _(
                "it was written in format version {version} by a newer csn-desktop; this one "
                "reads version {known}. Update csn-desktop to load it."
            ).format(version=version, known=FORMAT_VERSION)
        )
    stored = document.pop("checksum", None)
    value = stored.get("value") if isinstance(stored, dict) else None
    if not isinstance(value, str):
        raise _Invalid(_("it has no checksum: it is damaged or was not written by csn-desktop."))
    if checksum(document) != value:
        raise _Invalid(
            _(
                "its content does not match its checksum: it was changed or damaged after it "
                "was written. Ask the network for a fresh copy."
            )
        )
    return _benchmark(_Reader(document, ""), value)


class _Invalid(ValueError):
    """What is wrong with a file's content, in words."""


def _refused(path: Path, problem: str) -> BenchmarkRefused:
    return BenchmarkRefused(
        _("“{name}” was not loaded: {problem}").format(name=path.name, problem=problem)
    )


def _no_constant(name: str) -> object:
    raise ValueError(name)


def _depth(text: str) -> int:
    """The deepest nesting of brackets, strings skipped: checked before the parser recurses."""
    deepest = depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


class _Reader:
    """A JSON object being validated, with the path to it for messages."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            raise _Invalid(_wrong(where, _("an object")))
        if len(value) > MAX_ITEMS:
            raise _Invalid(_("“{field}” has too many entries.").format(field=where or "/"))
        self.value: dict[str, object] = value
        self.where = where

    def path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str) -> object:
        if key not in self.value:
            raise _Invalid(_("the field “{field}” is missing.").format(field=self.path(key)))
        return self.value[key]

    def text(self, key: str) -> str:
        value = self.get(key)
        if not isinstance(value, str) or not 0 < len(value) <= MAX_TEXT:
            raise _Invalid(_wrong(self.path(key), _("a short text")))
        return value

    def whole(self, key: str) -> int:
        return _whole(self.get(key), self.path(key))

    def boolean(self, key: str) -> bool:
        value = self.get(key)
        if not isinstance(value, bool):
            raise _Invalid(_wrong(self.path(key), _("true or false")))
        return value

    def count(self, key: str) -> Count:
        value = self.get(key)
        return WITHHELD if value == WITHHELD_MARK else _whole(value, self.path(key))

    def share(self, key: str) -> Share:
        return _share(self.get(key), self.path(key))

    def child(self, key: str) -> _Reader:
        return _Reader(self.get(key), self.path(key))

    def items(self, key: str) -> list[object]:
        value = self.get(key)
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            raise _Invalid(_wrong(self.path(key), _("a list")))
        return value

    def mapping(
        self, key: str, read: Callable[[object, str], T], keys: tuple[str, ...]
    ) -> dict[str, T]:
        """A child object with exactly ``keys``, each value read by ``read``."""
        child = self.child(key)
        if set(child.value) != set(keys):
            raise _Invalid(
                _("“{field}” does not list the expected entries.").format(field=child.where)
            )
        return {k: read(child.value[k], child.path(k)) for k in keys}


def _wrong(where: str, expected: str) -> str:
    return _("the field “{field}” should be {expected}.").format(field=where, expected=expected)


def _whole(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10**7:
        raise _Invalid(_wrong(where, _("a whole number")))
    return value


def _count(value: object, where: str) -> Count:
    return WITHHELD if value == WITHHELD_MARK else _whole(value, where)


def _share(value: object, where: str) -> Share:
    if value == WITHHELD_MARK:
        return WITHHELD
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Invalid(_wrong(where, _("a share between 0 and 1")))
    if not math.isfinite(value) or not 0 <= value <= 1:
        raise _Invalid(_wrong(where, _("a share between 0 and 1")))
    return float(value)


def _texts(reader: _Reader, key: str) -> tuple[str, ...]:
    values = reader.items(key)
    if not all(isinstance(v, str) and 0 < len(v) <= MAX_TEXT for v in values):
        raise _Invalid(_wrong(reader.path(key), _("a list of short texts")))
    return tuple(str(v) for v in values)


def _benchmark(top: _Reader, value: str) -> Benchmark:
    questionnaire = top.child("questionnaire")
    versions = questionnaire.items("answered_versions")
    answered = tuple(_whole(v, questionnaire.path("answered_versions")) for v in versions)
    try:
        produced_at = datetime.fromisoformat(top.text("produced_at"))
    except ValueError as error:
        raise _Invalid(_wrong("produced_at", _("a date and time"))) from error
    if produced_at.tzinfo is None:
        raise _Invalid(_wrong("produced_at", _("a date and time")))
    themes_reader = top.child("themes")
    themes = {name: _texts(themes_reader, name) for name in themes_reader.value}
    codes = tuple(code for standards in themes.values() for code in standards)
    use = _texts(top, "use_statuses")
    need = _texts(top, "need_levels")
    coarse = top.whole("format_version") >= 2  # version 1 had no "in_use" and "needed"
    groups = tuple(
        _group(_Reader(g, f"groups[{n}]"), codes, tuple(themes), use, need, coarse)
        for n, g in enumerate(top.items("groups"))
    )
    return Benchmark(
        format_version=top.whole("format_version"),
        app_version=top.text("app_version"),
        questionnaire_id=questionnaire.text("id"),
        questionnaire_version=questionnaire.whole("version"),
        answered_versions=answered,
        period=top.text("period"),
        produced_at=produced_at,
        minimum_group=top.whole("minimum_group"),
        include_drafts=top.boolean("include_drafts"),
        use_statuses=use,
        need_levels=need,
        themes=themes,
        groups=groups,
        checksum=value,
    )


def _group(
    reader: _Reader,
    codes: tuple[str, ...],
    themes: tuple[str, ...],
    use: tuple[str, ...],
    need: tuple[str, ...],
    coarse: bool,
) -> BenchmarkGroup:
    kind = reader.text("kind")
    if kind not in GROUP_KINDS:
        raise _Invalid(_wrong(reader.path("kind"), ", ".join(GROUP_KINDS)))

    def standard(value: object, where: str) -> StandardPeers:
        item = _Reader(value, where)
        demand = item.child("demand")
        peers = StandardPeers(
            answering=item.count("answering"),
            use=_distribution(item.child("use"), use),
            need=_distribution(item.child("need"), need),
            demand=Demand(demand.count("councils"), demand.share("share"), demand.count("rank")),
        )
        if not coarse:
            return peers
        in_use, needed = item.child("in_use"), item.child("needed")
        return replace(
            peers,
            in_use=Coarse(in_use.count("councils"), in_use.share("share")),
            needed=Coarse(needed.count("councils"), needed.share("share")),
        )

    def theme(value: object, where: str) -> ThemePeers:
        item = _Reader(value, where)
        peers = ThemePeers(item.mapping("use", _share, use), item.mapping("need", _share, need))
        if not coarse:
            return peers
        return replace(peers, in_use=item.share("in_use"), needed=item.share("needed"))

    barriers = []
    for n, value in enumerate(reader.items("barriers")):
        item = _Reader(value, f"{reader.path('barriers')}[{n}]")
        barriers.append(
            BarrierPeers(
                item.text("barrier"),
                item.count("councils"),
                item.share("share"),
                item.count("rank"),
            )
        )
    return BenchmarkGroup(
        kind=kind,
        name=reader.text("name"),
        councils=reader.count("councils"),
        existing=reader.whole("existing"),
        response_rate=reader.share("response_rate"),
        standards=reader.mapping("standards", standard, codes),
        themes=reader.mapping("themes", theme, themes),
        barriers=tuple(barriers),
    )


def _distribution(reader: _Reader, columns: tuple[str, ...]) -> Distribution:
    return Distribution(
        reader.mapping("counts", _count, columns), reader.mapping("shares", _share, columns)
    )
