"""The language of an exported file: a drop-down, and the choice remembered for each kind."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from csn_desktop.exports.language import FILE_LANGUAGES, REPORT_LANGUAGES, file_language

# Each language named in itself, as language menus do; the bilingual report in Welsh, its first.
NAMES = {
    "cy": "Cymraeg",  # not translated: the language named in itself
    "en": "English",  # not translated: the language named in itself
    "cy+en": "Cymraeg a Saesneg",  # not translated: both, named in Welsh, the first
}


def _key(kind: str) -> str:
    return f"export/language/{kind}"  # not translated: a settings key


def remembered_language(
    kind: str, *, bilingual: bool = False, settings: QSettings | None = None
) -> str:
    """The language last chosen for this kind of file, else the window's language."""
    value = (settings or QSettings()).value(_key(kind))
    allowed = REPORT_LANGUAGES if bilingual else FILE_LANGUAGES
    if isinstance(value, str) and value in allowed:
        return value
    return file_language(None)


def remember_language(kind: str, language: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(_key(kind), language)


class LanguageChooser(QComboBox):
    """Cymraeg, English and, for the PDF report, Cymraeg a Saesneg (Welsh, then English)."""

    def __init__(self, parent: QWidget | None, chosen: str, *, bilingual: bool = False) -> None:
        super().__init__(parent)
        self.offer(chosen, bilingual=bilingual)

    def offer(self, chosen: str, *, bilingual: bool) -> None:
        """Offer the languages of one kind of file, ``chosen`` selected."""
        self.clear()
        for code in REPORT_LANGUAGES if bilingual else FILE_LANGUAGES:
            self.addItem(NAMES[code], code)
        self.setCurrentIndex(max(0, self.findData(chosen)))

    def chosen(self) -> str:
        return str(self.currentData())
