"""What an officer sees in a window: the texts of its visible labels, buttons, group boxes,
tabs, line edits and table headers, and its visible, enabled buttons (for screenshot tests that
assert what is on the screen, not merely that pixels differ)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w, root):
            continue
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            texts.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            )
    return [t for t in texts if t]


def assert_shows(root: QWidget, *expected: str) -> None:
    """Each of *expected* is (part of) a text the officer can see in *root*."""
    texts = visible_texts(root)
    missing = [e for e in expected if not any(e in t for t in texts)]
    assert not missing, f"not on screen: {missing}; shown: {texts[:60]}"


def usable_button(root: QWidget, text: str) -> QAbstractButton:
    """The visible, enabled button whose text contains *text* (fails when there is none)."""
    for button in root.findChildren(QAbstractButton):
        if text in button.text() and _shown(button, root) and button.isEnabled():
            return button
    raise AssertionError(f"no visible, enabled button {text!r}")
