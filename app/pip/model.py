"""The PIP as plain frozen dataclasses: one `PipVersie` per version, its content in `PipInhoud`.

Kept free of storage and UI so other parts (the PDF output) can adapt it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

STATUSSEN: dict[str, str] = {
    "concept": "Concept",
    "ter_ondertekening": "Ter ondertekening",
    "vastgesteld": "Vastgesteld",
    "gewijzigd": "Gewijzigd (vervangen door een nieuwe versie)",
}
BEWERKBAAR = frozenset({"concept", "ter_ondertekening"})

NIVEAUS: dict[str, str] = {"B1": "B1", "A2": "A2 (afschalen)"}
ALFABETISERING: dict[str, str] = {
    "NVT": "Niet nodig (NVT)",
    "AA": "Anders gealfabetiseerd (AA)",
    "A": "Analfabeet (A)",
}
ONTZORG_POSTEN: dict[str, str] = {
    "huur": "Huur",
    "gas": "Gas",
    "water": "Water",
    "elektriciteit": "Elektriciteit",
    "zorgverzekering": "Zorgverzekering",
}
WIJZIGINGSSOORTEN: dict[str, str] = {
    "routewissel": "Routewissel",
    "afschalen": "Afschalen B1 naar A2",
    "verhuizing": "Verhuizing",
    "overig": "Andere wijziging",
}
PVT_MIN_UREN = 12
MAP_MIN_UREN = 40


@dataclass(frozen=True)
class Routekeuze:
    leerroute: str = ""  # B / O / Z; "" until chosen
    niveau: str = ""  # B1 / A2 / ""
    alfabetisering: str = "NVT"  # A / AA / NVT
    mag_opleiding_afmaken: bool = False
    intensiteit_uren: int | None = None  # only B1-route of an asielstatushouder
    advies: str = ""  # the route the app advised when the choice was made ("" = none)
    advies_redenen: tuple[str, ...] = ()  # the advice's reasons at that moment, for the file
    motivering: str = ""  # why this route
    waarom_niet_andere: str = ""  # why not the other routes
    reden_afwijking: str = ""  # required when leerroute differs from advies


@dataclass(frozen=True)
class Pvt:
    inhoud: str = ""
    uren: int | None = None
    datum_ondertekening: date | None = None  # planned signing of the declaration
    afgerond: bool = False


@dataclass(frozen=True)
class Map:
    inhoud: str = ""
    uren: int | None = None
    datum_eindgesprek: date | None = None
    afgerond: bool = False


@dataclass(frozen=True)
class Ontzorgen:
    posten: tuple[str, ...] = ()  # keys of ONTZORG_POSTEN
    startdatum: date | None = None  # start of bijstand with ontzorgen
    machtiging_getekend: bool = False


@dataclass(frozen=True)
class Afspraak:
    wie: str
    wat: str
    datum: date | None = None
    afgerond: bool = False
    # Printed on the newcomer's handout too. The officer unticks agreements that touch health
    # or other private matters: a handout carries no health data.
    op_uitleg: bool = True


@dataclass(frozen=True)
class Voortgangsgesprek:
    datum: date
    onderwerp: str = ""
    gehouden: bool = False


@dataclass(frozen=True)
class SleutelpersoonRol:
    rollen: tuple[str, ...] = ()  # keys of app.reference.SLEUTELPERSOON_ROLLEN
    sleutelpersoon_id: str = ""
    naam: str = ""
    toelichting: str = ""


@dataclass(frozen=True)
class PipInhoud:
    route: Routekeuze = field(default_factory=Routekeuze)
    begeleiding: str = ""  # support and guidance by the municipality
    taalschakeltraject: str = ""  # onderwijsroute
    knm: str = ""
    pvt: Pvt = field(default_factory=Pvt)
    map: Map = field(default_factory=Map)
    ontzorgen: Ontzorgen = field(default_factory=Ontzorgen)
    maatschappelijke_begeleiding: str = ""  # asielstatushouders only
    randvoorwaarden: str = ""  # e.g. childcare
    participatie: str = ""  # participation activities
    afspraken: tuple[Afspraak, ...] = ()
    voortgangsgesprekken: tuple[Voortgangsgesprek, ...] = ()
    sleutelpersoon: SleutelpersoonRol = field(default_factory=SleutelpersoonRol)


@dataclass(frozen=True)
class PipVersie:
    inburgeraar_id: str
    versie: int  # 1, 2, …
    status: str  # key of STATUSSEN
    inhoud: PipInhoud
    dagtekening: date | None = None
    wijziging_soort: str = ""  # key of WIJZIGINGSSOORTEN (versions > 1)
    wijziging_reden: str = ""
    kenmerk: str = ""  # zaaknummer, given when vastgesteld
    id: str | None = None
    row_version: int = 0
    created_at: str = ""
    updated_at: str = ""

    @property
    def bewerkbaar(self) -> bool:
        return self.status in BEWERKBAAR
