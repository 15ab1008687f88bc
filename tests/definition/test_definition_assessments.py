"""The real assessments/ folder: the questionnaire's versions, catalogue and published lock."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from csn_desktop.definition.catalogue import COLUMNS
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.definition.versions import LOCK_NAME, Published, read_lock
from csn_desktop.domain.conditions import InChoices
from csn_desktop.domain.questionnaire import Questionnaire, QuestionType

DEFINITION = "csn-smart-city-standards.v{version}.yaml"
THEME_IDS = [
    "data-interoperability",
    "indicators-measurement",
    "strategy-governance",
    "digital-infrastructure-iot",
    "security-resilience",
    "environment-sustainability",
    "procurement-management",
    "mobility-transport",
    "health-wellbeing-social",
    "buildings-built-environment",
    "energy-utilities",
    "citizen-services-engagement",
]


@pytest.fixture(scope="module")
def assessments_library() -> QuestionnaireLibrary:
    return QuestionnaireLibrary.load(Path(__file__).resolve().parents[2] / "assessments")


@pytest.fixture(scope="module")
def real_questionnaire(assessments_library: QuestionnaireLibrary) -> Questionnaire:
    return assessments_library.latest("csn-smart-city-standards")


def test_the_assessments_folder_loads_without_problems(
    assessments_library: QuestionnaireLibrary,
) -> None:
    assert [(q.id, q.version) for q in assessments_library.questionnaires] == [
        ("csn-smart-city-standards", 1),
        ("csn-smart-city-standards", 2),
    ]
    assert assessments_library.get("csn-smart-city-standards", 2) is assessments_library.latest()


@pytest.mark.parametrize("version", [1, 2])
def test_every_version_is_recorded_as_published(assessments_dir: Path, version: int) -> None:
    entries, problems = read_lock(assessments_dir / LOCK_NAME)
    assert problems == []
    definition = assessments_dir / DEFINITION.format(version=version)
    digest = hashlib.sha256(definition.read_bytes()).hexdigest()
    assert Published("csn-smart-city-standards", version, digest) in entries


def test_catalogue_has_exactly_the_documented_columns(assessments_dir: Path) -> None:
    with (assessments_dir / "standards.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert tuple(rows[0]) == COLUMNS
    assert all(len(row) == len(COLUMNS) for row in rows)
    assert len(rows) == 1 + 94


def test_catalogue_holds_only_verified_rows_with_sources(real_questionnaire: Questionnaire) -> None:
    codes = [s.code for s in real_questionnaire.standards]
    assert len(codes) == len(set(codes)) == 94
    assert not any("UNVERIFIED" in s.title for s in real_questionnaire.standards)
    assert all(s.source.startswith("http") for s in real_questionnaire.standards)
    for left_out in ("PD 8100", "ISO 37155-1", "ISO/IEC 30145-2", "ISO 14064-1:2018"):
        assert real_questionnaire.standard(left_out) is None
    assert real_questionnaire.standard("PAS 181:2014") is not None


def test_themes_match_the_catalogue_and_all_have_standards(
    real_questionnaire: Questionnaire,
) -> None:
    assert [t.id for t in real_questionnaire.themes] == THEME_IDS
    assert all(standards for _, standards in real_questionnaire.standards_by_theme())


def test_the_seven_sections_of_the_design(real_questionnaire: Questionnaire) -> None:
    assert [s.id for s in real_questionnaire.sections] == [
        "about_council",
        "strategy_governance",
        "standards",
        "gaps",
        "national_priorities",
        "network",
        "sign_off",
    ]
    assert all(s.intro for s in real_questionnaire.sections)


def test_every_question_type_is_used(real_questionnaire: Questionnaire) -> None:
    used = {q.type for _, q in real_questionnaire.iter_questions()}
    assert used == set(QuestionType)


def test_respondent_details_are_optional_personal_data(real_questionnaire: Questionnaire) -> None:
    for qid in ("respondent_name", "respondent_role", "respondent_email"):
        question = real_questionnaire.question(qid)
        assert question.personal_data
        assert not question.required
        assert "Optional" in question.help
        assert "Personal data" in question.help
    assert real_questionnaire.question("respondent_email").type is QuestionType.EMAIL


def test_the_standards_matrix(real_questionnaire: Questionnaire) -> None:
    matrix = real_questionnaire.question("standards")
    assert matrix.type is QuestionType.STANDARDS_MATRIX
    assert matrix.required
    assert matrix.required_rows_from == "priority_themes"
    assert [f.local_id for f in matrix.fields] == [
        "use_status",
        "need",
        "barriers",
        "note",
        "evidence_url",
    ]
    use_status = real_questionnaire.question("standards.use_status")
    assert [c.id for c in use_status.choices] == [
        "not_aware",
        "aware_not_used",
        "planning",
        "partly_used",
        "fully_used",
        "certified",
    ]
    assert use_status.required and real_questionnaire.question("standards.need").required
    assert [c.id for c in real_questionnaire.question("standards.need").choices] == [
        "not_relevant",
        "nice_to_have",
        "needed",
        "essential",
    ]
    barriers = real_questionnaire.question("standards.barriers")
    assert len(barriers.choices) == 9
    assert barriers.relevant == InChoices(
        "standards.use_status", ("not_aware", "aware_not_used", "planning", "partly_used")
    )
    assert real_questionnaire.question("standards.evidence_url").type is QuestionType.URL


def test_gaps_top_themes_and_sign_off(real_questionnaire: Questionnaire) -> None:
    gaps = real_questionnaire.question("gaps")
    assert gaps.type is QuestionType.REPEAT_GROUP
    assert [f.local_id for f in gaps.fields] == ["theme", "description", "impact", "should_cover"]
    assert [c.id for c in real_questionnaire.question("gaps.theme").choices] == THEME_IDS
    assert real_questionnaire.question("gaps.description").required
    top = real_questionnaire.question("top_themes")
    assert top.max_selections == 3
    assert [c.id for c in top.choices] == THEME_IDS
    staff = real_questionnaire.question("standards_staff")
    assert (staff.integer, staff.minimum) == (True, 0)
    sign_off = real_questionnaire.sections[-1]
    assert [(q.id, q.type, q.required) for q in sign_off.questions] == [
        ("quote_consent", QuestionType.YES_NO, False),
        ("approved_by_name", QuestionType.TEXT, True),
        ("approved_by_role", QuestionType.TEXT, True),
        ("approved_on", QuestionType.DATE, True),
    ]


def test_required_questions_are_the_ones_an_assessment_cannot_do_without(
    real_questionnaire: Questionnaire,
) -> None:
    required = [q.id for _, q in real_questionnaire.iter_questions() if q.required]
    assert required == [
        "departments",
        "strategy_status",
        "procurement_practice",
        "has_standards_lead",
        "priority_themes",
        "standards",
        "standards.use_status",
        "standards.need",
        "has_gaps",
        "gaps",
        "gaps.theme",
        "gaps.description",
        "gaps.impact",
        "top_themes",
        "join_network",
        "approved_by_name",
        "approved_by_role",
        "approved_on",
    ]
