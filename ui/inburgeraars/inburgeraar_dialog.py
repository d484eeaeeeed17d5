"""'Nieuwe inburgeraar' and 'Bewerken': collects values, lets the service validate and save,
shows every problem next to its field and stores nothing until all is right."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from app.errors import DuplicateError
from app.inburgeraars import velden
from app.inburgeraars.model import Inburgeraar, waarde
from app.inburgeraars.service import ConflictError, InburgeraarService
from app.inburgeraars.veld import Bron
from app.validation import ValidationError
from ui.form import field_values, mark_tabs, message_label, ok_cancel, show_field_errors
from ui.i18n import app_text, translate
from ui.inburgeraars.velden_editors import TaalRow, TalenEditor, add_tabs, set_value
from ui.screen_fit import fit_window
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import ChoiceCombo, Field

__all__ = ["InburgeraarDialog", "TaalRow"]


class InburgeraarDialog(AsksBeforeDiscard, QDialog):
    saved = Signal(str)  # id of the stored inburgeraar

    def __init__(
        self,
        service: InburgeraarService,
        inburgeraar: Inburgeraar | None = None,
        parent: QWidget | None = None,
        default_gemeente: str = "",
        default_klantmanager: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.inburgeraar = inburgeraar
        self.today = today
        self.setWindowTitle(
            translate("clients.client_dialog", "Bewerken – {naam}").format(naam=inburgeraar.naam)
            if inburgeraar
            else translate("clients.client_dialog", "Nieuwe inburgeraar")
        )
        self.fields: dict[str, Field] = {}
        tabs = QTabWidget()
        self.tabs = tabs
        add_tabs(tabs, self.fields, Bron(gemeenten=service.gemeente_list()))
        self.talen_editor = next(
            f.editor for f in self.fields.values() if isinstance(f.editor, TalenEditor)
        )
        self.talen: list[TaalRow] = self.talen_editor.rows
        self.message = message_label()
        buttons = ok_cancel(translate("clients.client_dialog", "Opslaan"), self.submit, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_window(self, 640, 560)
        # what the officer started from, and the stored values the typing applies to (newer
        # when a colleague's edit came in by sync while this window was open)
        self.original: dict[str, Any] = {}
        self.base: dict[str, Any] = {}
        if inburgeraar:
            self.load(inburgeraar)
            self.original = self.base = self._form()
        else:
            for veld in velden.alle():
                if veld.standaard:
                    set_value(self.fields[veld.key].editor, veld, veld.standaard)
            # the officer's own municipality and name, from the settings
            self._combo("gemeentecode").set_code(default_gemeente or None)
            self._line("klantmanager").setText(default_klantmanager)
            self.add_taal()

    def add_taal(self) -> TaalRow:
        return self.talen_editor.add()

    def remove_taal(self, row: TaalRow) -> None:
        self.talen_editor.remove(row)

    # --- values ---------------------------------------------------------------------------
    def _line(self, name: str) -> QLineEdit:
        editor = self.fields[name].editor
        assert isinstance(editor, QLineEdit)
        return editor

    def _combo(self, name: str) -> ChoiceCombo:
        editor = self.fields[name].editor
        assert isinstance(editor, ChoiceCombo)
        return editor

    def load(self, c: Inburgeraar) -> None:
        for veld in velden.alle():
            set_value(self.fields[veld.key].editor, veld, waarde(c, veld.key))

    def prefill(self, values: dict[str, str]) -> None:
        """Fill fields of a new inburgeraar (e.g. from DUO's aanmelding): dates as typed."""
        for name, value in values.items():
            editor = self.fields[name].editor
            if isinstance(editor, ChoiceCombo):
                editor.set_code(value or None)
            elif isinstance(editor, QLineEdit):
                editor.setText(value)

    def values(self) -> dict[str, Any]:
        values = field_values(self.fields)
        values[self._talen_key()] = self.talen_editor.value()
        if self.inburgeraar:
            values["id"] = self.inburgeraar.id
            values["version"] = self.inburgeraar.version
        return values

    def _talen_key(self) -> str:
        return next(k for k, f in self.fields.items() if f.editor is self.talen_editor)

    def _form(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if k not in ("id", "version")}

    def to_save(self) -> dict[str, Any]:
        """What is stored: the newest stored values with the fields typed here on top."""
        values = self.values()
        if self.inburgeraar is None:
            return values
        typed = {k: v for k, v in self._form().items() if v != self.original.get(k)}
        return {
            **self.base,
            **typed,
            "id": self.inburgeraar.id,
            "version": self.inburgeraar.version,
        }

    def _changed_elsewhere(self) -> bool:
        """The dossier changed since this window opened (e.g. a sync brought a colleague's
        edit). The typing stays; untouched fields take the new values. A field changed on both
        sides is named, and kept as typed only on a second Opslaan. True: save again now."""
        assert self.inburgeraar is not None and self.inburgeraar.id is not None
        fresh = self.service.get(self.inburgeraar.id)
        if fresh is None:
            self.message.setText(self.tr("Deze inburgeraar bestaat niet meer."))
            return False
        other = InburgeraarDialog(self.service, fresh)
        theirs = other._form()
        other.deleteLater()
        mine = self._form()
        clash = [
            k
            for k, v in mine.items()
            if v != self.original.get(k)
            and theirs.get(k) != self.base.get(k)
            and theirs.get(k) != v
        ]
        self.base, self.inburgeraar = theirs, fresh
        if not clash:
            return True
        names = ", ".join(self.fields[k].editor.accessibleName() for k in clash if k in self.fields)
        self.message.setText(
            self.tr(
                "Intussen is op een andere laptop ook gewijzigd: %s. Uw invoer staat nog hier. "
                "Kies Opslaan om uw waarde te bewaren, of Annuleren om die van de ander te houden."
            )
            % (names or self.tr("talen"))
        )
        return False

    def show_errors(self, errors: dict[str, str]) -> None:
        show_field_errors(self.fields, errors, self.tabs)
        count = len(errors)
        per_tab = mark_tabs(self.tabs, self.fields, errors)
        where = ", ".join(f"{tab}: {n}" for tab, n in per_tab if n)
        self.message.setText(
            translate("clients.client_dialog", "%n velden kloppen niet", None, count)
            + (f" ({where})" if where else "")
            + translate("clients.client_dialog", "; er is niets opgeslagen.")
            if count
            else ""
        )

    def submit(self, retry: bool = True) -> None:
        try:
            inburgeraar = self.service.save(self.to_save(), self.today)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except DuplicateError as exc:
            self.show_errors({exc.field: str(exc)})
            self.message.setText(app_text(str(exc)))
            return
        except ConflictError:
            if self.inburgeraar is not None and self._changed_elsewhere() and retry:
                self.submit(retry=False)
            return
        assert inburgeraar.id is not None
        self.saved.emit(inburgeraar.id)
        self.accept()
