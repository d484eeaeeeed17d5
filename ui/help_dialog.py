"""F1: the short Dutch user guide (resources/help/gebruikershandleiding.md, the same text as
docs/gebruikershandleiding.md), readable with the keyboard and a screen reader."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.i18n import translate
from ui.screen_fit import fit_window


def guide_text() -> str:
    return (resources.files("resources") / "help" / "gebruikershandleiding.md").read_text("utf-8")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handleiding")
        self.setWindowTitle(translate("help_dialog", "Gebruikershandleiding – Wegwijs"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("help_dialog", "Gebruikershandleiding"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_window(self, 760, 700)
        self.browser.setFocus()
