"""Questionnaires for the domain tests: a small hand-built one and the real first questionnaire."""

from __future__ import annotations

from pathlib import Path

import pytest

from csn_desktop.definition.loader import load_definition
from csn_desktop.domain.conditions import Answered, Equals, InChoices
from csn_desktop.domain.questionnaire import (
    Choice,
    Question,
    Questionnaire,
    QuestionType,
    Section,
    Standard,
    Theme,
)

REAL_DEFINITION = (
    Path(__file__).resolve().parents[2] / "assessments" / "csn-smart-city-standards.v1.yaml"
)
STATUS = (Choice("none", "None"), Choice("some", "Some"), Choice("all", "All"))
THEMES = (Theme("data", "Data"), Theme("transport", "Transport"))
STANDARDS = (
    Standard("D1", "Data one", "BSI", 2020, "data", ""),
    Standard("D2", "Data two", "ISO", None, "data", ""),
    Standard("T1", "Transport one", "ETSI", 2019, "transport", ""),
)
T = QuestionType


def build_mini() -> Questionnaire:
    """About (a choice and a dependent question), a matrix over the themes, a repeat group."""
    about = (
        Question("status", T.SINGLE_CHOICE, "Status", choices=STATUS, required=True),
        Question(
            "status_note",
            T.TEXT,
            "Why?",
            required=True,
            relevant=InChoices("status", ("some", "all")),
        ),
        Question(
            "themes",
            T.MULTIPLE_CHOICE,
            "Themes",
            choices=tuple(Choice(t.id, t.label) for t in THEMES),
            required=True,
        ),
    )
    matrix = Question(
        "m",
        T.STANDARDS_MATRIX,
        "Standards",
        required=True,
        required_rows_from="themes",
        fields=(
            Question("m.use", T.SINGLE_CHOICE, "Use", choices=STATUS, required=True, group="m"),
            Question(
                "m.why",
                T.TEXT,
                "Why not?",
                required=True,
                relevant=InChoices("m.use", ("none",)),
                group="m",
            ),
            Question("m.link", T.URL, "Evidence", group="m"),
        ),
    )
    gaps = (
        Question("has_gaps", T.YES_NO, "Any gaps?", required=True),
        Question(
            "g",
            T.REPEAT_GROUP,
            "Gaps",
            required=True,
            relevant=Equals("has_gaps", True),
            fields=(
                Question("g.text", T.LONG_TEXT, "Gap", required=True, group="g"),
                Question(
                    "g.more",
                    T.TEXT,
                    "More",
                    required=True,
                    relevant=Answered("g.text"),
                    group="g",
                ),
                Question(
                    "g.scope",
                    T.TEXT,
                    "Scope",
                    required=True,
                    relevant=InChoices("status", ("all",)),
                    group="g",
                ),
            ),
        ),
    )
    sections = (
        Section("about", "About", "", about),
        Section("matrix", "Standards", "", (matrix,)),
        Section("gaps", "Gaps", "", gaps),
    )
    return Questionnaire("mini", 1, "Mini", sections, THEMES, STANDARDS)


@pytest.fixture
def mini() -> Questionnaire:
    return build_mini()


@pytest.fixture(scope="session")
def real_questionnaire() -> Questionnaire:
    return load_definition(REAL_DEFINITION)
