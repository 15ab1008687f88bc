"""Shared paths and helpers for the definition tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from csn_desktop.definition.loader import read_definition
from csn_desktop.definition.problems import Problem

HERE = Path(__file__).resolve().parent
BROKEN = HERE / "broken"
GOOD = HERE / "good"
ASSESSMENTS = HERE.parents[1] / "assessments"


@pytest.fixture
def assessments_dir() -> Path:
    return ASSESSMENTS


@pytest.fixture
def broken_dir() -> Path:
    return BROKEN


@pytest.fixture
def good_dir() -> Path:
    return GOOD


@pytest.fixture
def problems_of() -> Callable[[str], list[Problem]]:
    """Every problem the loader finds in a fixture of ``broken/`` (and none may load)."""

    def read(name: str) -> list[Problem]:
        questionnaire, problems = read_definition(BROKEN / name)
        assert questionnaire is None
        return problems

    return read
