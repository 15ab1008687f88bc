"""Writing the peer benchmark file: JSON with one standard a line (diffable), checksum inside."""

from __future__ import annotations

import json
from typing import BinaryIO

from csn_desktop.domain.peer_benchmark import Json, checksum

CHECKSUM_ALGORITHM = "sha256"  # not translated: a file-format value
# Objects and lists nested deeper than this are written on one line: a standard's figures in a
# group, a theme's shares, a barrier. Two periods' files then differ line by line per standard.
EXPANDED_DEPTH = 3


def with_checksum(content: Json) -> Json:
    """The content and, last, the checksum of everything else (see ``peer_benchmark.checksum``)."""
    return {**content, "checksum": {"algorithm": CHECKSUM_ALGORITHM, "value": checksum(content)}}


def write_benchmark(stream: BinaryIO, content: Json) -> None:
    """Write the file: UTF-8 JSON, the outer structure indented, the figures one item a line."""
    stream.write(benchmark_text(with_checksum(content)).encode("utf-8") + b"\n")


def benchmark_text(value: object, depth: int = 0) -> str:
    """``value`` as JSON, indented down to ``EXPANDED_DEPTH``, compact below it."""
    if depth > EXPANDED_DEPTH or not isinstance(value, dict | list) or not value:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    inner = " " * (depth + 1)
    if isinstance(value, dict):
        lines = [
            f"{inner}{json.dumps(key, ensure_ascii=False)}: {benchmark_text(item, depth + 1)}"
            for key, item in value.items()
        ]
        opening, closing = "{", "}"
    else:
        lines = [f"{inner}{benchmark_text(item, depth + 1)}" for item in value]
        opening, closing = "[", "]"
    return opening + "\n" + ",\n".join(lines) + "\n" + " " * depth + closing
