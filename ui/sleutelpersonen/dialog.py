"""'Nieuwe sleutelpersoon' and 'Bewerken': every problem next to its field, nothing stored until
all is right, and nothing the coordinator typed is lost when saving fails."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.sleutelpersonen.model import SOORTEN, STATUSSEN, Sleutelpersoon
from app.sleutelpersonen.service import ConflictError, SleutelpersoonService
from app.validation import ValidationError, format_date, format_iban
from ui.crash_draft import DraftPlace, draft_place
from ui.form import add_field, field_values, message_label, ok_cancel, show_field_errors
from ui.i18n import app_text, translate
from ui.screen_fit import fit_window
from ui.sleutelpersonen.taal_keuze import TaalRegel
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import ChoiceCombo, Field

BOOLS = ("rijbewijs", "auto", "alleen_ov", "gezinsmigrant", "betaald")
MOBILITEIT = {name: "mobiliteit" for name in ("auto", "alleen_ov", "rijbewijs")}  # one row


class Checks(QWidget):
    """A grid of check boxes over codes (themes, roles)."""

    def __init__(self, items: dict[str, str], columns: int = 2) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for n, (code, label) in enumerate(items.items()):
            box = QCheckBox(label)
            self.boxes[code] = box
            grid.addWidget(box, n // columns, n % columns)

    def codes(self) -> list[str]:
        return [c for c, b in self.boxes.items() if b.isChecked()]

    def set_codes(self, codes: tuple[str, ...]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class SleutelpersoonDialog(AsksBeforeDiscard, QDialog):
    saved = Signal(str)

    def __init__(
        self,
        service: SleutelpersoonService,
        person: Sleutelpersoon | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.person = person
        self.today = today
        self.setWindowTitle(
            translate("sleutelpersonen.dialog", "Bewerken – {naam}").format(naam=person.naam)
            if person
            else translate("sleutelpersonen.dialog", "Nieuwe sleutelpersoon")
        )
        self.fields: dict[str, Field] = {}
        self.talen: list[TaalRegel] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._persoon_tab(), translate("sleutelpersonen.dialog", "Persoon"))
        self.tabs.addTab(self._inzet_tab(), translate("sleutelpersonen.dialog", "Inzet"))
        self.tabs.addTab(
            self._contact_tab(), translate("sleutelpersonen.dialog", "Contact en status")
        )
        self.message = message_label()
        buttons = ok_cancel(
            translate("sleutelpersonen.dialog", "Opslaan"), self.submit, self.reject
        )
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_window(self, 720, 640)
        if person:
            self._fill(person)
        else:
            self.add_taal()

    # --- building -------------------------------------------------------------------------
    def _field(self, form: QFormLayout, name: str, label: str, editor: QWidget) -> Any:
        return add_field(self.fields, form, name, label, editor)

    def _line(self, form: QFormLayout, name: str, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        return self._field(form, name, label, edit)  # type: ignore[no-any-return]

    def _persoon_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._line(form, "voornaam", translate("sleutelpersonen.dialog", "Voornaam"))
        self._line(form, "achternaam", translate("sleutelpersonen.dialog", "Achternaam"))
        self._field(
            form,
            "soort",
            translate("sleutelpersonen.dialog", "Soort"),
            ChoiceCombo(list(SOORTEN.items()), empty=translate("sleutelpersonen.dialog", "kies…")),
        )
        self._field(
            form,
            "geslacht",
            translate("sleutelpersonen.dialog", "Geslacht"),
            ChoiceCombo(
                list(reference.GESLACHTEN.items()),
                empty=translate("sleutelpersonen.dialog", "kies…"),
            ),
        )
        self._line(
            form,
            "geboortejaar",
            translate("sleutelpersonen.dialog", "Geboortejaar"),
            translate("sleutelpersonen.dialog", "bijv. 1985"),
        )
        self._line(
            form,
            "landen",
            translate("sleutelpersonen.dialog", "Landen van herkomst"),
            translate("sleutelpersonen.dialog", "ISO-codes, bijv. ER, ET"),
        )
        talen = QWidget()
        self.talen_box = QVBoxLayout(talen)
        self.talen_box.setContentsMargins(0, 0, 0, 0)
        add = QPushButton(translate("sleutelpersonen.dialog", "Taal toevoegen"))
        add.clicked.connect(self.add_taal)
        self.talen_box.addWidget(add)
        self._field(
            form, "talen", translate("sleutelpersonen.dialog", "Talen (ook dialect)"), talen
        )
        self._line(
            form,
            "training",
            translate("sleutelpersonen.dialog", "Training"),
            translate("sleutelpersonen.dialog", "bijv. Pharos sleutelpersonen"),
        )
        self._line(
            form,
            "training_datum",
            translate("sleutelpersonen.dialog", "Datum training"),
            translate("sleutelpersonen.dialog", "dd-mm-jjjj"),
        )
        return page

    def _inzet_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.themas = self._field(
            form,
            "themas",
            translate("sleutelpersonen.dialog", "Thema's"),
            Checks(reference.THEMAS, 1),
        )
        self.rollen = self._field(
            form,
            "rollen",
            translate("sleutelpersonen.dialog", "Rollen"),
            Checks(reference.SLEUTELPERSOON_ROLLEN, 3),
        )
        self._line(
            form,
            "beschikbaarheid",
            translate("sleutelpersonen.dialog", "Vaste tijden"),
            translate("sleutelpersonen.dialog", "bijv. maandag 10–12; donderdag 13–15"),
        )
        self._line(
            form,
            "capaciteit_uren",
            translate("sleutelpersonen.dialog", "Uren per maand"),
            translate("sleutelpersonen.dialog", "bijv. 16"),
        )
        self.gemeente = self._field(
            form,
            "gemeentecode",
            translate("sleutelpersonen.dialog", "Woont in"),
            ChoiceCombo(
                sorted(self.service.gemeente_namen().items(), key=lambda kv: kv[1]),
                empty=translate("sleutelpersonen.dialog", "kies…"),
            ),
        )
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        for name, label in (
            ("rijbewijs", "Rijbewijs"),
            ("auto", "Auto"),
            ("alleen_ov", "Alleen OV"),
        ):
            self.checks[name] = QCheckBox(label)
            h.addWidget(self.checks[name])
        self._field(form, "mobiliteit", translate("sleutelpersonen.dialog", "Vervoer"), row)
        self._line(
            form,
            "max_reisafstand_km",
            translate("sleutelpersonen.dialog", "Reist hooguit (km)"),
            translate("sleutelpersonen.dialog", "bijv. 25"),
        )
        return page

    def _contact_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        note = QLabel(
            translate(
                "sleutelpersonen.dialog",
                "Alleen werkgegevens: een privénummer komt nooit op papier.",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self._line(form, "werk_telefoon", translate("sleutelpersonen.dialog", "Werktelefoon"))
        self._line(form, "werk_email", translate("sleutelpersonen.dialog", "Werk-e-mail"))
        self._line(form, "iban", translate("sleutelpersonen.dialog", "IBAN (declaraties)"))
        for name, label in (
            ("gezinsmigrant", "Zelf gezinsmigrant"),
            ("betaald", "Betaald (geen vrijwilliger)"),
        ):
            self.checks[name] = QCheckBox(label)
            self._field(form, name, "", self.checks[name])
        self._field(
            form,
            "status",
            translate("sleutelpersonen.dialog", "Status"),
            ChoiceCombo(list(STATUSSEN.items())),
        )
        self._line(
            form,
            "status_datum",
            translate("sleutelpersonen.dialog", "Status sinds"),
            translate("sleutelpersonen.dialog", "dd-mm-jjjj"),
        )
        return page

    def add_taal(self) -> TaalRegel:
        row = TaalRegel(self._remove_taal)
        self.talen.append(row)
        self.talen_box.insertWidget(len(self.talen) - 1, row)
        return row

    def _remove_taal(self, row: TaalRegel) -> None:
        self.talen.remove(row)
        row.setParent(None)
        row.deleteLater()

    def crash_draft(self) -> DraftPlace | None:
        own = self.person.id if self.person else None
        return draft_place(
            self.service.session,
            "sleutelpersoon",
            own or "nieuw",
            rows=lambda: len(self.talen),
            set_rows=self._set_taal_rows,
        )

    def _set_taal_rows(self, count: int) -> None:
        while len(self.talen) < min(count, 50):
            self.add_taal()
        while len(self.talen) > max(count, 0):
            self._remove_taal(self.talen[-1])

    # --- values ---------------------------------------------------------------------------
    def editor(self, name: str) -> Any:
        return self.fields[name].editor

    def _fill(self, p: Sleutelpersoon) -> None:
        texts = {
            "voornaam": p.voornaam,
            "achternaam": p.achternaam,
            "geboortejaar": str(p.geboortejaar or ""),
            "landen": ", ".join(p.landen),
            "training": p.training,
            "training_datum": format_date(p.training_datum),
            "beschikbaarheid": p.beschikbaarheid_tekst,
            "capaciteit_uren": str(p.capaciteit_uren),
            "max_reisafstand_km": str(p.max_reisafstand_km),
            "werk_telefoon": p.werk_telefoon,
            "werk_email": p.werk_email,
            "iban": format_iban(p.iban),
            "status_datum": format_date(p.status_datum),
        }
        for name, text in texts.items():
            self.editor(name).setText(text)
        for name in ("soort", "geslacht", "status"):
            self.editor(name).set_code(getattr(p, name))
        self.gemeente.set_code(p.gemeentecode)
        self.themas.set_codes(p.themas)
        self.rollen.set_codes(p.rollen)
        for name in BOOLS:
            self.checks[name].setChecked(bool(getattr(p, name)))
        for t in p.talen:
            row = self.add_taal()
            row.taal.set_code(t.code)
            row.niveau.set_code(t.niveau)

    def values(self) -> dict[str, Any]:
        values = field_values(self.fields)
        values["themas"] = self.themas.codes()
        values["rollen"] = self.rollen.codes()
        values["talen"] = [v for v in (r.value() for r in self.talen) if v["taal"] or v["niveau"]]
        for name in BOOLS:
            values[name] = self.checks[name].isChecked()
        if self.person:
            values["id"] = self.person.id
            values["version"] = self.person.version
        return values

    def submit(self) -> None:
        for field in self.fields.values():
            field.set_error(None)
        self.message.clear()
        try:
            person = self.service.save(self.values(), self.today)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        except ConflictError as exc:
            self.message.setText(app_text(str(exc)))
            return
        self.person = person
        self.saved.emit(person.id or "")
        self.accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        show_field_errors(self.fields, errors, self.tabs, aliases=MOBILITEIT)
        self.message.setText(
            translate(
                "sleutelpersonen.dialog",
                "Niet opgeslagen: %n velden kloppen nog niet.",
                None,
                len(errors),
            )
        )
