"""scripts/translations.py: a message without Welsh is found, in either catalogue."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "translations.py"

POT = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Council"
msgstr ""

msgid "Standard"
msgstr ""

msgid "Gap"
msgstr ""

msgid "{count} council"
msgid_plural "{count} councils"
msgstr[0] ""
msgstr[1] ""

msgid "{count} barrier"
msgid_plural "{count} barriers"
msgstr[0] ""
msgstr[1] ""
"""

WELSH_PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Council"
msgstr "Cyngor"

#, fuzzy
msgid "Standard"
msgstr "Safon"

msgid "{count} council"
msgid_plural "{count} councils"
msgstr[0] "{count} cyngor"
msgstr[1] "{count} cyngor"

msgid "{count} barrier"
msgid_plural "{count} barriers"
msgstr[0] "{count} rhwystr"
msgstr[1] ""
"""

TEMPLATE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context><name>HomePage</name>
<message><source>&amp;Open</source><translation type="unfinished"></translation></message>
<message><source>&amp;Delete</source><translation type="unfinished"></translation></message>
<message><source>Theme</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n councils</source>
<translation type="unfinished"></translation></message>
</context>
<context><name>S:</name>
<message><source></source><translation type="unfinished"></translation></message>
</context>
</TS>
"""

WELSH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context><name>HomePage</name>
<message><source>&amp;Open</source><translation>&amp;Agor</translation></message>
<message><source>&amp;Delete</source>
<translation type="unfinished">&amp;Dileu</translation></message>
<message numerus="yes"><source>%n councils</source>
<translation><numerusform>%n cyngor</numerusform><numerusform></numerusform></translation>
</message>
</context>
</TS>
"""


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gettext_messages_without_welsh_are_listed(tmp_path: Path) -> None:
    script = _script()
    (tmp_path / "t.pot").write_text(POT, encoding="utf-8")
    (tmp_path / "cy.po").write_text(WELSH_PO, encoding="utf-8")
    missing = script.untranslated_gettext(tmp_path / "t.pot", tmp_path / "cy.po")
    # Fuzzy, absent, and a plural with one form empty; the translated ones are not listed.
    assert missing == ["Gap", "Standard", "{count} barrier"]
    everything = script.untranslated_gettext(tmp_path / "t.pot", tmp_path / "none.po")
    assert len(everything) == 5


def test_qt_messages_without_welsh_are_listed(tmp_path: Path) -> None:
    script = _script()
    (tmp_path / "t.ts").write_text(TEMPLATE_TS, encoding="utf-8")
    (tmp_path / "cy.ts").write_text(WELSH_TS, encoding="utf-8")
    missing = script.untranslated_qt(tmp_path / "t.ts", tmp_path / "cy.ts")
    assert missing == [
        ("HomePage", "%n councils"),
        ("HomePage", "&Delete"),
        ("HomePage", "Theme"),
    ]
