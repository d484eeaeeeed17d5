"""Route advice: for each leerroute (B, O, Z) whether it fits, with reasons citing the intake.

A pure function over `RouteInput`; the thresholds (`AdviesRegels`) are arguments. The officer
decides; the advice and its reasons are kept with the PIP because a route decision must be
carefully reasoned (why this route, why not the others).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

PAST = "past"
PAST_NIET = "past_niet"
MOGELIJK = "mogelijk"
OORDELEN: dict[str, str] = {PAST: "Past", PAST_NIET: "Past niet", MOGELIJK: "Mogelijk"}
OPLEIDINGEN = ("geen", "basis", "voortgezet", "mbo", "hbo_wo")
OPLEIDING_LABELS = {
    "geen": "geen opleiding",
    "basis": "basisonderwijs",
    "voortgezet": "voortgezet onderwijs",
    "mbo": "mbo",
    "hbo_wo": "hbo of wo",
}


@dataclass(frozen=True)
class AdviesRegels:
    max_leeftijd_onderwijsroute: int = 28  # "tot 28 jaar": unconfirmed, so a parameter
    min_opleiding_onderwijsroute: str = "voortgezet"


STANDAARD_REGELS = AdviesRegels()


@dataclass(frozen=True)
class RouteInput:
    lbt_afgenomen: bool | None = None
    lbt_reden_niet: str = ""
    lbt_resultaat: str | None = None  # "B1-route haalbaar" / "B1-route niet haalbaar" / "Onbekend"
    lbt_score: int | None = None
    lbt_benodigd: int | None = None
    leeftijd: int | None = None
    opleiding: str | None = None  # key of OPLEIDINGEN
    alfabetisering: str | None = None  # gealfabetiseerd / anders_gealfabetiseerd / analfabeet
    belastbaarheid: str | None = None  # volledig / beperkt / zeer_beperkt
    asielstatushouder: bool = False
    huidige_opleiding: bool | None = None
    mag_afmaken: bool | None = None
    wil_studeren: bool | None = None


@dataclass(frozen=True)
class RouteOordeel:
    route: str  # B / O / Z
    oordeel: str  # PAST / PAST_NIET / MOGELIJK
    redenen: tuple[str, ...]


@dataclass(frozen=True)
class RouteAdvies:
    oordelen: tuple[RouteOordeel, ...]
    advies: str | None  # the route that fits best, or None when none clearly fits
    algemeen: tuple[str, ...] = field(default=())

    def voor(self, route: str) -> RouteOordeel:
        return next(o for o in self.oordelen if o.route == route)


@dataclass
class _Weging:
    route: str
    tegen: list[str] = field(default_factory=list)
    twijfel: list[str] = field(default_factory=list)
    voor: list[str] = field(default_factory=list)

    def result(self) -> RouteOordeel:
        if self.tegen:
            return RouteOordeel(self.route, PAST_NIET, tuple(self.tegen + self.twijfel + self.voor))
        if self.twijfel or not self.voor:
            reasons = self.twijfel + self.voor or ["Te weinig gegevens uit de intake."]
            return RouteOordeel(self.route, MOGELIJK, tuple(reasons))
        return RouteOordeel(self.route, PAST, tuple(self.voor))


def _lbt(r: RouteInput) -> str:
    """'haalbaar', 'niet_haalbaar' or 'onbekend'. DUO's reported result is the main indicator:
    a test not taken, or a result DUO reports as 'Onbekend', gives no direction, whatever scores
    are filled in. Only without any reported result do the scores decide."""
    if r.lbt_afgenomen is False or r.lbt_resultaat == "Onbekend":
        return "onbekend"
    if r.lbt_resultaat == "B1-route haalbaar":
        return "haalbaar"
    if r.lbt_resultaat == "B1-route niet haalbaar":
        return "niet_haalbaar"
    if r.lbt_score is not None and r.lbt_benodigd is not None:
        return "haalbaar" if r.lbt_score >= r.lbt_benodigd else "niet_haalbaar"
    return "onbekend"


def _lbt_zin(r: RouteInput) -> str:
    if r.lbt_afgenomen is False:
        reden = f" ({r.lbt_reden_niet})" if r.lbt_reden_niet else ""
        return f"De leerbaarheidstoets is niet afgenomen{reden}"
    score = ""
    if r.lbt_score is not None and r.lbt_benodigd is not None:
        score = f", score {r.lbt_score} van de benodigde {r.lbt_benodigd}"
    return f"Leerbaarheidstoets: {r.lbt_resultaat or 'geen uitslag'}{score}"


def _b1(r: RouteInput, lbt: str) -> RouteOordeel:
    w = _Weging("B")
    zin = _lbt_zin(r)
    if lbt == "haalbaar":
        w.voor.append(f"{zin}: B1 is haalbaar.")
    elif lbt == "niet_haalbaar":
        w.tegen.append(f"{zin}: B1 is niet haalbaar.")
    else:
        w.twijfel.append(f"{zin}; de uitslag geeft geen richting, weeg de andere gegevens.")
    if r.belastbaarheid == "zeer_beperkt":
        w.tegen.append("Belastbaarheid zeer beperkt: een B1-route met werk is te zwaar.")
    elif r.belastbaarheid == "beperkt":
        w.twijfel.append("Belastbaarheid beperkt: let op de intensiteit van de B1-route.")
    if r.alfabetisering == "analfabeet":
        w.twijfel.append("Niet gealfabetiseerd: eerst alfabetisering nodig (indicator A).")
    return w.result()


def _onderwijs(r: RouteInput, lbt: str, regels: AdviesRegels) -> RouteOordeel:
    w = _Weging("O")
    max_age = regels.max_leeftijd_onderwijsroute
    if r.leeftijd is None:
        w.twijfel.append("Leeftijd onbekend.")
    elif r.leeftijd >= max_age:
        w.tegen.append(f"Leeftijd {r.leeftijd}: de onderwijsroute is voor jongeren tot {max_age}.")
    else:
        w.voor.append(f"Leeftijd {r.leeftijd}: jonger dan {max_age}.")
    if lbt == "niet_haalbaar":
        w.tegen.append(f"{_lbt_zin(r)}: het taalschakeltraject vraagt B1 of hoger.")
    elif lbt == "onbekend":
        w.twijfel.append(f"{_lbt_zin(r)}.")
    else:
        w.voor.append(f"{_lbt_zin(r)}.")
    if r.wil_studeren is True:
        w.voor.append("Wil in Nederland een opleiding (mbo, hbo of wo) volgen.")
    elif r.wil_studeren is False:
        w.tegen.append("Wil in Nederland geen opleiding volgen.")
    else:
        w.twijfel.append("Niet bekend of hij of zij wil doorstuderen.")
    _opleiding(r, w, regels)
    if r.alfabetisering == "analfabeet":
        w.tegen.append("Niet gealfabetiseerd: een taalschakeltraject is dan niet haalbaar.")
    if r.belastbaarheid == "zeer_beperkt":
        w.tegen.append("Belastbaarheid zeer beperkt: een voltijds traject is te zwaar.")
    elif r.belastbaarheid == "beperkt":
        w.twijfel.append("Belastbaarheid beperkt: een voltijds traject kan te zwaar zijn.")
    return w.result()


def _opleiding(r: RouteInput, w: _Weging, regels: AdviesRegels) -> None:
    if r.opleiding not in OPLEIDINGEN:
        w.twijfel.append("Opleiding in het land van herkomst onbekend.")
        return
    label = OPLEIDING_LABELS[r.opleiding]
    minimum = regels.min_opleiding_onderwijsroute
    if OPLEIDINGEN.index(r.opleiding) >= OPLEIDINGEN.index(minimum):
        w.voor.append(f"Opleiding in het land van herkomst: {label}.")
    else:
        w.twijfel.append(
            f"Opleiding in het land van herkomst: {label}; lager dan "
            f"{OPLEIDING_LABELS[minimum]}, dus een grote stap."
        )


def _z(r: RouteInput, lbt: str) -> RouteOordeel:
    w = _Weging("Z")
    if lbt == "niet_haalbaar":
        w.voor.append(f"{_lbt_zin(r)}: de Z-route (doel A1, zelfredzaamheid) sluit aan.")
    elif lbt == "haalbaar" and r.belastbaarheid in (None, "volledig"):
        w.tegen.append(f"{_lbt_zin(r)}: B1 is haalbaar, de Z-route vraagt te weinig.")
    elif lbt == "haalbaar" and r.belastbaarheid == "beperkt":
        w.twijfel.append(f"{_lbt_zin(r)}, maar de belastbaarheid is beperkt.")
    elif lbt == "haalbaar":
        w.voor.append(f"{_lbt_zin(r)}, maar de belastbaarheid weegt zwaarder.")
    else:
        w.twijfel.append(f"{_lbt_zin(r)}.")
    if r.belastbaarheid == "zeer_beperkt":
        w.voor.append("Belastbaarheid zeer beperkt: de Z-route past bij wat haalbaar is.")
    if r.alfabetisering == "analfabeet":
        w.voor.append("Niet gealfabetiseerd: de Z-route met alfabetisering sluit aan.")
    if r.asielstatushouder:
        w.voor.append("Asielstatushouder: 800 uur taal en KNM plus 800 uur participatie.")
    else:
        w.voor.append("Gezins- of overige migrant: 800 uur taal en KNM.")
    return w.result()


def advise(r: RouteInput, regels: AdviesRegels = AdviesRegels()) -> RouteAdvies:
    lbt = _lbt(r)
    oordelen = (_b1(r, lbt), _onderwijs(r, lbt, regels), _z(r, lbt))
    fitting = [o.route for o in oordelen if o.oordeel == PAST]
    # Preference when more than one fits: onderwijsroute, then B1, then Z.
    advies = next((x for x in ("O", "B", "Z") if x in fitting), None)
    algemeen: list[str] = []
    if r.huidige_opleiding:
        if r.mag_afmaken:
            algemeen.append("Volgt nu een opleiding en mag die eerst afmaken.")
        else:
            algemeen.append("Volgt nu een opleiding: bepaal of die eerst afgemaakt mag worden.")
    return RouteAdvies(oordelen, advies, tuple(algemeen))


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def route_input_from(inburgeraar: Any, answers: Mapping[str, object], today: date) -> RouteInput:
    """Build the input from an Inburgeraar and intake answers (ids of the intake contract)."""
    afgenomen = _str(answers.get("lbt.afgenomen"))
    birth = getattr(inburgeraar, "geboortedatum", None)
    return RouteInput(
        lbt_afgenomen=None if afgenomen is None else afgenomen == "ja",
        lbt_reden_niet=_str(answers.get("lbt.reden_niet_afgenomen")) or "",
        lbt_resultaat=_str(answers.get("lbt.resultaat")),
        lbt_score=_int(answers.get("lbt.score_behaald")),
        lbt_benodigd=_int(answers.get("lbt.score_benodigd")),
        leeftijd=_age(birth, today) if isinstance(birth, date) else None,
        opleiding=_str(answers.get("opleiding.hoogste_niveau")),
        alfabetisering=_str(answers.get("taal.alfabetisering")),
        belastbaarheid=_str(answers.get("gezondheid.belastbaarheid")),
        asielstatushouder=bool(getattr(inburgeraar, "is_asielstatushouder", False)),
        huidige_opleiding=_bool(answers.get("opleiding.huidige_opleiding")),
        mag_afmaken=_bool(answers.get("opleiding.mag_afmaken")),
        wil_studeren=_bool(answers.get("opleiding.wil_doorstuderen")),
    )
