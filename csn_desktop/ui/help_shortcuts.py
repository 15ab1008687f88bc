"""Help → Keyboard shortcuts: the menus' real shortcuts and the keys of the standards table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csn_desktop.ui.translation import QT_TRANSLATE_NOOP

# The standards table's own keys (they are not menu items). Marked here, translated when shown.
TABLE_KEYS = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter, F2"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the cell, then keep the answer and move down"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next or previous cell, inside the table"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Leave the table"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Shift+click, Ctrl+click, Shift+arrows"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select several rows"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+A"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select every row shown"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+D"),
        QT_TRANSLATE_NOOP("Shortcuts", "Set use, need or barriers for the selected rows"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+C"),
        QT_TRANSLATE_NOOP("Shortcuts", "Copy the selected cells"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+V"),
        QT_TRANSLATE_NOOP("Shortcuts", "Paste rows copied from Excel or LibreOffice"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Delete"),
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the selected cells"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "1–9"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Pick that option and move right (barriers: tick or untick it)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Letters"),
        QT_TRANSLATE_NOOP("Shortcuts", "Choose an option by typing (“pu”: Partly used)"),
    ),
)
ANYWHERE = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+underlined letter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open that menu, or press that button"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next or previous field"),
    ),
)


def _plain(text: str) -> str:
    """A menu or action text without its mnemonic marks and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, keys), …]) for every shown menu's actions that have a shortcut."""
    found = []
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu) or not menu_action.isVisible():
            continue
        rows = [
            (
                _plain(action.text()),
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for action in menu.actions()
            if action.isVisible() and not action.shortcut().isEmpty()
        ]
        if rows:
            found.append((_plain(menu_action.text()), rows))
    return found


class ShortcutsDialog(QDialog):
    """Every shortcut by menu, then the standards table's keys, in one list."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        groups = [
            (title, [(text, keys) for text, keys in rows]) for title, rows in menu_shortcuts(bar)
        ]
        groups.append(
            (self.tr("In the standards table"), [(self._t(d), self._t(k)) for k, d in TABLE_KEYS])
        )
        groups.append((self.tr("Anywhere"), [(self._t(d), self._t(k)) for k, d in ANYWHERE]))
        for title, rows in groups:
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for text, keys in rows:
                item = QTreeWidgetItem(group, [text, keys])
                item.setToolTip(0, text)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.setMinimumSize(metrics.averageCharWidth() * 100, metrics.height() * 30)

    @staticmethod
    def _t(text: str) -> str:
        return QCoreApplication.translate("Shortcuts", text)
