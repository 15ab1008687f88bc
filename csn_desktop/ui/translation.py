"""The window's language: Qt's translator for tr() texts and gettext for the messages from below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from csn_desktop import i18n
from csn_desktop.paths import translations_dir

# QSettings key of the language the user chose; absent means "follow the system".
LANGUAGE_KEY = "ui/language"


def chosen_language(settings: QSettings) -> str:
    """The language the user chose, or the system's (``en_GB``, ``cy_GB`` …)."""
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value else QLocale.system().name()


def install_language(app: QCoreApplication, language: str) -> str:
    """Translate the window and every message into ``language``; the language now in use.

    Without a catalogue for it, the source text (British English) is kept.
    """
    for old in app.findChildren(QTranslator, "csn-desktop"):
        app.removeTranslator(old)
        old.deleteLater()
    in_use = i18n.set_language(language)
    translator = QTranslator(app)
    translator.setObjectName("csn-desktop")
    if translator.load(QLocale(language), "csn_desktop", "_", str(translations_dir() / "qt")):
        app.installTranslator(translator)
    else:
        translator.deleteLater()
    return in_use


def QT_TRANSLATE_NOOP(context: str, message: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks ``message`` for translation in ``context``; translated where shown.

    Used instead of PySide6's own, whose stub returns ``object`` where a ``str`` is wanted.
    """
    return message
