"""What goes on paper: view-model dataclasses for the formal PIP and the newcomer's handout.

These are deliberately separate from the PIP model: an adapter fills them (see ``source.py``).
``HandoutDocument`` has no field that could carry a BSN, V-nummer, date of birth or health data:
what is not in the type can never be printed on the handout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.deadlines import termijnenwet


@dataclass(frozen=True)
class Gemeente:
    """The sender of the letter: letterhead, return address, where a bezwaar goes, signatory."""

    naam: str
    adres: str = ""  # postal address, lines joined with newlines (return address, bezwaar)
    logo_pad: str = ""  # path to a PNG/JPEG; empty or missing file: no logo
    logo_data: bytes = b""  # the logo Beheer saved (wins over logo_pad)
    code: str = ""  # CBS gemeentecode
    bezoekadres: str = ""
    telefoon: str = ""
    email: str = ""
    website: str = ""
    bezwaar_online: str = ""  # the municipality's online route for a bezwaar (web address)
    ondertekenaar: str = ""  # who signs namens het college
    ondertekenaar_functie: str = ""


@dataclass(frozen=True)
class Dossier:
    voornamen: str
    achternaam: str
    voorvoegsel: str = ""
    geboortedatum: date | None = None
    bsn: str = ""
    v_nummer: str = ""
    doelgroep: str = ""
    adres: tuple[str, ...] = ()  # street + number, postcode + woonplaats (window envelope)

    @property
    def naam(self) -> str:
        return " ".join(p for p in (self.voornamen, self.voorvoegsel, self.achternaam) if p)


@dataclass(frozen=True)
class Leerroute:
    code: str  # B / O / Z
    naam: str  # "B1-route" …
    niveau: str = ""  # A1 / A2 / B1
    motivering: str = ""  # why this route
    waarom_niet: tuple[tuple[str, str], ...] = ()  # (other route name, why not)


@dataclass(frozen=True)
class Onderdeel:
    """One part of the PIP (taalschakeltraject, KNM, PVT, MAP …) with its content and hours."""

    titel: str
    inhoud: str = ""
    uren: int | None = None
    datum: date | None = None  # planned signing (PVT) or eindgesprek (MAP)
    datum_label: str = ""  # "Ondertekening gepland" / "Eindgesprek"


@dataclass(frozen=True)
class Afspraak:
    wie: str
    wat: str
    uiterlijk: date | None = None


@dataclass(frozen=True)
class Voortgangsgesprek:
    datum: date
    onderwerp: str = ""


@dataclass(frozen=True)
class Sleutelpersoon:
    naam: str
    rol: str  # agreed role, e.g. "verbinder: gaat mee naar de eerste afspraak bij het UWV"
    werkcontact: str = ""  # work phone / e-mail / fixed hours; never a private number


@dataclass(frozen=True)
class PipDocument:
    gemeente: Gemeente
    dossier: Dossier
    leerroute: Leerroute
    versie: int
    status: str  # concept / vastgesteld / gewijzigd
    dagtekening: date | None
    klantmanager: str = ""
    klantmanager_contact: str = ""
    begeleiding: str = ""  # the support and guidance the municipality gives (Wi 2021 art. 15)
    taalschakeltraject: Onderdeel | None = None
    knm: Onderdeel | None = None
    pvt: Onderdeel | None = None
    map: Onderdeel | None = None
    ontzorgen: tuple[str, ...] = ()
    maatschappelijke_begeleiding: str = ""
    randvoorwaarden: tuple[str, ...] = ()
    participatie: tuple[str, ...] = ()
    afspraken: tuple[Afspraak, ...] = ()
    voortgangsgesprekken: tuple[Voortgangsgesprek, ...] = ()
    sleutelpersoon: Sleutelpersoon | None = None
    kenmerk: str = ""  # zaaknummer, given when the version is vastgesteld
    klantmanager_telefoon: str = ""
    klantmanager_email: str = ""
    sleuteldatums: tuple[tuple[str, date | None], ...] = ()  # from the deadline engine
    aangewezen_dagen: tuple[date, ...] = ()  # extra days of the Algemene termijnenwet

    @property
    def is_besluit(self) -> bool:
        """Only a vastgesteld (or later replaced) version with a dagtekening is a beschikking."""
        return self.status in ("vastgesteld", "gewijzigd") and self.dagtekening is not None

    @property
    def bezwaar_uiterlijk(self) -> date | None:
        """Last day to object: six weeks from the day after the dagtekening (Awb 6:7, 6:8),
        moved past a weekend or feestdag (Algemene termijnenwet)."""
        if self.dagtekening is None:
            return None
        return termijnenwet.bezwaar_uiterlijk(self.dagtekening, self.aangewezen_dagen)

    def onderdelen(self) -> tuple[Onderdeel, ...]:
        parts = (self.taalschakeltraject, self.knm, self.pvt, self.map)
        return tuple(p for p in parts if p is not None)


@dataclass(frozen=True)
class HandoutAfspraak:
    """An appointment or agreement as the newcomer reads it: a date and a short plain text."""

    wat: str
    datum: date | None = None
    wie: str = ""  # who acts: "Jij", "Klantmanager", "Taalschool" …


@dataclass(frozen=True)
class Contact:
    naam: str
    werkcontact: str = ""  # fixed hours or other work contact text; never a private number
    telefoon: str = ""  # WORK phone only
    email: str = ""  # work e-mail
    organisatie: str = ""  # e.g. "Gemeente Winterswijk"


@dataclass(frozen=True)
class HandoutDocument:
    """The take-home handout. By construction it carries no BSN, no V-nummer, no date of birth
    and no health data: there is no field for them."""

    voornaam: str
    leerroute: str  # B / O / Z: the fixed texts per language explain the route
    taal: str  # ISO 639-1 code of the newcomer's language; "nl" for Dutch only
    afspraken: tuple[HandoutAfspraak, ...] = ()
    klantmanager: Contact | None = None
    sleutelpersoon: Contact | None = None
    gemeente: str = ""
    datum: date | None = None  # date printed
    plan_vastgesteld: bool = False  # only then may it say the official plan was handed over
