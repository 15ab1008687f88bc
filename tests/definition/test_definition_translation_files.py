"""The questionnaire's Welsh catalogues, and the tools that write and check them."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from csn_desktop.definition.loader import load_definition
from csn_desktop.definition.translation_check import check_translations
from csn_desktop.definition.translation_files import (
    read,
    refresh_catalogue,
    template_path,
    write_template,
)
from csn_desktop.definition.translations import (
    catalogue_path,
    localised,
    text_places,
    untranslated,
)
from csn_desktop.definition.versions import LOCK_NAME, check_version

from .conftest import ASSESSMENTS

DEFINITIONS = sorted(ASSESSMENTS.glob("*.yaml"))


@pytest.mark.parametrize("definition", DEFINITIONS, ids=lambda p: p.name)
def test_every_bundled_place_has_welsh(definition: Path) -> None:
    questionnaire = load_definition(definition)
    assert untranslated(questionnaire, "cy") == []
    assert check_translations(questionnaire) == []
    welsh = localised(questionnaire, "cy")
    assert welsh.language == "cy"
    assert welsh.source_sha256 == questionnaire.source_sha256
    assert welsh.title == "Hunanasesiad safonau dinasoedd clyfar"
    assert welsh.sections[0].title == "Ynglŷn â'ch cyngor"


@pytest.mark.parametrize("definition", DEFINITIONS, ids=lambda p: p.name)
def test_bundled_welsh_keeps_names_and_glossary_terms(definition: Path) -> None:
    with catalogue_path(definition, "cy").open("rb") as handle:
        catalog = read_po(handle)
    assert catalog.locale is not None and str(catalog.locale) == "cy"
    assert catalog.plural_forms.startswith("nplurals=6;")
    for message in catalog:
        if not message.id:
            continue
        english, welsh = str(message.id), str(message.string)
        assert welsh, message.context
        assert welsh != english, message.context
        # Standards bodies, codes and the network's name are the same in both languages.
        for name in re.findall(r"ISO/IEC 27001|BSI|ISO|ITU-T|ETSI|City Standards Network", english):
            assert name in welsh, (message.context, name)
        if "theme" in english.lower().split():
            assert "thema" in welsh.lower() or "themâu" in welsh, message.context


def _copy_definition(tmp_path: Path, version: int = 2) -> Path:
    name = f"csn-smart-city-standards.v{version}"
    for file in (f"{name}.yaml", f"{name}.cy.po", "standards.csv", LOCK_NAME):
        shutil.copy(ASSESSMENTS / file, tmp_path / file)
    return tmp_path / f"{name}.yaml"


def test_refreshing_keeps_translations_and_marks_changed_english_fuzzy(tmp_path: Path) -> None:
    definition = _copy_definition(tmp_path)
    before = definition.read_bytes()
    lock = (tmp_path / LOCK_NAME).read_bytes()
    po = catalogue_path(definition, "cy")
    # A translator's catalogue made for a slightly older English text of one place.
    text = po.read_text(encoding="utf-8")
    old = 'msgid "Your name"'
    assert old in text
    po.write_text(text.replace(old, 'msgid "Your full name"'), encoding="utf-8")

    questionnaire = load_definition(definition)
    refresh_catalogue(questionnaire, "cy")
    pot = write_template(questionnaire)

    catalog = read(po)
    place = catalog.get("Your name", context="question/respondent_name/label")
    assert place is not None
    assert place.fuzzy
    assert place.string == "Eich enw"
    # The old English stays beside it for the translator (Babel writes it, but does not read it).
    assert '#| msgid "Your full name"' in po.read_text(encoding="utf-8")
    unchanged = catalog.get("Date approved", context="question/approved_on/label")
    assert unchanged is not None and unchanged.string == "Dyddiad cymeradwyo"
    assert not unchanged.fuzzy
    assert untranslated(load_definition(definition), "cy") == ["question/respondent_name/label"]

    template = read(pot)
    assert pot == template_path(definition)
    assert [(m.context, m.id) for m in template if m.id] == list(text_places(questionnaire))
    assert all(not m.string for m in template if m.id)
    # A translation is not a new questionnaire: the definition, its checksum and the lock stay.
    assert definition.read_bytes() == before
    assert (tmp_path / LOCK_NAME).read_bytes() == lock
    again = load_definition(definition)
    assert again.source_sha256 == hashlib.sha256(before).hexdigest()
    assert again.version == questionnaire.version
    assert check_version(definition, again, tmp_path / LOCK_NAME) == []


def test_a_new_language_starts_empty_and_check_names_every_place(tmp_path: Path) -> None:
    definition = _copy_definition(tmp_path)
    questionnaire = load_definition(definition)
    path = refresh_catalogue(questionnaire, "ga")
    assert path.name == "csn-smart-city-standards.v2.ga.po"
    problems = check_translations(load_definition(definition))
    places = [p.location for p in problems if p.file == path]
    assert places == [context for context, _ in text_places(questionnaire)]
    assert all("no translation into 'ga'" in p.message and p.line for p in problems)


def test_check_reports_a_missing_translation_with_file_and_place(tmp_path: Path) -> None:
    definition = _copy_definition(tmp_path)
    po = catalogue_path(definition, "cy")
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Dyddiad cymeradwyo"', 'msgstr ""'), encoding="utf-8")
    problems = check_translations(load_definition(definition))
    assert len(problems) == 1
    problem = problems[0]
    assert problem.file == po
    assert problem.location == "question/approved_on/label"
    assert problem.line == _line_of(po, 'msgid "Date approved"')
    assert f"{po}:{problem.line}: at question/approved_on/label" in str(problem)


def test_check_reports_a_malformed_entry_with_its_line(tmp_path: Path) -> None:
    definition = _copy_definition(tmp_path)
    po = catalogue_path(definition, "cy")
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Eich enw"', 'msgstr "Eich enw'), encoding="utf-8")
    problems = check_translations(load_definition(definition))
    assert [(p.file, p.line) for p in problems] == [(po, _line_of(po, 'msgstr "Eich enw'))]
    assert "double quotes" in problems[0].message


def test_check_reports_fields_that_differ_from_the_english(tmp_path: Path) -> None:
    definition = _copy_definition(tmp_path)
    text = definition.read_text(encoding="utf-8")
    definition.write_text(
        text.replace("label: Date approved", "label: Date approved by {council}"),
        encoding="utf-8",
    )
    po = catalogue_path(definition, "cy")
    catalogue = po.read_text(encoding="utf-8")
    catalogue = catalogue.replace(
        'msgid "Date approved"\nmsgstr "Dyddiad cymeradwyo"',
        'msgid "Date approved by {council}"\nmsgstr "Dyddiad cymeradwyo gan {cyngor}"',
    )
    po.write_text(catalogue, encoding="utf-8")
    problems = check_translations(load_definition(definition))
    assert len(problems) == 1
    assert problems[0].location == "question/approved_on/label"
    assert problems[0].line == _line_of(po, 'msgid "Date approved by {council}"')
    assert "expected {council}, found {cyngor}" in problems[0].message


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if line.startswith(text))
