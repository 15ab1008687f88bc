"""Extracts, checks and compiles the message catalogues in resources/translations.

    python scripts/translations.py extract   # rewrites the templates, updates every language
    python scripts/translations.py check     # fails when a template misses a message or keeps one,
                                             # or a required language (Welsh) misses a translation
    python scripts/translations.py compile   # .po -> .mo (gettext), .ts -> .qm (Qt), every language

Two catalogues, because the window and the layers below it translate differently (see
resources/translations/README.md): gettext's ``csn_desktop.pot`` for everything outside
csn_desktop/ui, extracted by Babel, and Qt's ``qt/csn_desktop.ts`` for the window, extracted by
pyside6-lupdate. A language is added as ``LANG/LC_MESSAGES/csn_desktop.po`` and
``qt/csn_desktop_LANG.ts``, with ``qt/qtbase_LANG.ts`` for Qt's own buttons and dialogs when Qt
has no translation of its own (Welsh).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "csn_desktop"
FOLDER = ROOT / "resources" / "translations"
POT = FOLDER / "csn_desktop.pot"
TS = FOLDER / "qt" / "csn_desktop.ts"
# English plural forms of the window's %n texts (Qt's texts are written once, in the plural).
ENGLISH_PLURALS = FOLDER / "qt" / "csn_desktop_en.ts"
BIN = Path(sys.executable).parent
# Languages every message must be translated into for `check` to pass. Empty it, e.g.
# ``REQUIRED_LANGUAGES = ()``, to check the templates only while a catalogue is still being written.
REQUIRED_LANGUAGES = ("cy",)


def _window_sources() -> list[str]:
    return [str(path.relative_to(ROOT)) for path in sorted((PACKAGE / "ui").rglob("*.py"))]


def extract_gettext(target: Path) -> None:
    subprocess.run(
        [
            str(BIN / "pybabel"),
            "--quiet",
            "extract",
            "--mapping-file",
            str(FOLDER / "babel.cfg"),
            "--no-location",
            "--sort-output",
            "--project",
            "csn-desktop",
            "--add-comments",
            "TRANSLATORS:",
            "--output-file",
            str(target),
            "csn_desktop",
        ],
        cwd=ROOT,
        check=True,
    )


def extract_qt(target: Path, *options: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *_window_sources(),
            *options,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en_GB",
            "-silent",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
    )


def gettext_messages(pot: Path) -> set[tuple[str | None, str]]:
    from babel.messages.pofile import read_po

    with pot.open("rb") as stream:
        catalogue = read_po(stream)
    return {
        (message.context, str(message.id))
        for message in catalogue
        if message.id  # the header
    }


def unfinished_plurals(ts: Path) -> list[str]:
    """The plural texts of ``ts`` whose forms nobody has written yet."""
    tree = ET.parse(ts)  # noqa: S314 - our own catalogue file
    unfinished = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") == "yes" and (translation is None or translation.get("type")):
            unfinished.append(message.findtext("source") or "")
    return unfinished


def qt_messages(ts: Path) -> set[tuple[str | None, str]]:
    tree = ET.parse(ts)  # noqa: S314 - our own catalogue file
    found: set[tuple[str | None, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def check() -> int:
    with tempfile.TemporaryDirectory() as folder:
        fresh_pot = Path(folder) / "fresh.pot"
        fresh_ts = Path(folder) / "fresh.ts"
        extract_gettext(fresh_pot)
        extract_qt(fresh_ts)
        problems = _compare("gettext", gettext_messages(POT), gettext_messages(fresh_pot))
        problems += _compare("Qt", qt_messages(TS), qt_messages(fresh_ts))
        fresh_plurals = Path(folder) / "plurals.ts"
        extract_qt(fresh_plurals, "-pluralonly")
        problems += _compare(
            "English plurals", qt_messages(ENGLISH_PLURALS), qt_messages(fresh_plurals)
        )
    for text in unfinished_plurals(ENGLISH_PLURALS):
        problems += 1
        print(
            f"English plural forms not written in {ENGLISH_PLURALS.name}: {text!r}", file=sys.stderr
        )
    if problems:
        print("Run: .venv/bin/python scripts/translations.py extract", file=sys.stderr)
    for language in REQUIRED_LANGUAGES:
        problems += _report_untranslated(language)
    return 1 if problems else 0


def _report_untranslated(language: str) -> int:
    """Print every message of the templates that ``language`` does not translate; their number."""
    po = FOLDER / language / "LC_MESSAGES" / "csn_desktop.po"
    ts = FOLDER / "qt" / f"csn_desktop_{language}.ts"
    missing = [f"{po.relative_to(ROOT)}: {text!r}" for text in untranslated_gettext(POT, po)]
    missing += [f"{ts.relative_to(ROOT)}: [{c}] {text!r}" for c, text in untranslated_qt(TS, ts)]
    for line in missing:
        print(f"No translation into {language}: {line}", file=sys.stderr)
    if missing:
        print(
            f"{len(missing)} messages have no translation into {language} (an unfinished or fuzzy "
            "one counts as none); translate them, or see REQUIRED_LANGUAGES in this script.",
            file=sys.stderr,
        )
    return len(missing)


def untranslated_gettext(pot: Path, po: Path) -> list[str]:
    """The messages of ``pot`` that ``po`` lacks, leaves empty (any plural form) or marks fuzzy."""
    from babel.messages.pofile import read_po

    with pot.open("rb") as stream:
        template = read_po(stream)
    catalogue = None
    if po.is_file():
        with po.open("rb") as stream:
            catalogue = read_po(stream)
    missing = []
    for wanted in template:
        if not wanted.id:
            continue  # the header
        # A plural message is found by its singular.
        key = wanted.id[0] if isinstance(wanted.id, tuple | list) else wanted.id
        message = catalogue.get(key, context=wanted.context) if catalogue is not None else None
        strings = message.string if message is not None else ""
        forms = list(strings) if isinstance(strings, tuple | list) else [strings]
        if message is None or message.fuzzy or not all(forms):
            missing.append(str(key))
    return sorted(missing)


def untranslated_qt(template: Path, ts: Path) -> list[tuple[str | None, str]]:
    """The messages of ``template`` that ``ts`` lacks or leaves empty or unfinished."""
    if not ts.is_file():
        return sorted(qt_messages(template), key=str)
    done: set[tuple[str | None, str]] = set()
    tree = ET.parse(ts)  # noqa: S314 - our own catalogue file
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete
            forms = translation.findall("numerusform")
            texts = [f.text for f in forms] if forms else [translation.text]
            if all(texts):
                done.add((name, message.findtext("source") or ""))
    # lupdate records a stray translator's comment as a message without text: nothing to translate.
    wanted = {(context, text) for context, text in qt_messages(template) if text}
    return sorted(wanted - done, key=str)


def _compare(
    kind: str, stored: set[tuple[str | None, str]], fresh: set[tuple[str | None, str]]
) -> int:
    for context, text in sorted(fresh - stored, key=str):
        print(f"{kind} template misses: [{context or ''}] {text!r}", file=sys.stderr)
    for _context, text in sorted(stored - fresh, key=str):
        print(f"{kind} template keeps a message the code no longer has: {text!r}", file=sys.stderr)
    return len(fresh ^ stored)


def compile_all() -> None:
    for po in sorted(FOLDER.glob("*/LC_MESSAGES/csn_desktop.po")):
        subprocess.run(
            [str(BIN / "pybabel"), "--quiet", "compile", "--input-file", str(po),
             "--output-file", str(po.with_suffix(".mo"))],
            check=True,
        )  # fmt: skip
    # Every language: our texts (csn_desktop_LANG), and Qt's own where we carry them (qtbase_LANG).
    for ts in sorted(p for p in (FOLDER / "qt").glob("*_*.ts") if p != TS):
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def update_languages() -> None:
    """Bring every language's catalogues in step with the templates: new messages appear
    untranslated (never guessed from a similar one), translations of removed ones go."""
    for po in sorted(FOLDER.glob("*/LC_MESSAGES/csn_desktop.po")):
        subprocess.run(
            [str(BIN / "pybabel"), "--quiet", "update", "--input-file", str(POT),
             "--output-file", str(po), "--locale", po.parent.parent.name,
             "--no-fuzzy-matching", "--ignore-obsolete",
             "--width", "100"],
            check=True,
        )  # fmt: skip
    for ts in sorted((FOLDER / "qt").glob("csn_desktop_*.ts")):
        if ts != ENGLISH_PLURALS:
            extract_qt(ts)


def main(command: str) -> int:
    if command == "extract":
        extract_gettext(POT)
        extract_qt(TS)
        extract_qt(ENGLISH_PLURALS, "-pluralonly", "-target-language", "en_GB")
        update_languages()
        return 0
    if command == "check":
        return check()
    if command == "compile":
        compile_all()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
