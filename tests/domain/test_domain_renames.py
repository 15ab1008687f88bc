"""One mapping of renamed question ids across versions: chains, groups, unknown ids."""

from __future__ import annotations

import pytest

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.domain.questionnaire import Question, Questionnaire, QuestionType, Section
from csn_desktop.domain.renames import Renames

T = QuestionType


def _version(version: int, *questions: Question, qid: str = "q") -> Questionnaire:
    return Questionnaire(qid, version, "Q", (Section("s", "S", "", questions),), (), ())


def _text(question_id: str, *replaces: str, group: str | None = None) -> Question:
    full = f"{group}.{question_id}" if group else question_id
    return Question(full, T.TEXT, question_id, replaces=replaces, group=group)


def _group(question_id: str, fields: tuple[Question, ...], *replaces: str) -> Question:
    return Question(question_id, T.REPEAT_GROUP, question_id, fields=fields, replaces=replaces)


# a (v1) → b (v2) → c (v3); "kept" never changes; "dropped" goes in v2 and "fresh" arrives in v3.
V1 = _version(1, _text("a"), _text("kept"), _text("dropped"))
V2 = _version(2, _text("b", "a"), _text("kept"))
V3 = _version(3, _text("c", "b"), _text("kept"), _text("fresh"))


def test_a_chain_of_renames_is_followed_to_the_target_version() -> None:
    renames = Renames.of([V3, V1, V2])  # in any order
    assert renames.question_id("a", source=1, target=3) == "c"
    assert renames.question_id("b", source=2, target=3) == "c"
    assert renames.question_id("a", source=1, target=2) == "b"
    assert renames.between(1, 3) == {"a": "c", "b": "c"}
    assert renames.between(2, 3) == {"b": "c"}


def test_unknown_unchanged_and_dropped_ids_map_to_themselves() -> None:
    renames = Renames.of([V1, V2, V3])
    assert renames.question_id("kept", source=1, target=3) == "kept"
    assert renames.question_id("no_such_question", source=1, target=3) == "no_such_question"
    # Dropped: the id is returned as it is, and the target version does not have it.
    assert renames.question_id("dropped", source=1, target=3) == "dropped"
    assert not V3.has_question("dropped")


def test_nothing_is_renamed_within_a_version_or_backwards() -> None:
    renames = Renames.of([V1, V2, V3])
    assert renames.between(3, 3) == {}
    assert renames.between(3, 1) == {}
    assert renames.question_id("c", source=3, target=1) == "c"


def test_a_rename_can_skip_a_version_and_reuse_an_old_id() -> None:
    # v2 drops "x"; v3 brings its answers back as "y" and introduces a new, unrelated "a".
    v1 = _version(1, _text("a"), _text("x"))
    v2 = _version(2, _text("b", "a"))
    v3 = _version(3, _text("b"), _text("y", "x"), _text("a"))
    renames = Renames.of([v1, v2, v3])
    assert renames.between(1, 3) == {"a": "b", "x": "y"}
    assert renames.between(2, 3) == {"x": "y"}  # a version 2 answer "x" cannot exist, harmless
    assert renames.question_id("a", source=3, target=3) == "a"


def test_renamed_fields_and_groups_take_their_qualified_ids() -> None:
    v1 = _version(1, _group("needs", (_text("topic", group="needs"), _text("text", group="needs"))))
    v2 = _version(
        2,
        _group(
            "gaps", (_text("theme", "topic", group="gaps"), _text("text", group="gaps")), "needs"
        ),
    )
    assert Renames.of([v1, v2]).between(1, 2) == {
        "needs": "gaps",
        "needs.topic": "gaps.theme",
        "needs.text": "gaps.text",
        "needs.theme": "gaps.theme",
        "gaps.topic": "gaps.theme",
    }


def test_versions_of_different_questionnaires_are_refused() -> None:
    with pytest.raises(ValueError, match="one questionnaire"):
        Renames.of([V1, _version(2, _text("b", "a"), qid="other")])


def test_the_bundled_version_2_renames_the_grand_challenges(library: QuestionnaireLibrary) -> None:
    v1 = library.get("csn-smart-city-standards", 1)
    v2 = library.latest("csn-smart-city-standards")
    assert v1 is not None and library.previous(v2) is v1 and library.previous(v1) is None
    assert library.to_version(v1, v2) == {
        "grand_challenges": "national_priorities",
        "grand_challenges_how": "national_priorities_how",
    }
    assert library.to_version(v2, v2) == {}
    mapped = library.renames(v2.id).between(1, 2)
    unmapped = [q.id for _, q in v1.iter_questions() if not v2.has_question(mapped.get(q.id, q.id))]
    assert unmapped == []  # every version 1 question has a place in version 2
