"""'Nieuwe inburgeraar' and 'Bewerken': collects values, lets the service validate and save,
shows every problem next to its field and stores nothing until all is right."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.errors import DuplicateError
from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import ConflictError, InburgeraarService
from app.validation import ValidationError, format_date
from ui.form import (
    add_field,
    field_values,
    mark_tabs,
    message_label,
    ok_cancel,
    show_field_errors,
)
from ui.i18n import app_text, translate
from ui.screen_fit import fit_window
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import ChoiceCombo, Field, country_model, handout_language_model, language_model

DATE_HINT = "dd-mm-jjjj"


class TaalRow(QWidget):
    def __init__(self, on_remove: Any) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.taal = ChoiceCombo(language_model(), searchable=True)
        self.taal.setAccessibleName(translate("clients.client_dialog", "Taal"))
        self.niveau = ChoiceCombo(
            list(reference.TAALNIVEAUS.items()), empty=translate("clients.client_dialog", "niveau…")
        )
        self.niveau.setAccessibleName(translate("clients.client_dialog", "Niveau"))
        remove = QPushButton(translate("clients.client_dialog", "Verwijderen"))
        remove.clicked.connect(lambda: on_remove(self))
        layout.addWidget(self.taal, 3)
        layout.addWidget(self.niveau, 1)
        layout.addWidget(remove)

    def value(self) -> dict[str, str]:
        return {"taal": self.taal.code(), "niveau": self.niveau.code()}


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
        self.talen: list[TaalRow] = []
        tabs = QTabWidget()
        self.tabs = tabs
        tabs.addTab(self._persoon_tab(), translate("clients.client_dialog", "Persoon"))
        tabs.addTab(self._inburgering_tab(), translate("clients.client_dialog", "Inburgering"))
        tabs.addTab(self._contact_tab(), translate("clients.client_dialog", "Contact"))
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
            self._combo("gemeentecode").set_code(default_gemeente or None)
            self._line("klantmanager").setText(default_klantmanager)
            self._combo("status").set_code("aangemeld")
            self.add_taal()

    # --- building -------------------------------------------------------------------------
    def _add(self, form: QFormLayout, name: str, label: str, editor: QWidget) -> None:
        add_field(self.fields, form, name, label, editor)

    def _text(self, form: QFormLayout, name: str, label: str, hint: str = "") -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        self._add(form, name, label, edit)

    def _persoon_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._text(
            form,
            "voornamen",
            translate("clients.client_dialog", "Voornamen *"),
            translate("clients.client_dialog", "zoals in de BRP"),
        )
        self._text(form, "voorvoegsel", translate("clients.client_dialog", "Voorvoegsel"))
        self._text(form, "achternaam", translate("clients.client_dialog", "Achternaam *"))
        self._text(
            form, "geboortedatum", translate("clients.client_dialog", "Geboortedatum *"), DATE_HINT
        )
        self._add(
            form,
            "geslacht",
            translate("clients.client_dialog", "Geslacht *"),
            ChoiceCombo(
                list(reference.GESLACHTEN.items()),
                empty=translate("clients.client_dialog", "kies…"),
            ),
        )
        self._text(
            form,
            "bsn",
            translate("clients.client_dialog", "BSN"),
            translate("clients.client_dialog", "9 cijfers (mag later)"),
        )
        self._text(
            form,
            "v_nummer",
            translate("clients.client_dialog", "V-nummer"),
            translate("clients.client_dialog", "10 cijfers"),
        )
        self._add(
            form,
            "land_herkomst",
            translate("clients.client_dialog", "Land van herkomst *"),
            ChoiceCombo(country_model(), searchable=True),
        )
        return page

    def _inburgering_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._add(
            form,
            "doelgroep",
            translate("clients.client_dialog", "Doelgroep *"),
            ChoiceCombo(
                [(d, d) for d in reference.DOELGROEPEN],
                empty=translate("clients.client_dialog", "kies…"),
            ),
        )
        # DUO's coarse indeling decides the asylum rules; set it from DUO's data.
        self._add(
            form,
            "indeling",
            translate("clients.client_dialog", "Indeling (DUO)"),
            ChoiceCombo(
                [(i, i) for i in reference.INDELINGEN],
                empty=translate("clients.client_dialog", "volgt uit de doelgroep"),
            ),
        )
        self._add(
            form,
            "asielrechten",
            translate("clients.client_dialog", "Asielrechten (DUO)"),
            ChoiceCombo(
                [(a, a) for a in reference.ASIELRECHTEN],
                empty=translate("clients.client_dialog", "geen wijziging"),
            ),
        )
        self._add(
            form,
            "gemeentecode",
            translate("clients.client_dialog", "Gemeente *"),
            ChoiceCombo(
                [(code, f"{naam} ({code})") for code, naam in self.service.gemeente_list()],
                empty=translate("clients.client_dialog", "kies…"),
            ),
        )
        self._add(
            form,
            "status",
            translate("clients.client_dialog", "Status *"),
            ChoiceCombo(list(reference.STATUSSEN.items())),
        )
        self._text(
            form,
            "datum_start_plicht",
            translate("clients.client_dialog", "Start inburgeringsplicht"),
            DATE_HINT,
        )
        self._text(
            form,
            "datum_vestiging",
            translate("clients.client_dialog", "Vestiging in gemeente"),
            DATE_HINT,
        )
        self._text(
            form, "datum_melding_duo", translate("clients.client_dialog", "Melding DUO"), DATE_HINT
        )
        self._text(
            form,
            "dagtekening_pip_elders",
            translate("clients.client_dialog", "Eerste PIP elders"),
            translate(
                "clients.client_dialog", "dagtekening, als een andere gemeente al een PIP maakte"
            ),
        )
        self._text(form, "klantmanager", translate("clients.client_dialog", "Klantmanager"))
        self._add(
            form,
            "voorkeurstaal",
            translate("clients.client_dialog", "Taal voor drukwerk *"),
            ChoiceCombo(handout_language_model(), searchable=True),
        )
        talen_box = QWidget()
        self.talen_layout = QVBoxLayout(talen_box)
        self.talen_layout.setContentsMargins(0, 0, 0, 0)
        add = QPushButton(translate("clients.client_dialog", "Taal toevoegen"))
        add.clicked.connect(self.add_taal)
        self.talen_layout.addWidget(add)
        self._add(
            form,
            "talen",
            translate("clients.client_dialog", "Talen die de persoon spreekt"),
            talen_box,
        )
        return page

    def _contact_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._text(form, "straat", translate("clients.client_dialog", "Straat"))
        self._text(form, "huisnummer", translate("clients.client_dialog", "Huisnummer"))
        self._text(
            form,
            "postcode",
            translate("clients.client_dialog", "Postcode"),
            translate("clients.client_dialog", "1234 AB"),
        )
        self._text(form, "woonplaats", translate("clients.client_dialog", "Woonplaats"))
        self._text(form, "telefoon", translate("clients.client_dialog", "Telefoon"))
        self._text(form, "email", translate("clients.client_dialog", "E-mail"))
        return page

    def add_taal(self) -> TaalRow:
        row = TaalRow(self.remove_taal)
        self.talen.append(row)
        self.talen_layout.insertWidget(self.talen_layout.count() - 1, row)
        return row

    def remove_taal(self, row: TaalRow) -> None:
        self.talen.remove(row)
        row.setParent(None)
        row.deleteLater()

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
        for name in (
            "voornamen",
            "voorvoegsel",
            "achternaam",
            "klantmanager",
            "telefoon",
            "email",
            "straat",
            "huisnummer",
            "postcode",
            "woonplaats",
        ):
            self._line(name).setText(str(getattr(c, name) or ""))
        self._line("bsn").setText(c.bsn or "")
        self._line("v_nummer").setText(c.v_nummer or "")
        dates = ("geboortedatum", "datum_start_plicht", "datum_vestiging", "datum_melding_duo")
        for name in (*dates, "dagtekening_pip_elders"):
            self._line(name).setText(format_date(getattr(c, name)))
        for name in (
            "geslacht",
            "doelgroep",
            "indeling",
            "asielrechten",
            "gemeentecode",
            "status",
            "land_herkomst",
            "voorkeurstaal",
        ):
            self._combo(name).set_code(getattr(c, name))
        for taal in c.talen:
            row = self.add_taal()
            row.taal.set_code(taal.code)
            row.niveau.set_code(taal.niveau)

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
        values["talen"] = [r.value() for r in self.talen if r.taal.code() or r.niveau.code()]
        if self.inburgeraar:
            values["id"] = self.inburgeraar.id
            values["version"] = self.inburgeraar.version
        return values

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
