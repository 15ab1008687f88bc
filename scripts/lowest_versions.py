"""Prints pip constraints pinning every dependency to its lowest allowed version."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

# The extras the test suite imports; the linters and type checkers run once, on the newest versions.
TESTED_EXTRAS = ("dev",)
TOOLS = {"ruff", "mypy", "import-linter", "types-pyyaml"}


def lowest(requirement: str) -> str | None:
    """``name==floor`` for a requirement such as ``SQLAlchemy>=2.0.30,<2.2`` (None: no floor)."""
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*([^;#]*)", requirement)
    if match is None:
        return None
    name, specifiers = match[1], match[3]
    floor = re.search(r">=\s*([0-9][^,\s]*)", specifiers)
    if floor is None or name.lower() in TOOLS:
        return None
    return f"{name}=={floor[1]}"


def main(pyproject: Path) -> int:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in TESTED_EXTRAS:
        requirements += project["optional-dependencies"][extra]
    for requirement in requirements:
        pin = lowest(requirement)
        if pin:
            print(pin)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("pyproject.toml")))
