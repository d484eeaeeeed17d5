"""Content rules of a PIP: what is wrong (refused on save) and what is missing (before signing)."""

from __future__ import annotations

from app import reference
from app.pip.model import MAP_MIN_UREN, ONTZORG_POSTEN, PVT_MIN_UREN, PipInhoud

MAX_TEKST = 4000


def fouten(inhoud: PipInhoud, asielstatushouder: bool) -> dict[str, str]:
    """Field → message for content that can never be right; a concept with these is refused."""
    e: dict[str, str] = {}
    r = inhoud.route
    if r.leerroute not in ("", "B", "O", "Z"):
        e["route.leerroute"] = "Kies B1-route, onderwijsroute of Z-route."
    if r.niveau not in ("", "A2", "B1"):
        e["route.niveau"] = "Het niveau is A2 of B1."
    if r.alfabetisering not in ("A", "AA", "NVT"):
        e["route.alfabetisering"] = "Kies A, AA of NVT."
    if r.intensiteit_uren is not None and not (r.leerroute == "B" and asielstatushouder):
        e["route.intensiteit_uren"] = (
            "Een geschatte intensiteit hoort alleen bij de B1-route van een asielstatushouder."
        )
    elif r.intensiteit_uren is not None and not 1 <= r.intensiteit_uren <= 9999:
        e["route.intensiteit_uren"] = "De intensiteit is 1 tot en met 9999 uur."
    if inhoud.pvt.uren is not None and inhoud.pvt.uren < PVT_MIN_UREN:
        e["pvt.uren"] = f"Het PVT duurt minstens {PVT_MIN_UREN} uur."
    if inhoud.map.uren is not None and inhoud.map.uren < MAP_MIN_UREN:
        e["map.uren"] = f"De MAP heeft minstens {MAP_MIN_UREN} uur praktijkdeel."
    has_map = bool(inhoud.map.inhoud or inhoud.map.uren or inhoud.map.datum_eindgesprek)
    if r.leerroute == "O" and has_map:
        e["map.inhoud"] = "De onderwijsroute heeft geen MAP."
    oz = inhoud.ontzorgen
    if set(oz.posten) - set(ONTZORG_POSTEN):
        e["ontzorgen.posten"] = "Onbekende post bij ontzorgen."
    if not asielstatushouder and (oz.posten or oz.startdatum):
        e["ontzorgen.posten"] = "Ontzorgen is alleen voor asielstatushouders in de bijstand."
    if not asielstatushouder and inhoud.maatschappelijke_begeleiding:
        e["maatschappelijke_begeleiding"] = (
            "Maatschappelijke begeleiding is alleen voor asielstatushouders."
        )
    if set(inhoud.sleutelpersoon.rollen) - set(reference.SLEUTELPERSOON_ROLLEN):
        e["sleutelpersoon.rollen"] = "Onbekende rol van de sleutelpersoon."
    for i, a in enumerate(inhoud.afspraken):
        if not a.wie.strip() or not a.wat.strip():
            e[f"afspraken.{i}"] = "Een afspraak heeft een wie en een wat."
    for name in ("begeleiding", "knm", "participatie", "randvoorwaarden", "taalschakeltraject"):
        if len(getattr(inhoud, name)) > MAX_TEKST:
            e[name] = f"Te lang: hooguit {MAX_TEKST} tekens."
    return e


def ontbreekt(inhoud: PipInhoud, asielstatushouder: bool) -> dict[str, str]:
    """Field → message for what a PIP must contain before it goes for signing."""
    e: dict[str, str] = {}
    r = inhoud.route
    if not r.leerroute:
        e["route.leerroute"] = "Kies een leerroute."
    if not r.motivering.strip():
        e["route.motivering"] = "Schrijf waarom deze leerroute past."
    if not r.waarom_niet_andere.strip():
        e["route.waarom_niet_andere"] = "Schrijf waarom de andere routes niet passen."
    if r.leerroute and r.advies and r.leerroute != r.advies and not r.reden_afwijking.strip():
        e["route.reden_afwijking"] = "De keuze wijkt af van het advies: schrijf waarom."
    if r.leerroute == "O" and not inhoud.taalschakeltraject.strip():
        e["taalschakeltraject"] = "Beschrijf het taalschakeltraject."
    if inhoud.pvt.uren is None:
        e["pvt.uren"] = f"Vul de uren van het PVT in (minstens {PVT_MIN_UREN})."
    if r.leerroute in ("B", "Z") and inhoud.map.uren is None:
        e["map.uren"] = f"Vul de uren van de MAP in (minstens {MAP_MIN_UREN})."
    if asielstatushouder and inhoud.ontzorgen.posten and not inhoud.ontzorgen.machtiging_getekend:
        e["ontzorgen.machtiging_getekend"] = "Ontzorgen kan pas met een getekende machtiging."
    if asielstatushouder and inhoud.ontzorgen.posten and inhoud.ontzorgen.startdatum is None:
        e["ontzorgen.startdatum"] = "Vul de startdatum van het ontzorgen in."
    return e
