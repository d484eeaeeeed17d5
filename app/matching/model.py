"""What matching works on: the newcomer's question, the candidates, the weights, the outcome."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# How much a language level is worth when a key person helps in that language.
NIVEAU_FACTOR: dict[str, float] = {
    "moedertaal": 1.0,
    "vloeiend": 0.9,
    "goed": 0.75,
    "redelijk": 0.5,
    "beginner": 0.15,
}

# Dialects and varieties that share a macrolanguage: close enough to help, not the same.
TAALFAMILIE: dict[str, str] = {
    "apc": "ar",
    "apd": "ar",
    "arz": "ar",
    "acm": "ar",
    "ayl": "ar",
    "ajp": "ar",
    "aeb": "ar",
    "ary": "ar",
    "arq": "ar",
    "afb": "ar",
    "kmr": "ku",
    "ckb": "ku",
    "sdh": "ku",
    "prs": "fa",
    "pes": "fa",
}


def familie(code: str) -> str:
    return TAALFAMILIE.get(code, code)


@dataclass(frozen=True)
class Gewichten:
    """Weights (points) of each factor and the thresholds of the hard rules. The defaults put
    language first, then origin, gender and themes, as the Achterhoek research found."""

    taal: float = 40.0
    brugtaal_factor: float = 0.6  # a shared language that is not the newcomer's own
    dialect_factor: float = 0.7  # same macrolanguage, another dialect (Levantine vs Sudanese)
    herkomst: float = 12.0
    geslacht: float = 8.0
    themas: float = 15.0
    afstand: float = 10.0
    afstand_max_km: float = 50.0  # at this distance the distance part is 0
    buiten_reisafstand: float = -15.0  # further than the key person wants to travel
    beschikbaarheid: float = 4.0
    werkdruk: float = 15.0
    lang_niet_gevraagd: float = 5.0
    lang_niet_gevraagd_dagen: int = 60
    eigen_gemeenschap: float = -30.0  # demotion when the newcomer prefers someone else
    uren_per_koppeling: float = 2.0  # hours a new match is expected to take this month
    min_niveau: str = "redelijk"  # lowest level at which a language counts as shared


@dataclass(frozen=True, slots=True)
class Kandidaat:
    """A key person as matching sees it (built from the registry and this month's hours)."""

    id: str
    naam: str
    geslacht: str
    talen: Mapping[str, str]  # ISO 639 code → level
    landen: frozenset[str]
    gemeentecode: str
    gemeente: str
    themas: frozenset[str] = frozenset()
    actief: bool = True
    status: str = "actief"
    capaciteit_uren: float = 8.0
    ingezet_uren: float = 0.0  # this month
    nieuwe_koppelingen: int = 0  # matches made this month, not yet booked as engagements
    dagen_sinds_inzet: int | None = None
    rijbewijs: bool = False
    auto: bool = False
    alleen_ov: bool = False
    max_reisafstand_km: int = 25
    beschikbaarheid: str = ""  # e.g. "maandag 10–12; donderdag 13–15"


EIGEN_GEMEENSCHAP_BELEID = ("uitsluiten", "lager")


@dataclass(frozen=True)
class Vraag:
    """The newcomer's side: who they are, what they speak, need and prefer."""

    inburgeraar_id: str
    geslacht: str
    land_herkomst: str
    talen: Mapping[str, str]  # code → level (their own languages and bridge languages)
    voorkeurstaal: str
    gemeentecode: str
    themas: tuple[str, ...] = ()
    voorkeur_geslacht: str = "geen"  # geen, V, M
    niet_eigen_gemeenschap: bool = False
    eigen_gemeenschap_beleid: str = "uitsluiten"  # or "lager": the officer chooses
    uitgesloten: Mapping[str, str] = field(default_factory=dict)  # key person id → reason

    def eigen_talen(self) -> frozenset[str]:
        """The newcomer's own languages: the preferred one and mother tongues."""
        own = {c for c, n in self.talen.items() if n == "moedertaal"}
        own.add(self.voorkeurstaal)
        return frozenset(own)


@dataclass(frozen=True)
class Deel:
    """One part of a score: which factor, how many points, and the reason in plain Dutch."""

    factor: str
    punten: float
    reden: str
    voor: bool  # a reason for (True) or against (False) this candidate


@dataclass(frozen=True)
class Uitkomst:
    kandidaat_id: str
    naam: str
    score: float  # the sum of the parts' points
    delen: tuple[Deel, ...]
    uitgesloten: str | None = None  # the hard rule that excludes this candidate

    @property
    def voor(self) -> list[str]:
        return [d.reden for d in self.delen if d.voor]

    @property
    def tegen(self) -> list[str]:
        return [d.reden for d in self.delen if not d.voor]
