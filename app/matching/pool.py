"""The candidate pool, prepared for fast ranking.

Scoring 10,000 key persons one by one with all parts is too slow for a list that must appear at
once, so the pool precomputes what does not depend on the newcomer (hard rules on status and
capacity, the availability/workload/"not asked for long" points, distance points per home
municipality) and indexes languages by family. :func:`rangschik` then gives the same numbers as
:func:`app.matching.score.bereken` (a test checks this); only the shown top is worded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.matching.afstanden import Afstanden
from app.matching.model import NIVEAU_FACTOR, Gewichten, Kandidaat, familie
from app.matching.score import Voorbereid, belasting

# Exclusion labels for the "not suggested" summary, in the order the hard rules are checked.
UITGESLOTEN = "uitgesloten (belangenconflict)"
INACTIEF = "niet actief"
VOL = "zit vol"
GESLACHT = "ander geslacht dan gewenst"
GEMEENSCHAP = "uit de eigen gemeenschap"


@dataclass
class _Vast:
    """What depends only on the weights: per candidate index."""

    regel: list[str | None]  # INACTIEF / VOL or None
    basis: list[float]  # availability + workload + not asked for long
    afstand: dict[str, list[float]] = field(default_factory=dict)  # home municipality → points


class Pool:
    """The candidates (sorted by name, so ties rank alphabetically), indexed by language family."""

    def __init__(self, kandidaten: Iterable[Kandidaat]) -> None:
        self.kandidaten: tuple[Kandidaat, ...] = tuple(
            sorted(kandidaten, key=lambda k: (k.naam, k.id))
        )
        self.by_id = {k.id: k for k in self.kandidaten}
        self.positie = {k.id: n for n, k in enumerate(self.kandidaten)}
        # family → (language code, level) → candidate indices: one factor per group, not per person
        index: dict[str, dict[tuple[str, float], list[int]]] = {}
        for n, k in enumerate(self.kandidaten):
            for code, niveau in k.talen.items():
                key = (code, NIVEAU_FACTOR.get(niveau, 0.0))
                index.setdefault(familie(code), {}).setdefault(key, []).append(n)
        self.per_familie = index
        # Each theme one bit, each candidate's themes one int: a shared-theme count is then
        # (a & b).bit_count(), not a set intersection (the global assignment counts millions).
        self.thema_bit = {
            t: 1 << n for n, t in enumerate(sorted({t for k in self.kandidaten for t in k.themas}))
        }
        self.thema_masker = [self.themas_masker(k.themas) for k in self.kandidaten]
        self.geslacht = [k.geslacht for k in self.kandidaten]
        self.afstand_sleutel = [afstand_sleutel(k) for k in self.kandidaten]
        self._vast: dict[Gewichten, _Vast] = {}

    def __len__(self) -> int:
        return len(self.kandidaten)

    def themas_masker(self, themas: Iterable[str]) -> int:
        """The bits of *themas* (a theme no candidate has gets none: it is shared by nobody)."""
        mask = 0
        for t in themas:
            mask |= self.thema_bit.get(t, 0)
        return mask

    def vast(self, g: Gewichten) -> _Vast:
        found = self._vast.get(g)
        if found is None:
            found = self._vast[g] = _prepare(self.kandidaten, g)
        return found

    def afstand(self, g: Gewichten, gemeentecode: str, afst: Afstanden) -> list[float]:
        """Distance points of every candidate for a newcomer living in *gemeentecode*,
        computed once per municipality and weights."""
        vast = self.vast(g)
        points = vast.afstand.get(gemeentecode)
        if points is None:
            points = vast.afstand[gemeentecode] = [
                _afstand_punten(gemeentecode, k, g, afst) for k in self.kandidaten
            ]
        return points


def _prepare(kandidaten: tuple[Kandidaat, ...], g: Gewichten) -> _Vast:
    regel: list[str | None] = []
    basis: list[float] = []
    for k in kandidaten:
        load = belasting(k, g)
        if not k.actief:
            regel.append(INACTIEF)
        elif k.capaciteit_uren <= 0 or load + g.uren_per_koppeling > k.capaciteit_uren:
            regel.append(VOL)
        else:
            regel.append(None)
        points = g.beschikbaarheid if k.beschikbaarheid else 0.0
        if k.capaciteit_uren > 0:
            points += g.werkdruk * max(0.0, 1 - load / k.capaciteit_uren)
        dagen = k.dagen_sinds_inzet
        if dagen is None or dagen >= g.lang_niet_gevraagd_dagen:
            points += g.lang_niet_gevraagd
        basis.append(points)
    return _Vast(regel, basis)


def afstand_sleutel(k: Kandidaat) -> tuple[object, ...]:
    """Everything of *k* that :func:`_afstand_punten` reads: key persons with the same key get
    the same distance points from every municipality (app/matching/ranking.py relies on it)."""
    return (k.gemeentecode, k.auto, k.max_reisafstand_km)


def _afstand_punten(gemeentecode: str, k: Kandidaat, g: Gewichten, afst: Afstanden) -> float:
    km = afst.tussen(gemeentecode, k.gemeentecode)
    if km is None:
        return 0.0
    effective = km if k.auto else km * 1.5
    points = g.afstand * max(0.0, 1 - effective / g.afstand_max_km)
    if km > k.max_reisafstand_km:
        points += g.buiten_reisafstand
    return points


def talen_van(p: Voorbereid, pool: Pool, g: Gewichten) -> dict[int, float]:
    """Best language factor per candidate index, for candidates sharing a usable language."""
    minimum = NIVEAU_FACTOR[g.min_niveau]
    groups: list[tuple[float, list[int]]] = []
    for fam, options in p.per_familie.items():
        for (kcode, level), members in pool.per_familie.get(fam, {}).items():
            if level < minimum:
                continue
            best = -1.0
            for ncode, is_own in options:
                factor = level
                if ncode != kcode:
                    factor *= 0.9 if familie(ncode) in (ncode, kcode) else g.dialect_factor
                if not is_own:
                    factor *= g.brugtaal_factor
                best = max(best, factor)
            groups.append((best, members))
    result: dict[int, float] = {}
    # Lowest factor first: a candidate in several groups ends with their best factor.
    for factor, members in sorted(groups, key=lambda fm: fm[0]):
        result.update(dict.fromkeys(members, factor))
    return result


def rangschik(
    p: Voorbereid, pool: Pool, g: Gewichten, afst: Afstanden
) -> tuple[list[tuple[float, int]], Counter[str], int]:
    """(score, -candidate index) for everyone allowed (so ``heapq.nlargest`` ranks them),
    exclusions per rule, and how many candidates share no usable language with the newcomer."""
    v = p.vraag
    vast = pool.vast(g)
    afstand = pool.afstand(g, v.gemeentecode, afst)
    talen = talen_van(p, pool, g)
    kandidaten, regel, basis = pool.kandidaten, vast.regel, vast.basis
    wens = v.voorkeur_geslacht if v.voorkeur_geslacht in ("V", "M") else ""
    zelfde = v.geslacht if v.geslacht in ("V", "M") else ""
    herkomst = g.eigen_gemeenschap if v.niet_eigen_gemeenschap else g.herkomst
    uitsluiten = v.niet_eigen_gemeenschap and v.eigen_gemeenschap_beleid == "uitsluiten"
    themas, n_themas = p.themas, len(p.themas)
    scored: list[tuple[float, int]] = []
    excluded: Counter[str] = Counter()
    for n, factor in talen.items():
        k = kandidaten[n]
        if v.uitgesloten and k.id in v.uitgesloten:
            excluded[UITGESLOTEN] += 1
            continue
        rule = regel[n]
        if rule is not None:
            excluded[rule] += 1
            continue
        if wens and k.geslacht != wens:
            excluded[GESLACHT] += 1
            continue
        score = g.taal * factor + basis[n] + afstand[n]
        if v.land_herkomst in k.landen:
            if uitsluiten:
                excluded[GEMEENSCHAP] += 1
                continue
            score += herkomst
        if wens:
            score += g.geslacht
        elif zelfde and k.geslacht == zelfde:
            score += g.geslacht / 2
        if n_themas:
            score += g.themas * len(themas & k.themas) / n_themas
        scored.append((score, -n))  # -n: on equal scores the name first in order wins
    return scored, excluded, len(pool) - len(talen)
