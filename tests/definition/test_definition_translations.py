"""The bundled questionnaires in Welsh: every place translated, the identity unchanged."""

from __future__ import annotations

import pytest

from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.definition.translations import (
    available_languages,
    localised,
    text_places,
    untranslated,
)
from csn_desktop.domain.questionnaire import QuestionType


@pytest.mark.parametrize("version", [1, 2])
def test_every_place_of_a_bundled_version_has_welsh(
    library: QuestionnaireLibrary, version: int
) -> None:
    questionnaire = library.get("csn-smart-city-standards", version)
    assert questionnaire is not None
    assert available_languages(questionnaire) == ["cy"]
    assert untranslated(questionnaire, "cy") == []


def test_welsh_keeps_the_identity_and_changes_every_text(library: QuestionnaireLibrary) -> None:
    english = library.latest()
    welsh = localised(english, "cy_GB")
    assert (welsh.id, welsh.version, welsh.source_sha256) == (
        english.id,
        english.version,
        english.source_sha256,
    )
    assert welsh.language == "cy" and english.language == "en"
    changed = {
        context: (before, after)
        for (context, before), (_, after) in zip(
            text_places(english), text_places(welsh), strict=True
        )
    }
    same = [context for context, (before, after) in changed.items() if before == after]
    # Only texts that are the same words in both languages (names, codes) may stay.
    assert len(same) <= len(changed) // 20, same


def test_a_repeat_group_names_one_item_in_the_language(library: QuestionnaireLibrary) -> None:
    english = library.latest()
    group = next(q for _, q in english.iter_questions() if q.type is QuestionType.REPEAT_GROUP)
    assert group.item_name == "Gap"
    welsh = localised(english, "cy")
    assert welsh.question(group.id).item_name == "Bwlch"


def test_english_is_the_questionnaire_itself(library: QuestionnaireLibrary) -> None:
    english = library.latest()
    assert localised(english, "en_GB") is english
    assert localised(english, None) is english
