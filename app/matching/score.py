"""Scoring one candidate for one newcomer: hard rules first, then soft factors with reasons.

Every score is the sum of its parts (:class:`Deel`), so an officer can see where it comes from.
The numbers are computed once; the Dutch wording is only produced for what is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app import reference
from app.matching.afstanden import Afstanden
from app.matching.model import NIVEAU_FACTOR, Deel, Gewichten, Kandidaat, Uitkomst, Vraag, familie

Part = tuple[str, float, Any]  # factor, points, detail for the wording


@dataclass(frozen=True)
class Voorbereid:
    """The question prepared once per newcomer: usable languages grouped by family."""

    vraag: Vraag
    per_familie: Mapping[str, tuple[tuple[str, bool], ...]]  # family → (code, own language?)
    themas: frozenset[str]


def voorbereid(vraag: Vraag, g: Gewichten) -> Voorbereid:
    own = vraag.eigen_talen()
    minimum = NIVEAU_FACTOR[g.min_niveau]
    groups: dict[str, list[tuple[str, bool]]] = {}
    for code in sorted(set(vraag.talen) | {vraag.voorkeurstaal}):
        is_own = code in own
        if not is_own and NIVEAU_FACTOR.get(vraag.talen.get(code, ""), 0.0) < minimum:
            continue
        groups.setdefault(familie(code), []).append((code, is_own))
    return Voorbereid(vraag, {f: tuple(v) for f, v in groups.items()}, frozenset(vraag.themas))


def belasting(k: Kandidaat, g: Gewichten) -> float:
    return k.ingezet_uren + k.nieuwe_koppelingen * g.uren_per_koppeling


def _taal(p: Voorbereid, k: Kandidaat, g: Gewichten) -> tuple[float, Any] | None:
    minimum = NIVEAU_FACTOR[g.min_niveau]
    best: tuple[float, Any] | None = None
    for kcode, niveau in k.talen.items():
        level = NIVEAU_FACTOR.get(niveau, 0.0)
        if level < minimum:
            continue
        for ncode, is_own in p.per_familie.get(familie(kcode), ()):
            factor = level
            if ncode != kcode:
                factor *= 0.9 if familie(ncode) in (ncode, kcode) else g.dialect_factor
            if not is_own:
                factor *= g.brugtaal_factor
            if best is None or factor > best[0]:
                best = (factor, (kcode, niveau, ncode, is_own))
    return best


def _uitsluiting(p: Voorbereid, k: Kandidaat, g: Gewichten) -> str | None:
    v = p.vraag
    if k.id in v.uitgesloten:
        return f"uitgesloten: {v.uitgesloten[k.id]}"
    if not k.actief:
        return f"status {k.status}"
    load = belasting(k, g)
    if k.capaciteit_uren <= 0 or load + g.uren_per_koppeling > k.capaciteit_uren:
        return f"zit vol: deze maand {_uur(load)} van {_uur(k.capaciteit_uren)} uur ingezet"
    if v.voorkeur_geslacht in ("V", "M") and k.geslacht != v.voorkeur_geslacht:
        wens = "een vrouw" if v.voorkeur_geslacht == "V" else "een man"
        return f"de inburgeraar wil liever {wens}"
    if (
        v.niet_eigen_gemeenschap
        and v.eigen_gemeenschap_beleid == "uitsluiten"
        and v.land_herkomst in k.landen
    ):
        return "komt uit de eigen gemeenschap; de inburgeraar wil dat liever niet"
    return None


def bereken(p: Voorbereid, k: Kandidaat, g: Gewichten, afst: Afstanden) -> list[Part] | str:
    """The parts of the score, or the hard rule that excludes the candidate."""
    excluded = _uitsluiting(p, k, g)
    if excluded:
        return excluded
    taal = _taal(p, k, g)
    if taal is None:
        return "geen gemeenschappelijke taal"
    v = p.vraag
    parts: list[Part] = [("taal", g.taal * taal[0], taal[1])]
    if v.land_herkomst in k.landen:
        if v.niet_eigen_gemeenschap:
            parts.append(("eigen_gemeenschap", g.eigen_gemeenschap, v.land_herkomst))
        else:
            parts.append(("herkomst", g.herkomst, v.land_herkomst))
    if v.voorkeur_geslacht in ("V", "M"):
        parts.append(("geslacht", g.geslacht, "voorkeur"))
    elif k.geslacht == v.geslacht and v.geslacht in ("V", "M"):
        parts.append(("geslacht", g.geslacht / 2, "gelijk"))
    if p.themas:
        covered = p.themas & k.themas
        parts.append(("themas", g.themas * len(covered) / len(p.themas), covered))
    parts.extend(_afstand(v, k, g, afst))
    parts.append(("beschikbaarheid", g.beschikbaarheid if k.beschikbaarheid else 0.0, None))
    load = belasting(k, g)
    parts.append(("werkdruk", g.werkdruk * max(0.0, 1 - load / k.capaciteit_uren), load))
    dagen = k.dagen_sinds_inzet
    if dagen is None or dagen >= g.lang_niet_gevraagd_dagen:
        parts.append(("lang_niet_gevraagd", g.lang_niet_gevraagd, dagen))
    return parts


def _afstand(v: Vraag, k: Kandidaat, g: Gewichten, afst: Afstanden) -> list[Part]:
    km = afst.tussen(v.gemeentecode, k.gemeentecode)
    if km is None:
        return [("afstand", 0.0, None)]
    effective = km if k.auto else km * 1.5  # by bike or bus a kilometre takes longer
    parts: list[Part] = [("afstand", g.afstand * max(0.0, 1 - effective / g.afstand_max_km), km)]
    if km > k.max_reisafstand_km:
        parts.append(("reisafstand", g.buiten_reisafstand, k.max_reisafstand_km))
    return parts


def score_of(parts: list[Part]) -> float:
    return round(sum(p[1] for p in parts), 2)


def beoordeel(
    p: Voorbereid, k: Kandidaat, g: Gewichten, afst: Afstanden, gemeenten: Mapping[str, str]
) -> Uitkomst:
    """One candidate with all parts worded, also when a hard rule excludes them."""
    result = bereken(p, k, g, afst)
    if isinstance(result, str):
        return Uitkomst(k.id, k.naam, 0.0, (), uitgesloten=result)
    delen = tuple(_deel(part, p, k, g, gemeenten) for part in result)
    return Uitkomst(k.id, k.naam, score_of(result), delen)


# --- wording --------------------------------------------------------------------------------
def _uur(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}".replace(".", ",")


def taal_naam(code: str) -> str:
    return reference.language_name(code) or code


def thema_kort(code: str) -> str:
    label = reference.THEMAS.get(code, code)
    return label.split(" (")[0].lower() if code != "wegwijs_nl" else "hoe Nederland werkt"


def _deel(
    part: Part, p: Voorbereid, k: Kandidaat, g: Gewichten, gemeenten: Mapping[str, str]
) -> Deel:
    factor, punten, detail = part
    punten = round(punten, 2)
    if factor == "taal":
        return Deel(factor, punten, _taal_reden(detail), True)
    if factor == "herkomst":
        return Deel(
            factor, punten, f"komt ook uit {reference.country_name(detail) or detail}", True
        )
    if factor == "eigen_gemeenschap":
        land = reference.country_name(detail) or detail
        return Deel(
            factor,
            punten,
            f"komt ook uit {land}: de inburgeraar wil liever niet iemand uit de eigen gemeenschap",
            False,
        )
    if factor == "geslacht":
        wie = "een vrouw" if k.geslacht == "V" else "een man"
        text = f"is {wie}, zoals gewenst" if detail == "voorkeur" else f"is ook {wie}"
        return Deel(factor, punten, text, True)
    if factor == "themas":
        return _themas_deel(punten, detail, p)
    if factor == "afstand":
        return _afstand_deel(punten, detail, k, gemeenten)
    if factor == "reisafstand":
        return Deel(factor, punten, f"wil hooguit {detail} km reizen", False)
    if factor == "beschikbaarheid":
        if k.beschikbaarheid:
            return Deel(factor, punten, f"vaste tijden: {k.beschikbaarheid}", True)
        return Deel(factor, punten, "geen vaste tijden opgegeven", False)
    if factor == "werkdruk":
        return _werkdruk_deel(punten, detail, k)
    dagen = detail
    text = "nog nooit ingezet" if dagen is None else f"al {dagen} dagen niet gevraagd"
    return Deel(factor, punten, text, True)


def _taal_reden(detail: Any) -> str:
    kcode, niveau, ncode, is_own = detail
    text = f"spreekt {taal_naam(kcode)} ({niveau})"
    if ncode != kcode and familie(ncode) not in (ncode, kcode):
        text += f", een ander dialect dan {taal_naam(ncode)}"
    if not is_own:
        text += " als brugtaal"
    return text


def _themas_deel(punten: float, covered: frozenset[str], p: Voorbereid) -> Deel:
    missing = sorted(p.themas - covered)
    if not covered:
        return Deel(
            "themas", punten, "helpt niet bij " + ", ".join(map(thema_kort, missing)), False
        )
    text = "helpt bij " + ", ".join(thema_kort(t) for t in sorted(covered))
    if missing:
        text += "; niet bij " + ", ".join(thema_kort(t) for t in missing)
    return Deel("themas", punten, text, not missing or len(covered) >= len(missing))


def _afstand_deel(
    punten: float, km: int | None, k: Kandidaat, gemeenten: Mapping[str, str]
) -> Deel:
    plaats = gemeenten.get(k.gemeentecode, k.gemeentecode)
    if km is None:
        return Deel("afstand", punten, f"woont in {plaats}, afstand onbekend", False)
    text = f"woont in {plaats}, {km} km"
    if km and not k.auto:
        text += "; reist zonder auto" if not k.alleen_ov else "; reist met het openbaar vervoer"
    return Deel("afstand", punten, text, km <= 15)


def _werkdruk_deel(punten: float, load: float, k: Kandidaat) -> Deel:
    text = f"heeft deze maand al {_uur(load)} van {_uur(k.capaciteit_uren)} uur ingezet"
    if k.nieuwe_koppelingen:
        n = k.nieuwe_koppelingen
        text += f" (met {n} nieuwe koppeling{'en' if n != 1 else ''})"
    if load / k.capaciteit_uren < 0.5:
        text = text.replace("heeft deze maand al", "heeft ruimte: deze maand")
        return Deel("werkdruk", punten, text, True)
    return Deel("werkdruk", punten, text, False)
