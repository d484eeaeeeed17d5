"""The parts of the PIP besides the route: trajects, support, key person."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from app import reference
from app.pip.model import (
    MAP_MIN_UREN,
    ONTZORG_POSTEN,
    PVT_MIN_UREN,
    Map,
    Ontzorgen,
    Pvt,
    SleutelpersoonRol,
)
from app.session import Session
from ui.i18n import translate
from ui.pip.fields import DateEdit, HoursEdit, TextEdit, parse_into
from ui.pip.sleutelpersoon import SleutelpersoonKeuze
from ui.widgets import Field


def _checks(items: dict[str, str], columns: int = 5) -> tuple[QWidget, dict[str, QCheckBox]]:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    checks = {}
    for i, (code, label) in enumerate(items.items()):
        checks[code] = QCheckBox(label)
        grid.addWidget(checks[code], i // columns, i % columns)
    grid.setColumnStretch(columns, 1)
    return box, checks


class PartsForm(QWidget):
    """Trajects (taalschakeltraject, KNM, PVT, MAP)."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, Field] = {}
        self.taalschakeltraject = TextEdit("Alleen bij de onderwijsroute: school, duur, doel.")
        self.knm = TextEdit("Hoe en waar KNM wordt gevolgd.")
        self.begeleiding = TextEdit("Welke ondersteuning en begeleiding de gemeente geeft.")
        self.pvt_inhoud = TextEdit("Inhoud van het participatieverklaringstraject.")
        self.pvt_uren = HoursEdit()
        self.pvt_datum = DateEdit()
        self.pvt_afgerond = QCheckBox(translate("pip.parts", "Verklaring ondertekend"))
        self.map_inhoud = TextEdit("Inhoud van de MAP (niet bij de onderwijsroute).")
        self.map_uren = HoursEdit()
        self.map_datum = DateEdit()
        self.map_afgerond = QCheckBox(translate("pip.parts", "Eindgesprek gehouden"))
        layout = QVBoxLayout(self)
        general = QFormLayout()
        self._add(general, "begeleiding", translate("pip.parts", "Ondersteuning"), self.begeleiding)
        self._add(
            general,
            "taalschakeltraject",
            translate("pip.parts", "Taalschakeltraject"),
            self.taalschakeltraject,
        )
        self._add(general, "knm", translate("pip.parts", "KNM"), self.knm)
        self.general = general
        layout.addLayout(general)
        pvt = QGroupBox(
            translate("pip.parts", "PVT (minstens {PVT_MIN_UREN} uur)").format(
                PVT_MIN_UREN=PVT_MIN_UREN
            )
        )
        form = QFormLayout(pvt)
        self._add(form, "pvt.inhoud", translate("pip.parts", "Inhoud"), self.pvt_inhoud)
        self._add(form, "pvt.uren", translate("pip.parts", "Uren"), self.pvt_uren)
        self._add(
            form,
            "pvt.datum_ondertekening",
            translate("pip.parts", "Geplande ondertekening"),
            self.pvt_datum,
        )
        form.addRow("", self.pvt_afgerond)
        layout.addWidget(pvt)
        self.map_box = QGroupBox(
            translate("pip.parts", "MAP (minstens {MAP_MIN_UREN} uur praktijk)").format(
                MAP_MIN_UREN=MAP_MIN_UREN
            )
        )
        form = QFormLayout(self.map_box)
        self._add(form, "map.inhoud", translate("pip.parts", "Inhoud"), self.map_inhoud)
        self._add(form, "map.uren", translate("pip.parts", "Uren"), self.map_uren)
        self._add(
            form, "map.datum_eindgesprek", translate("pip.parts", "Eindgesprek"), self.map_datum
        )
        form.addRow("", self.map_afgerond)
        layout.addWidget(self.map_box)
        layout.addStretch(1)

    def _add(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> None:
        self.fields[key] = Field(editor)
        form.addRow(label, self.fields[key])

    def set_route(self, route: str) -> None:
        self.general.setRowVisible(self.fields["taalschakeltraject"], route == "O")
        self.map_box.setVisible(route != "O")

    def load(self, begeleiding: str, taal: str, knm: str, pvt: Pvt, mp: Map) -> None:
        self.begeleiding.setPlainText(begeleiding)
        self.taalschakeltraject.setPlainText(taal)
        self.knm.setPlainText(knm)
        self.pvt_inhoud.setPlainText(pvt.inhoud)
        self.pvt_uren.set_value(pvt.uren)
        self.pvt_datum.set_value(pvt.datum_ondertekening)
        self.pvt_afgerond.setChecked(pvt.afgerond)
        self.map_inhoud.setPlainText(mp.inhoud)
        self.map_uren.set_value(mp.uren)
        self.map_datum.set_value(mp.datum_eindgesprek)
        self.map_afgerond.setChecked(mp.afgerond)

    def pvt(self, errors: dict[str, str]) -> Pvt:
        datum = parse_into(errors, "pvt.datum_ondertekening", self.pvt_datum)
        return Pvt(
            self.pvt_inhoud.text(),
            self.pvt_uren.value_or_none(),
            datum,
            self.pvt_afgerond.isChecked(),
        )

    def map(self, errors: dict[str, str], route: str) -> Map:
        if route == "O":
            return Map()
        datum = parse_into(errors, "map.datum_eindgesprek", self.map_datum)
        return Map(
            self.map_inhoud.text(),
            self.map_uren.value_or_none(),
            datum,
            self.map_afgerond.isChecked(),
        )


class SupportForm(QWidget):
    """Ontzorgen, maatschappelijke begeleiding, preconditions, participation, key person."""

    def __init__(self, session: Session, inburgeraar_id: str, klantmanager: str = "") -> None:
        super().__init__()
        self.fields: dict[str, Field] = {}
        layout = QVBoxLayout(self)
        self.ontzorgen_box = QGroupBox(
            translate("pip.parts", "Ontzorgen (asielstatushouder in de bijstand, 6 maanden)")
        )
        form = QFormLayout(self.ontzorgen_box)
        posten, self.posten = _checks(ONTZORG_POSTEN)
        self.oz_start = DateEdit()
        self.machtiging = QCheckBox(translate("pip.parts", "Machtiging getekend"))
        self._add(form, "ontzorgen.posten", translate("pip.parts", "Betaalt de gemeente"), posten)
        self._add(
            form, "ontzorgen.startdatum", translate("pip.parts", "Start bijstand"), self.oz_start
        )
        self._add(form, "ontzorgen.machtiging_getekend", "", self.machtiging)
        layout.addWidget(self.ontzorgen_box)
        other = QFormLayout()
        self.other = other
        self.maatschappelijk = TextEdit("Alleen voor asielstatushouders.")
        self.randvoorwaarden = TextEdit("Bijvoorbeeld kinderopvang, vervoer.")
        self.participatie = TextEdit("Vrijwilligerswerk, werk, activiteiten.")
        self._add(
            other,
            "maatschappelijke_begeleiding",
            translate("pip.parts", "Maatsch. begeleiding"),
            self.maatschappelijk,
        )
        self._add(
            other,
            "randvoorwaarden",
            translate("pip.parts", "Randvoorwaarden"),
            self.randvoorwaarden,
        )
        self._add(other, "participatie", translate("pip.parts", "Participatie"), self.participatie)
        layout.addLayout(other)
        sp = QGroupBox(translate("pip.parts", "Sleutelpersoon"))
        form = QFormLayout(sp)
        rollen, self.rollen = _checks(reference.SLEUTELPERSOON_ROLLEN, columns=4)
        self.sp_keuze = SleutelpersoonKeuze(session, inburgeraar_id, klantmanager)
        self.sp_toelichting = TextEdit("Wat is afgesproken over de rol?")
        self._add(form, "sleutelpersoon.rollen", translate("pip.parts", "Rol"), rollen)
        self._add(form, "sleutelpersoon.naam", translate("pip.parts", "Naam"), self.sp_keuze)
        self._add(
            form,
            "sleutelpersoon.toelichting",
            translate("pip.parts", "Afspraak"),
            self.sp_toelichting,
        )
        layout.addWidget(sp)
        layout.addStretch(1)

    def _add(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> None:
        self.fields[key] = Field(editor)
        form.addRow(label, self.fields[key])

    def set_asielstatushouder(self, asiel: bool) -> None:
        self.ontzorgen_box.setVisible(asiel)
        self.other.setRowVisible(self.fields["maatschappelijke_begeleiding"], asiel)

    def load(
        self, oz: Ontzorgen, maatsch: str, rand: str, part: str, sp: SleutelpersoonRol
    ) -> None:
        for code, check in self.posten.items():
            check.setChecked(code in oz.posten)
        self.oz_start.set_value(oz.startdatum)
        self.machtiging.setChecked(oz.machtiging_getekend)
        self.maatschappelijk.setPlainText(maatsch)
        self.randvoorwaarden.setPlainText(rand)
        self.participatie.setPlainText(part)
        for code, check in self.rollen.items():
            check.setChecked(code in sp.rollen)
        self.sp_keuze.load(sp.sleutelpersoon_id, sp.naam)
        self.sp_toelichting.setPlainText(sp.toelichting)

    def ontzorgen(self, errors: dict[str, str], asiel: bool) -> Ontzorgen:
        if not asiel:
            return Ontzorgen()
        start = parse_into(errors, "ontzorgen.startdatum", self.oz_start)
        posten = tuple(c for c, check in self.posten.items() if check.isChecked())
        return Ontzorgen(posten, start, self.machtiging.isChecked())

    def sleutelpersoon(self) -> SleutelpersoonRol:
        rollen = tuple(c for c, check in self.rollen.items() if check.isChecked())
        person_id, naam = self.sp_keuze.value()
        return SleutelpersoonRol(rollen, person_id, naam, self.sp_toelichting.text())
