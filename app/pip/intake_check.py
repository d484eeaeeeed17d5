"""Does the PIP agree with the intake? Warnings (not refusals) for the officer before vaststellen:
the Controle tab and ``pip check`` show them. A pure function over the PIP content, the intake's
answers and the register's settlement date."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from app.pip.model import PipInhoud
from app.validation import format_date

WEEKEND = {5: "zaterdag", 6: "zondag"}
# Text in the reasoning that claims a test outcome.
_TOETS = re.compile(
    r"(leerbaarheids)?toets\w*\s+(wijst|geeft|laat|toont)|uitslag van de (lbt|toets)"
)
_NIET_GEALFA = re.compile(r"niet\s+(ge)?alfabetis|analfabe", re.IGNORECASE)


def tegenspraak(
    inhoud: PipInhoud, answers: Mapping[str, object], vestiging: date | None = None
) -> list[str]:
    """What in the PIP contradicts the recorded intake answers, in Dutch, one line each."""
    out: list[str] = []
    r = inhoud.route
    reasoning = " ".join((r.motivering, r.waarom_niet_andere, r.reden_afwijking)).lower()
    if answers.get("lbt.afgenomen") == "nee" and _TOETS.search(reasoning):
        out.append(
            "De motivering noemt een uitslag van de leerbaarheidstoets, maar volgens de intake "
            "is de toets niet afgenomen."
        )
    alfa = answers.get("taal.alfabetisering")
    if alfa == "gealfabetiseerd" and (r.alfabetisering == "A" or _NIET_GEALFA.search(reasoning)):
        out.append(
            "De PIP zegt dat de inburgeraar nog niet gealfabetiseerd is, maar volgens de intake "
            "leest en schrijft de inburgeraar het Latijnse schrift."
        )
    if alfa == "analfabeet" and r.alfabetisering == "NVT":
        out.append(
            "Volgens de intake is de inburgeraar nog niet gealfabetiseerd, maar de PIP zegt "
            "'alfabetiseringsonderwijs: niet nodig'."
        )
    oz = inhoud.ontzorgen
    if oz.posten and answers.get("financien.bijstand") is False:
        out.append(
            "De PIP regelt ontzorgen, maar volgens de intake heeft de inburgeraar geen bijstand."
        )
    if oz.posten and oz.startdatum and vestiging and oz.startdatum < vestiging:
        out.append(
            f"Het ontzorgen begint op {format_date(oz.startdatum)}, vóór de vestiging in de "
            f"gemeente ({format_date(vestiging)})."
        )
    out += weekend_afspraken(inhoud)
    return out


def weekend_afspraken(inhoud: PipInhoud) -> list[str]:
    """Meetings planned on a Saturday or Sunday (possible, but worth a second look)."""
    found: list[tuple[date, str]] = [
        (v.datum, "voortgangsgesprek") for v in inhoud.voortgangsgesprekken if not v.gehouden
    ]
    found += [(a.datum, f"afspraak '{a.wat}'") for a in inhoud.afspraken if a.datum]
    if inhoud.pvt.datum_ondertekening:
        found.append((inhoud.pvt.datum_ondertekening, "ondertekening PVT"))
    if inhoud.map.datum_eindgesprek:
        found.append((inhoud.map.datum_eindgesprek, "eindgesprek MAP"))
    return [
        f"De {wat} is gepland op {WEEKEND[d.weekday()]} {format_date(d)}."
        for d, wat in sorted(found)
        if d.weekday() in WEEKEND
    ]
