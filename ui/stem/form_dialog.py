"""What the Stem dialogs share (feedback on a gesprek, the questionnaire about the offer): the
error line, Bewaren/Annuleren, asking before anything typed is thrown away, and a crash draft.

The draft: on every change everything typed is written to the store at once (one short commit
without an fsync, app/stem/concept.py), so a kill loses nothing; the next time the same dialog
opens for the same dossier (and gesprek) it is put back with a note. Saving or choosing "Niet
opslaan" forgets it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.stem.concept import StemConcepten
from app.validation import ValidationError
from ui.unsaved import AsksBeforeDiscard

ERROR_STYLE = "color: #b00020"


def text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(54)
    return box


class StemFormDialog(AsksBeforeDiscard, QDialog):
    """Subclasses build their fields, then call :meth:`finish`; they give ``values()``,
    ``load(values)`` and ``store(values)`` (which raises ValidationError when wrong)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Bewaren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.concepten: StemConcepten | None = None
        self.restored = False  # a draft was put back: closing asks, even without a change
        self.quiet = False  # True while the dialog itself rebuilds fields: not typing

    # --- to give per dialog -------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def load(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def store(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    # --- drafts -------------------------------------------------------------------------------
    def finish(self, concepten: StemConcepten | None) -> None:
        """After the fields are built and filled: put a draft back, then watch every input."""
        self.concepten = concepten
        draft = concepten.lees() if concepten is not None else None
        if draft:
            self.quiet = True  # putting the draft back is not typing
            try:
                self.load(draft)
            finally:
                self.quiet = False
            self.restored = True
            self.info.setText(self.tr("Wat u eerder typte en niet bewaarde, is teruggezet."))
            self.info.show()
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self.typed)
            elif isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.typed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.typed)
                widget.editTextChanged.connect(self.typed)
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                widget.toggled.connect(self.typed)

    def has_unsaved_input(self) -> bool:
        return self.restored or super().has_unsaved_input()

    def typed(self, *_args: object) -> None:
        if not self.quiet:
            self.save_draft()

    def save_draft(self) -> None:
        if self.concepten is not None:
            self.concepten.bewaar(self.values())

    def _forget(self) -> None:
        if self.concepten is not None:
            self.concepten.vergeet()

    # --- ending -------------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            self.store(self.values())
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        self._forget()
        super().accept()

    def reject(self) -> None:
        if self.may_discard():  # nothing typed, or the officer chose "Niet opslaan"
            self._forget()
            QDialog.reject(self)
