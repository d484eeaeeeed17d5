"""A first PIP concept from the intake: only what the intake already says, plus the advice."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from app.pip.model import ONTZORG_POSTEN, Ontzorgen, PipInhoud, Routekeuze, SleutelpersoonRol
from app.routes.advice import STANDAARD_REGELS, AdviesRegels, RouteAdvies, advise, route_input_from

if TYPE_CHECKING:
    from app.session import Session

ALFA = {"analfabeet": "A", "anders_gealfabetiseerd": "AA", "gealfabetiseerd": "NVT"}


def intake_answers(session: Session, inburgeraar_id: str) -> dict[str, object]:
    """The intake's answers for a person ({} when the intake cannot be read)."""
    try:
        return dict(session.intake.answers(inburgeraar_id))
    except Exception:  # the PIP must open even when the intake cannot be read
        return {}


def advice_for(
    inburgeraar: Any,
    answers: Mapping[str, object],
    today: date,
    regels: AdviesRegels = STANDAARD_REGELS,
) -> RouteAdvies:
    return advise(route_input_from(inburgeraar, answers, today), regels)


def advies_redenen(advies: RouteAdvies) -> tuple[str, ...]:
    from app.reference import LEERROUTES
    from app.routes.advice import OORDELEN

    lines = []
    for o in advies.oordelen:
        lines.append(
            f"{LEERROUTES[o.route]}: {OORDELEN[o.oordeel].lower()}. " + " ".join(o.redenen)
        )
    return (*lines, *advies.algemeen)


def prefill(
    inburgeraar: Any,
    answers: Mapping[str, object],
    today: date,
    regels: AdviesRegels = STANDAARD_REGELS,
) -> PipInhoud:
    advies = advice_for(inburgeraar, answers, today, regels)
    asiel = bool(getattr(inburgeraar, "is_asielstatushouder", False))
    route = Routekeuze(
        leerroute=advies.advies or "",
        niveau="B1" if advies.advies in ("B", "O") else "",
        alfabetisering=ALFA.get(str(answers.get("taal.alfabetisering", "")), "NVT"),
        mag_opleiding_afmaken=answers.get("opleiding.mag_afmaken") is True,
        advies=advies.advies or "",
        advies_redenen=advies_redenen(advies),
    )
    ontzorgen = Ontzorgen()
    bijstand = answers.get("financien.bijstand") is True
    if asiel and bijstand and answers.get("financien.ontzorgen_nodig") is not False:
        ontzorgen = Ontzorgen(posten=tuple(ONTZORG_POSTEN))
    begeleiding = ""
    if asiel and answers.get("begeleiding.maatschappelijke_begeleiding") is True:
        begeleiding = "Maatschappelijke begeleiding in het eerste jaar."
    randvoorwaarden = []
    if answers.get("gezin.kinderopvang_nodig") is True:
        randvoorwaarden.append("Kinderopvang regelen.")
    if answers.get("mobiliteit.vervoer") == "geen":
        randvoorwaarden.append("Vervoer naar les en werk regelen.")
    sleutel = SleutelpersoonRol()
    if answers.get("sleutelpersoon.gewenst") == "ja":
        sleutel = SleutelpersoonRol(toelichting="Wil graag een sleutelpersoon.")
    return PipInhoud(
        route=route,
        maatschappelijke_begeleiding=begeleiding,
        ontzorgen=ontzorgen,
        randvoorwaarden=" ".join(randvoorwaarden),
        sleutelpersoon=sleutel,
    )
