"""Writing the peer benchmark file: indented JSON (diffable) with its checksum inside."""

from __future__ import annotations

import json
from typing import BinaryIO

from csn_desktop.domain.peer_benchmark import Json, checksum

CHECKSUM_ALGORITHM = "sha256"  # not translated: a file-format value


def with_checksum(content: Json) -> Json:
    """The content and, last, the checksum of everything else (see ``peer_benchmark.checksum``)."""
    return {**content, "checksum": {"algorithm": CHECKSUM_ALGORITHM, "value": checksum(content)}}


def write_benchmark(stream: BinaryIO, content: Json) -> None:
    """Write the file: UTF-8 JSON, one key a line, so two periods' files compare line by line."""
    text = json.dumps(with_checksum(content), indent=1, ensure_ascii=False)
    stream.write(text.encode("utf-8") + b"\n")
