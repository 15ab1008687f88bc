"""Every broken definition fixture in broken/ is refused with the exact problem located."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from csn_desktop.definition.library import QuestionnaireLibrary, check_files
from csn_desktop.definition.loader import load_definition
from csn_desktop.definition.problems import DefinitionError, Problem

ProblemsOf = Callable[[str], list[Problem]]


def _only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, "\n".join(str(p) for p in problems)
    return problems[0]


def _assert_problem(
    problem: Problem, file_name: str, line: int | None, location: str, message: str
) -> None:
    assert problem.file.name == file_name
    assert problem.line == line
    assert problem.location == location
    assert message in problem.message


def test_the_base_of_the_broken_fixtures_is_sound(good_dir: Path) -> None:
    questionnaire = load_definition(good_dir / "mini.v1.yaml")
    assert (questionnaire.id, questionnaire.version) == ("mini", 1)
    assert [s.code for s in questionnaire.standards] == ["STD 1:2020", "STD 2", "STD 3:2019"]


def test_unknown_question_type(problems_of: ProblemsOf) -> None:
    problem = _only(problems_of("unknown_type.yaml"))
    _assert_problem(
        problem,
        "unknown_type.yaml",
        23,
        "sections[0].questions[1].type",
        "unknown question type 'dropdown'",
    )
    assert "long_text" in problem.message  # the known types are listed


def test_duplicate_question_id_is_reported_at_the_second_one(problems_of: ProblemsOf) -> None:
    _assert_problem(
        _only(problems_of("duplicate_question_id.yaml")),
        "duplicate_question_id.yaml",
        30,
        "sections[0].questions[3].id",
        "question id 'status' is used twice",
    )


def test_duplicate_key_in_a_mapping(problems_of: ProblemsOf) -> None:
    _assert_problem(
        _only(problems_of("duplicate_key.yaml")),
        "duplicate_key.yaml",
        25,
        "sections[0].questions[1].label",
        "this key appears twice",
    )


def test_condition_naming_a_missing_question(problems_of: ProblemsOf) -> None:
    _assert_problem(
        _only(problems_of("condition_missing_question.yaml")),
        "condition_missing_question.yaml",
        25,
        "sections[0].questions[1].relevant.question",
        "names 'stauts', which is not a question",
    )


def test_condition_in_value_not_a_choice_of_the_target(problems_of: ProblemsOf) -> None:
    _assert_problem(
        _only(problems_of("condition_value_not_choice.yaml")),
        "condition_value_not_choice.yaml",
        25,
        "sections[0].questions[1].relevant.in[0]",
        "'sometimes' is not a choice of 'status' (choices: none, some)",
    )


def test_choices_naming_an_undefined_list(problems_of: ProblemsOf) -> None:
    _assert_problem(
        _only(problems_of("undefined_choice_list.yaml")),
        "undefined_choice_list.yaml",
        20,
        "sections[0].questions[0].choices",
        "no choice list named 'statuses' (defined: status, themes)",
    )


def test_max_selections_larger_than_the_choices(problems_of: ProblemsOf) -> None:
    _assert_problem(
        _only(problems_of("max_selections_too_large.yaml")),
        "max_selections_too_large.yaml",
        30,
        "sections[0].questions[2].max_selections",
        "'max_selections' is 3 but there are only 2 choices",
    )


def test_unknown_key_such_as_a_typo(problems_of: ProblemsOf) -> None:
    _assert_problem(
        _only(problems_of("unknown_key.yaml")),
        "unknown_key.yaml",
        21,
        "sections[0].questions[0].requried",
        "unknown key 'requried' (allowed: id, type, label",
    )


def test_yaml_alias_is_refused_at_the_alias(problems_of: ProblemsOf) -> None:
    problems = problems_of("alias.yaml")
    _assert_problem(
        problems[0],
        "alias.yaml",
        24,
        "sections[0].questions[1].label",
        "YAML anchors and aliases are not allowed",
    )
    # The alias is not expanded, so the label it stood for is missing too.
    assert [p.message for p in problems[1:]] == ["'label' is missing"]


def test_invalid_yaml_syntax_names_the_line(problems_of: ProblemsOf) -> None:
    problem = _only(problems_of("invalid_syntax.yaml"))
    # The flow mapping opened on line 25 is found unclosed where the next line starts.
    _assert_problem(problem, "invalid_syntax.yaml", 26, "", "is not valid YAML")


def test_field_condition_naming_a_field_of_another_group(problems_of: ProblemsOf) -> None:
    _assert_problem(
        _only(problems_of("field_condition_other_group.yaml")),
        "field_condition_other_group.yaml",
        58,
        "sections[2].questions[0].fields[0].relevant.question",
        "'standards.use_status' is a field of 'standards'; only fields of the same group",
    )


def test_yes_no_compared_with_text(problems_of: ProblemsOf) -> None:
    _assert_problem(
        _only(problems_of("yes_no_equals_text.yaml")),
        "yes_no_equals_text.yaml",
        28,
        "sections[0].questions[2].relevant.equals",
        "'has_lead' is a yes/no question: compare with true or false",
    )


def test_group_inside_a_group(problems_of: ProblemsOf) -> None:
    _assert_problem(
        _only(problems_of("group_in_group.yaml")),
        "group_in_group.yaml",
        59,
        "sections[2].questions[0].fields[1].type",
        "a repeat_group cannot sit inside another group",
    )


def test_required_rows_from_naming_a_question_that_is_not_themes(
    problems_of: ProblemsOf,
) -> None:
    _assert_problem(
        _only(problems_of("required_rows_from_not_theme.yaml")),
        "required_rows_from_not_theme.yaml",
        37,
        "sections[1].questions[0].required_rows_from",
        "'status' must be a multiple-choice question over the 'themes' list",
    )


@pytest.mark.parametrize(
    ("fixture", "column", "message"),
    [
        ("catalogue_unknown_theme", "theme", "unknown theme 'traffic' (themes: data, transport)"),
        ("catalogue_unverified", "title", "unverified rows do not belong in the catalogue"),
        ("catalogue_duplicate_code", "code", "'STD 1:2020' appears twice"),
    ],
)
def test_catalogue_problem_names_the_csv_line_and_column(
    problems_of: ProblemsOf, fixture: str, column: str, message: str
) -> None:
    _assert_problem(
        _only(problems_of(f"{fixture}.yaml")),
        f"{fixture}.csv",
        3,
        f"line 3, column {column}",
        message,
    )


def test_version_not_higher_than_a_published_one(broken_dir: Path) -> None:
    folder = broken_dir / "version_not_increasing"
    with pytest.raises(DefinitionError) as caught:
        QuestionnaireLibrary.load(folder)
    _assert_problem(
        _only(caught.value.problems),
        "mini.v1.yaml",
        None,
        "version",
        "version 1 of 'mini' is not higher than the published version 2; versions must increase",
    )


def test_published_version_whose_content_changed(broken_dir: Path) -> None:
    _, problems = check_files([broken_dir / "version_changed" / "mini.v1.yaml"])
    _assert_problem(
        _only(problems),
        "mini.v1.yaml",
        None,
        "version",
        "version 1 of 'mini' was published with different content",
    )


def test_many_problems_in_one_file_are_all_reported(problems_of: ProblemsOf) -> None:
    found = {(p.line, p.location) for p in problems_of("many_problems.yaml")}
    assert found == {
        (6, "colour"),
        (13, "choice_lists.status[1].id"),
        (21, "sections[0].questions[0].choices"),
        (22, "sections[0].questions[0].requried"),
        (24, "sections[0].questions[1].type"),
        (29, "sections[0].questions[2].minimum"),
        (33, "sections[0].questions[3].label"),
        (34, "sections[0].questions[4]"),
    }


def test_many_whole_questionnaire_problems_are_all_reported(problems_of: ProblemsOf) -> None:
    problems = problems_of("many_cross_problems.yaml")
    assert [(p.line, p.location) for p in problems] == [
        (29, "sections[0].questions[2].relevant.all[0].in[0]"),
        (30, "sections[0].questions[2].relevant.all[1].equals"),
        (31, "sections[0].questions[2].relevant.all[2].not.question"),
        (36, "sections[0].questions[3].max_selections"),
        (37, "sections[0].questions[4].id"),
    ]


def test_definition_error_lists_every_problem_with_file_and_line(broken_dir: Path) -> None:
    with pytest.raises(DefinitionError) as caught:
        load_definition(broken_dir / "many_cross_problems.yaml")
    text = str(caught.value)
    assert text.startswith("5 problems found:\n")
    assert "many_cross_problems.yaml:37: at sections[0].questions[4].id: question id" in text


def test_every_broken_fixture_has_a_test() -> None:
    """A fixture added to broken/ without a test here would prove nothing."""
    source = Path(__file__).read_text(encoding="utf-8")
    for fixture in sorted((Path(__file__).parent / "broken").glob("*.yaml")):
        assert f'"{fixture.name}"' in source or f'"{fixture.stem}"' in source, fixture.name
