"""Crash drafts for the dialogs that take input (ui/unsaved.py's `AsksBeforeDiscard`).

A dialog opts in with `crash_draft()`, which says where its draft lives (app/concepten.py: in the
encrypted store, never in a plain file). From its first showing on, every change to any of its
inputs writes the values of all of them at once (one short commit without an fsync), so a kill or
a crash loses nothing. The next time the same dialog opens for the same record, a draft left
behind is put back into the fields, with a note, and counts as unsaved input (closing asks). Saving
(the dialog accepted, or `mark_saved`) and a deliberate "Niet opslaan" forget it.

The values are read and written in widget order, as `ui.unsaved.input_snapshot` reads them; a
dialog with rows that come and go (languages) gives `rows`/`set_rows`, so the same rows exist
before the values go back. A draft whose shape still does not fit is kept, not guessed into the
wrong fields.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from app.concepten import InvoerConcepten
from ui.i18n import translate

if TYPE_CHECKING:
    from app.session import Session

WATCHED = "wegwijs_concept_bewaakt"  # dynamic property: this input's changes write the draft


def draft_place(
    session: Session,
    soort: str,
    sleutel: str,
    inburgeraar_id: str | None = None,
    rows: Callable[[], int] | None = None,
    set_rows: Callable[[int], None] | None = None,
    extra: tuple[Callable[[], Any], Callable[[Any], None]] | None = None,
) -> DraftPlace | None:
    """The place for a dialog's draft; None when this user may not save the form anyway."""
    concepten = InvoerConcepten(session, soort, inburgeraar_id)
    if not session.may(concepten.permission):
        return None
    return DraftPlace(concepten, sleutel, rows, set_rows, extra)


@dataclass(frozen=True)
class DraftPlace:
    """Where a dialog's draft is kept: the form's drafts and this record's key ("nieuw" for a
    record not stored yet); optional row count for dialogs with rows that come and go."""

    concepten: InvoerConcepten
    sleutel: str
    rows: Callable[[], int] | None = None
    set_rows: Callable[[int], None] | None = None
    # Input that is no widget (rows of a table model): read as JSON, put back. The dialog calls
    # DialogDraft.changed() when it changes.
    extra: tuple[Callable[[], Any], Callable[[Any], None]] | None = None


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def inputs(root: QWidget) -> list[QWidget]:
    """The input widgets under *root* in widget order, as ui.unsaved.input_snapshot sees them
    (less a table cell's editor: the cell's value is in the table's model)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue
            if _in_item_view(widget):  # a table cell's editor while it is open: not a field
                continue
            found.append(widget)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if not widget.isReadOnly():
                found.append(widget)
        elif isinstance(widget, (QComboBox, QAbstractSpinBox)) or (
            isinstance(widget, QAbstractButton) and widget.isCheckable()
        ):
            found.append(widget)
    return found


def read(widget: QWidget) -> list[Any]:
    """[kind, value] of one input, in a form that JSON keeps."""
    if isinstance(widget, QLineEdit):
        return ["line", widget.text()]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return ["text", widget.toPlainText()]
    if isinstance(widget, QComboBox):
        return ["combo", widget.currentText()]
    if isinstance(widget, QDateEdit):
        return ["date", widget.date().toString("yyyy-MM-dd")]
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return ["number", widget.value()]
    if isinstance(widget, QAbstractButton):
        return ["check", widget.isChecked()]
    return ["other", None]


def write(widget: QWidget, kind: str, value: Any) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findText(str(value))
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setEditText(str(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, (int, float)):
        widget.setValue(float(value))
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))


class DialogDraft(QObject):
    """The crash draft of one open dialog (made by AsksBeforeDiscard on its first showing)."""

    def __init__(self, dialog: QDialog, place: DraftPlace) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.place = place
        self.restored = False
        self._quiet = False
        self._basis: list[list[Any]] = []  # what the dialog showed when it opened
        self._basis_extra: Any = None
        # The inputs, found once per watch(): walking a large dialog's widgets on every keystroke
        # cost the PIP editor ~7 ms (findChildren over ~700 widgets).
        self._inputs: list[QWidget] = []

    # --- watching -------------------------------------------------------------------------
    def start(self) -> None:
        """Put a draft left behind back, then write one on every change."""
        self._basis = [read(w) for w in inputs(self.dialog)]
        self._basis_extra = self.place.extra[0]() if self.place.extra is not None else None
        self._quiet = True
        try:
            self.restored = self._restore()
        finally:
            self._quiet = False
        self.watch()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Rows added later (a language) are watched from the moment they get the focus.
            app.focusChanged.connect(self._focus_changed)

    def watch(self) -> None:
        """Find the inputs anew (rows may have come or gone) and connect the new ones."""
        self._inputs = inputs(self.dialog)
        for widget in self._inputs:
            if widget.property(WATCHED):
                continue
            widget.setProperty(WATCHED, True)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.changed)
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
                widget.textChanged.connect(self.changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.changed)
                widget.editTextChanged.connect(self.changed)
            elif isinstance(widget, QAbstractSpinBox):
                widget.editingFinished.connect(self.changed)
                if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                    widget.valueChanged.connect(self.changed)
                elif isinstance(widget, QDateEdit):
                    widget.dateChanged.connect(self.changed)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.dialog.isAncestorOf(new):
            self.watch()
            self.changed()  # a row added or removed changes the shape

    def stop(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with suppress(RuntimeError, TypeError):  # never connected
                app.focusChanged.disconnect(self._focus_changed)

    # --- the draft ------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        rows = self.place.rows() if self.place.rows is not None else None
        try:
            invoer = [read(w) for w in self._inputs]
        except RuntimeError:  # a widget of a removed row is gone: find the inputs anew
            self.watch()
            invoer = [read(w) for w in self._inputs]
        return {
            "rijen": rows,
            "basis": self._basis,
            "invoer": invoer,
            "extra": self.place.extra[0]() if self.place.extra is not None else None,
            "basis_extra": self._basis_extra,
        }

    def changed(self, *_args: object) -> None:
        if not self._quiet:
            self.place.concepten.bewaar(self.place.sleutel, self.values())

    def forget(self) -> None:
        self.restored = False
        self.place.concepten.vergeet(self.place.sleutel)

    def _restore(self) -> bool:
        draft = self.place.concepten.lees(self.place.sleutel)
        if not isinstance(draft, dict) or not isinstance(draft.get("invoer"), list):
            return False
        rows = draft.get("rijen")
        if isinstance(rows, int) and self.place.set_rows is not None:
            self.place.set_rows(rows)
        extra = False
        if self.place.extra is not None and draft.get("extra") is not None:
            get, put = self.place.extra
            if draft["extra"] != draft.get("basis_extra") and draft["extra"] != get():
                put(draft["extra"])  # rows typed in a table: back as typed
                extra = True
        widgets = inputs(self.dialog)
        saved = [v for v in draft["invoer"] if isinstance(v, list) and len(v) == 2]
        if [read(w)[0] for w in widgets] != [v[0] for v in saved]:
            if extra:
                self._note()
            return extra  # another shape (the form changed in an update): kept, not guessed
        basis = draft.get("basis")
        if not isinstance(basis, list) or len(basis) != len(saved):
            basis = [None] * len(saved)  # rows came or went: every value as it was typed
        typed = [(w, v) for w, v, b in zip(widgets, saved, basis, strict=True) if v != b]
        # Only what was typed goes back: a field left alone shows what is stored now (a
        # colleague's change that a sync brought in meanwhile is not overwritten).
        typed = [(w, v) for w, v in typed if read(w) != v]
        if not typed and not extra:
            return False  # nothing in it that the dialog does not show already
        for widget, (kind, value) in typed:
            write(widget, kind, value)
        self._note()
        return True

    def _note(self) -> None:
        note = QLabel(
            translate(
                "crash_draft", "Wat u eerder typte en niet opsloeg, is teruggezet. Kijk het na."
            )
        )
        note.setObjectName("concept_teruggezet")
        note.setWordWrap(True)
        note.setStyleSheet("color: #1b5e20; font-weight: bold;")
        layout = self.dialog.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, note)
