"""The window's language: Qt's translator for tr() texts and gettext for the messages from below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from csn_desktop import i18n
from csn_desktop.paths import translations_dir

# QSettings key of the language the user chose; absent means "follow the system".
LANGUAGE_KEY = "ui/language"
TRANSLATOR_NAME = "csn-desktop"
# The language the window was asked to speak; its texts fall back to English one by one.
_window_language = i18n.SOURCE_LANGUAGE


def window_language() -> str:
    """The language the window speaks (``cy_GB``): the questionnaire's texts are shown in it."""
    return _window_language


def chosen_language(settings: QSettings) -> str:
    """The language the user chose, or the system's (``en_GB``, ``cy_GB`` …)."""
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value else QLocale.system().name()


def install_language(app: QCoreApplication, language: str) -> str:
    """Translate the window and every message into ``language``; the language now in use.

    Without a catalogue for it, the source text (British English) is kept. English plural forms
    ("1 council", "2 councils") come from a catalogue of their own, installed under every language:
    Qt's ``%n`` texts are written once, in the plural.
    """
    global _window_language
    _window_language = language
    # Widgets made from now on (the calendar's month names, a spin box's digits) use it too.
    QLocale.setDefault(QLocale(language))
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    in_use = i18n.set_language(language)
    folder = str(translations_dir() / "qt")
    _install(app, lambda t: t.load("csn_desktop_en", folder))
    if not language.startswith("en"):
        # Qt's own buttons and dialogs: Qt has no Welsh, so the app carries its own (qtbase_cy).
        _install(app, lambda t: t.load(QLocale(language), "qtbase", "_", folder))
        # Installed last, so searched first: the language's own texts and plural forms.
        _install(app, lambda t: t.load(QLocale(language), "csn_desktop", "_", folder))
    return in_use


def application_display_name() -> str:
    """The application's name in the language installed (window titles end with it)."""
    return QCoreApplication.translate("Application", "CSN self-assessment")


def _install(app: QCoreApplication, load: Callable[[QTranslator], bool]) -> None:
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if load(translator):
        app.installTranslator(translator)
    else:
        translator.deleteLater()


def QT_TRANSLATE_NOOP(context: str, message: str) -> str:  # noqa: N802 - the name lupdate finds
    """Marks ``message`` for translation in ``context``; translated where shown.

    Used instead of PySide6's own, whose stub returns ``object`` where a ``str`` is wanted.
    """
    return message
