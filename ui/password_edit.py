"""The line edit for a password (its own module: the passphrase dialog needs it before anything
else of ui.widgets, whose Qt namespace enums cost ~0.1 s on first use)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def password_edit(placeholder: str) -> QLineEdit:
    """A line edit that hides what is typed; the placeholder is also its name for screen readers."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(placeholder)
    return edit
