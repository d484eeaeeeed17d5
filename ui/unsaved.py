"""Nothing typed is thrown away without a question.

`AsksBeforeDiscard` is mixed into every dialog that takes input. Esc, the window's close button,
Ctrl+W and Annuleren all end in `reject()`, so that is where the one question is asked:
"Wijzigingen opslaan?" with Opslaan / Niet opslaan / Annuleren. A dialog says what "unsaved"
means (`has_unsaved_input`; by default: any input differs from when the dialog was shown) and how
to save (`save_unsaved`; by default its `submit`, which closes the dialog when it succeeds).
A dialog that gives `crash_draft()` also keeps a crash draft of its inputs (ui/crash_draft.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.accessible import name_form_fields
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.crash_draft import DialogDraft, DraftPlace

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget) -> str:
    """The one question, the same in every dialog; Qt's own Dutch button texts."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.windowTitle() or translate("unsaved", "Wegwijs"))
    box.setText(translate("unsaved", "Wijzigingen opslaan?"))
    box.setInformativeText(translate("unsaved", "U hebt iets ingevuld dat nog niet is opgeslagen."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    discard = box.button(QMessageBox.StandardButton.Discard)
    if discard is not None:
        discard.setText(translate("unsaved", "&Niet opslaan"))  # Qt's own Dutch says "Verwerpen"
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    return DISCARD if answer == QMessageBox.StandardButton.Discard else CANCEL


# Tests replace this to answer the question; the product always asks the user.
ask: Callable[[QWidget], str] = ask_unsaved


def input_snapshot(root: QWidget) -> list[Any]:
    """The value of every input under *root*, in widget order (rows added or removed count as a
    change). Line edits inside combo and spin boxes are read through their owner."""
    values: list[Any] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue
            values.append(("line", widget.text()))
        elif isinstance(widget, QComboBox):
            values.append(("combo", widget.currentText()))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if not widget.isReadOnly():
                values.append(("text", widget.toPlainText()))
        elif isinstance(widget, QAbstractSpinBox):
            values.append(("spin", widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(("check", widget.isChecked()))
    return values


class AsksBeforeDiscard:
    """Mix in before QDialog: ``class InburgeraarDialog(AsksBeforeDiscard, QDialog)``."""

    _snapshot: list[Any] | None = None
    _close_key: QShortcut | None = None
    _asking = False
    _crash_draft: DialogDraft | None = None

    def crash_draft(self) -> DraftPlace | None:
        """Where this dialog keeps a crash draft of its inputs; None: it keeps none."""
        return None

    def showEvent(self, event: QShowEvent) -> None:
        dialog = self._dialog()
        name_form_fields(dialog)  # every field named after its label, for screen readers
        self._snapshot = input_snapshot(dialog)  # what the dialog was opened with
        if self._close_key is None:
            self._close_key = QShortcut(QKeySequence("Ctrl+W"), dialog, dialog.close)
            place = self.crash_draft()
            if place is not None:  # first showing: put a draft back, then keep one
                from ui.crash_draft import DialogDraft

                self._crash_draft = DialogDraft(dialog, place)
                self._crash_draft.start()
        QDialog.showEvent(dialog, event)

    def _dialog(self) -> QDialog:
        assert isinstance(self, QDialog)
        return self

    def mark_saved(self) -> None:
        """What is in the dialog now counts as stored (after a save that keeps it open)."""
        self._snapshot = input_snapshot(self._dialog())
        if self._crash_draft is not None:
            self._crash_draft.forget()

    def has_unsaved_input(self) -> bool:
        if self._crash_draft is not None and self._crash_draft.restored:
            return True  # put back from a crash draft: not stored yet, even if unchanged since
        return self._snapshot is not None and input_snapshot(self._dialog()) != self._snapshot

    def done(self, result: int) -> None:
        """Closed (saved, or nothing to keep, or "Niet opslaan"): the crash draft goes."""
        if self._crash_draft is not None:
            self._crash_draft.stop()
            self._crash_draft.forget()
            self._crash_draft = None
        QDialog.done(self._dialog(), result)

    def save_unsaved(self) -> bool:
        """Save as the dialog's own save button does; True when it was stored."""
        dialog = self._dialog()
        # Its own save: `submit`, or an `accept` that checks and stores (ui/stem dialogs).
        submit = getattr(dialog, "submit", None) or dialog.accept
        submit()
        return not dialog.isVisible() or dialog.result() == QDialog.DialogCode.Accepted

    def ask_unsaved(self) -> str:
        return ask(self._dialog())

    def may_discard(self) -> bool:
        """Ask when there is unsaved input; True when the dialog may close now."""
        if self._asking or not self.has_unsaved_input():
            return True
        self._asking = True
        try:
            answer = self.ask_unsaved()
        finally:
            self._asking = False
        if answer == SAVE:
            # Saved and still open: close now; a save that closed the dialog is done already.
            return self.save_unsaved() and self._dialog().isVisible()
        return answer == DISCARD

    def reject(self) -> None:
        if self.may_discard():
            QDialog.reject(self._dialog())
