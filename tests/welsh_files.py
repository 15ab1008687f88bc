"""Welsh for tests of the files: a few app messages and a questionnaire catalogue, made here.

The real catalogues are written by translators; these tests need Welsh that is there whatever
state those are in, so they make their own: real Welsh for the words the tests type, and every
other text of the questionnaire marked as Welsh so that no English label can be mistaken for it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import write_po

from csn_desktop import i18n
from csn_desktop.definition.library import QuestionnaireLibrary
from csn_desktop.definition.translations import catalogue_path, text_places
from csn_desktop.paths import assessments_dir

# App messages the files use for their sheets and words (as the Welsh catalogue has them).
MESSAGES = {
    "About": "Ynghylch",
    "Yes": "Ie",
    "No": "Na",
    "Standards": "Safonau",
    "Gaps": "Bylchau",
    "Start here": "Dechrau yma",
    "Contents": "Cynnwys",
    "Every answer": "Pob ateb",
    "Page {number} of {total}": "Tudalen {number} o {total}",
    "Audience": "Cynulleidfa",
    "Imported.": "Wedi'i fewnforio.",
}
# The questionnaire's words the tests type into a workbook, in Welsh.
TEXTS = {
    "question/strategy_status/choice/adopted/label": "Wedi'i mabwysiadu",
    "question/departments/choice/digital_it/label": "Digidol a TG",
    "question/departments/choice/planning/label": "Cynllunio",
    "question/standards.use_status/choice/partly_used/label": "Yn ei defnyddio'n rhannol",
    "question/standards.need/choice/essential/label": "Hanfodol",
    "question/standards.barriers/choice/cost_of_access/label": "Cost cael gafael arni",
    "question/standards.barriers/choice/skills_capacity/label": "Sgiliau neu gapasiti",
    "question/gaps.impact/choice/major/label": "Mawr",
    "title": "Hunanasesiad safonau dinasoedd clyfar",
}


def welsh_text(context: str, english: str) -> str:
    """The made-up Welsh of one text: real Welsh where the tests type it, marked elsewhere."""
    return TEXTS.get(context) or f"[cy] {english}"


def install_welsh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QuestionnaireLibrary:
    """Welsh app messages where the app looks for them; the questionnaires with a cy catalogue."""
    messages = tmp_path / "translations" / "cy" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    catalog = Catalog(locale="cy", domain=i18n.DOMAIN)
    for english, welsh in MESSAGES.items():
        catalog.add(english, welsh)
    with (messages / f"{i18n.DOMAIN}.mo").open("wb") as stream:
        write_mo(stream, catalog)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "translations")
    folder = tmp_path / "assessments"
    shutil.copytree(assessments_dir(), folder)
    library = QuestionnaireLibrary.load(folder)
    for questionnaire in library.questionnaires:
        po = Catalog(locale="cy")
        for context, english in text_places(questionnaire):
            po.add(english, welsh_text(context, english), context=context)
        with catalogue_path(Path(questionnaire.source_file), "cy").open("wb") as stream:
            write_po(stream, po)
    return library
