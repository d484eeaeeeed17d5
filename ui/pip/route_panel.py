"""The leerroute part: the advice for B, O and Z with reasons, and the officer's choice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.pip.model import ALFABETISERING, NIVEAUS, Routekeuze, niveau_tekst
from app.pip.prefill import advies_redenen
from app.routes.advice import MOGELIJK, OORDELEN, PAST, RouteAdvies
from ui.i18n import app_text, translate
from ui.pip.fields import HoursEdit, TextEdit
from ui.widgets import ChoiceCombo, Field

COLOURS = {PAST: "#1b5e20", MOGELIJK: "#7a4f00"}
NOT_FIT = "#b71c1c"


def summary_text(advies: RouteAdvies) -> str:
    """The sentence above the three cards; it never contradicts them: no advice while a card
    says "Mogelijk" names that route as the one to weigh."""
    if advies.advies:
        route = app_text(reference.LEERROUTES[advies.advies])
        return translate("pip.route_panel", "Advies: {route}.").format(route=route)
    possible = [
        app_text(reference.LEERROUTES[o.route]) for o in advies.oordelen if o.oordeel == MOGELIJK
    ]
    if len(possible) == 1:
        return translate(
            "pip.route_panel",
            "Geen route past duidelijk; alleen de {route} is mogelijk. Weeg zelf.",
        ).format(route=possible[0])
    if possible:
        return translate(
            "pip.route_panel", "Geen route past duidelijk; mogelijk zijn: {routes}. Weeg zelf."
        ).format(routes=", ".join(possible))
    return translate(
        "pip.route_panel", "Geen route past volgens de intake. Weeg zelf, met de redenen hieronder."
    )


class AdvicePanel(QWidget):
    """Three boxes side by side: does the route fit, and why (citing the intake answers)."""

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, tuple[QLabel, QLabel]] = {}
        for code, name in reference.LEERROUTES.items():
            box = QGroupBox(name)
            box.setObjectName(f"advies_{code}")
            inner = QVBoxLayout(box)
            verdict = QLabel()
            verdict.setObjectName(f"oordeel_{code}")
            reasons = QLabel()
            reasons.setWordWrap(True)
            reasons.setObjectName(f"redenen_{code}")
            inner.addWidget(verdict)
            inner.addWidget(reasons)
            inner.addStretch(1)
            row.addWidget(box, 1)
            self.boxes[code] = (verdict, reasons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

    def show_advice(self, advies: RouteAdvies) -> None:
        for o in advies.oordelen:
            verdict, reasons = self.boxes[o.route]
            colour = COLOURS.get(o.oordeel, NOT_FIT)
            mark = translate("pip.route_panel", " (advies)") if advies.advies == o.route else ""
            label = app_text(OORDELEN[o.oordeel])
            verdict.setText(f"<b style='color:{colour}'>{label}{mark}</b>")
            reasons.setText("\n".join(f"• {app_text(r)}" for r in o.redenen))
        self.summary.setText(" ".join([summary_text(advies), *map(app_text, advies.algemeen)]))


class RouteForm(QWidget):
    """The choice and its reasoning. The reason for deviating shows when the choice differs."""

    route_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.advies: RouteAdvies | None = None
        self.stored_advies = ""
        self.stored_redenen: tuple[str, ...] = ()
        self.leerroute = ChoiceCombo(
            list(reference.LEERROUTES.items()),
            empty=translate("pip.route_panel", "Kies een route…"),
        )
        self.leerroute.setObjectName("leerroute")
        self.niveau = ChoiceCombo(
            list(NIVEAUS.items()), empty=translate("pip.route_panel", "Geen (DUO neemt B1 aan)")
        )
        self.alfabetisering = ChoiceCombo(list(ALFABETISERING.items()))
        self.mag_afmaken = QCheckBox(
            translate("pip.route_panel", "Mag de huidige opleiding eerst afmaken")
        )
        self.intensiteit = HoursEdit()
        self.intensiteit.setToolTip(
            translate("pip.route_panel", "Alleen bij de B1-route van een asielstatushouder.")
        )
        self.motivering = TextEdit("Waarom past deze route? Noem de gegevens uit de intake.")
        self.waarom_niet = TextEdit("Waarom passen de andere routes niet?")
        self.reden_afwijking = TextEdit("De keuze wijkt af van het advies. Waarom?")
        self.reden_afwijking.setObjectName("reden_afwijking")
        self.fields: dict[str, Field] = {}
        form = QFormLayout(self)
        for key, label, editor in (
            ("route.leerroute", "Leerroute", self.leerroute),
            ("route.niveau", "Niveau", self.niveau),
            ("route.alfabetisering", "Alfabetisering", self.alfabetisering),
            ("route.mag_opleiding_afmaken", "", self.mag_afmaken),
            ("route.intensiteit_uren", "Geschatte intensiteit", self.intensiteit),
            ("route.motivering", "Waarom deze route", self.motivering),
            ("route.waarom_niet_andere", "Waarom niet de andere", self.waarom_niet),
            ("route.reden_afwijking", "Reden afwijking", self.reden_afwijking),
        ):
            self.fields[key] = Field(editor)
            form.addRow(label, self.fields[key])
        self._form = form
        self.asielstatushouder = False
        self.leerroute.currentIndexChanged.connect(self._sync)

    def set_advice(self, advies: RouteAdvies) -> None:
        self.advies = advies
        self._sync()

    def current_advies(self) -> str:
        return (self.advies.advies if self.advies else None) or self.stored_advies

    def _sync(self) -> None:
        route = self.leerroute.code()
        advies = self.current_advies()
        differs = bool(route and advies and route != advies)
        self._form.setRowVisible(self.fields["route.reden_afwijking"], differs)
        # the empty level says what it means for this route, exactly as the PDF prints it
        self.niveau.setItemText(0, niveau_tekst(route, "") if route else "Geen")
        if route == "Z":
            self.niveau.set_code("")  # DUO takes no level with the Z-route
        self.niveau.setEnabled(route != "Z")
        b1_asiel = route == "B" and self.asielstatushouder
        self._form.setRowVisible(self.fields["route.intensiteit_uren"], b1_asiel)
        self.route_changed.emit(route)

    def load(self, r: Routekeuze) -> None:
        self.stored_advies, self.stored_redenen = r.advies, r.advies_redenen
        self.leerroute.set_code(r.leerroute)
        self.niveau.set_code(r.niveau)
        self.alfabetisering.set_code(r.alfabetisering)
        self.mag_afmaken.setChecked(r.mag_opleiding_afmaken)
        self.intensiteit.set_value(r.intensiteit_uren)
        self.motivering.setPlainText(r.motivering)
        self.waarom_niet.setPlainText(r.waarom_niet_andere)
        self.reden_afwijking.setPlainText(r.reden_afwijking)
        self._sync()

    def value(self, keep_stored_advice: bool) -> Routekeuze:
        route = self.leerroute.code()
        if keep_stored_advice or self.advies is None:
            advies, redenen = self.stored_advies, self.stored_redenen
        else:
            advies, redenen = self.advies.advies or "", advies_redenen(self.advies)
        differs = bool(route and advies and route != advies)
        return Routekeuze(
            leerroute=route,
            niveau=self.niveau.code(),
            alfabetisering=self.alfabetisering.code() or "NVT",
            mag_opleiding_afmaken=self.mag_afmaken.isChecked(),
            intensiteit_uren=self.intensiteit.value_or_none()
            if route == "B" and self.asielstatushouder
            else None,
            advies=advies,
            advies_redenen=redenen,
            motivering=self.motivering.text(),
            waarom_niet_andere=self.waarom_niet.text(),
            reden_afwijking=self.reden_afwijking.text() if differs else "",
        )
