"""Parses YAML safely into plain values, remembering the line of every place for error messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from csn_desktop.i18n import _

Path_ = tuple[str | int, ...]

try:  # libyaml is much faster when the wheel has it
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


@dataclass
class YamlDocument:
    """The parsed content, the line (1-based) of each path and duplicate keys found on the way."""

    content: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[Path_, int]] = field(default_factory=list)
    # Anchors and aliases are refused: a repeated alias can expand a small file enormously.
    aliases: list[tuple[Path_, int]] = field(default_factory=list)
    _seen: set[int] = field(default_factory=set, repr=False)

    def line(self, path: Path_) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())


def parse_yaml(text: str) -> YamlDocument:
    """Parse one YAML document with the safe loader; raises ``yaml.YAMLError`` on bad syntax."""
    node = yaml.compose(text, Loader=_Loader)
    document = YamlDocument(content=None)
    if node is not None:
        document.content = _convert(node, (), document)
    if document.aliases:
        # A composed alias is its anchor's node, so its marks are the anchor's: take each alias's
        # own line from the events, which come in the same document order.
        events = yaml.parse(text, Loader=_Loader)
        lines = [
            e.start_mark.line + 1
            for e in events
            if isinstance(e, yaml.AliasEvent) and e.start_mark is not None
        ]
        for n, ((path, _), line) in enumerate(zip(document.aliases, lines, strict=False)):
            document.aliases[n] = (path, line)
            document.lines[path] = line
    return document


def _convert(node: yaml.Node, path: Path_, document: YamlDocument) -> Any:
    document.lines[path] = node.start_mark.line + 1
    if id(node) in document._seen:
        document.aliases.append((path, node.start_mark.line + 1))
        return None
    document._seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else repr(key_node)
            key = str(key)
            if id(key_node) in document._seen:  # an alias used as a key
                document.aliases.append((path + (key,), key_node.start_mark.line + 1))
            document._seen.add(id(key_node))
            if key in result:
                document.duplicate_keys.append((path + (key,), key_node.start_mark.line + 1))
            result[key] = _convert(value_node, path + (key,), document)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (n,), document) for n, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.Node) -> Any:
    # A fresh safe constructor per scalar keeps tags such as !!python/object out: they raise.
    try:
        return yaml.SafeLoader("").construct_object(node, deep=True)
    except (ValueError, OverflowError):
        # int() refuses more than 4,300 digits; a date such as 2026-02-30 does not exist.
        raise yaml.constructor.ConstructorError(
            problem=_(
                "cannot read the value “{value}”: too many digits, or a date that does not exist"
            ).format(value=_shorten(str(node.value))),
            problem_mark=node.start_mark,
        ) from None


def _shorten(text: str) -> str:
    return text if len(text) <= 24 else text[:24] + "…"


def format_path(path: Path_) -> str:
    """``("sections", 2, "id")`` → ``sections[2].id``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text
