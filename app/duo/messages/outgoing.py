"""The meldingen Wegwijs sends DUO, modelled from the facts in DUO's OpenAPI files: `Pip`,
`ResultaatMap`, `ResultaatPvt`, `ResultaatZroute`, `Uren`, `Contactpersoongegevens`; each has
`to_json()` giving exactly DUO's body shape (tests/support/duo/contract.py checks them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from app.duo.messages.common import DuoMessageError, date_field, drop_none, enum_field, iso, obj


class Leerroute(StrEnum):
    B1 = "B"
    ONDERWIJS = "O"
    Z = "Z"


class Alfabetisering(StrEnum):
    ANALFABEET = "A"
    ANDERS_ANALFABEET = "AA"
    NVT = "NVT"


@dataclass(frozen=True)
class Pip:
    """DUO's `PIP` object (PIP API, POST /personen/{bsn}/PIP)."""

    dagtekening: date
    leerroute: Leerroute
    niveau: str | None = None  # "A2" / "B1"; DUO records B1 for B and O when absent
    geschatte_intensiteit_b1_route: int | None = None
    mag_opleiding_afmaken: bool | None = None
    alfabetisering: Alfabetisering | None = None

    def to_json(self) -> dict[str, Any]:
        return drop_none(
            {
                "dagtekeningPip": self.dagtekening.isoformat(),
                "leerroute": self.leerroute.value,
                "niveau": self.niveau,
                "geschatteIntensiteitB1Route": self.geschatte_intensiteit_b1_route,
                "indicatorMagOpleidingAfmaken": self.mag_opleiding_afmaken,
                "indicatorAlfabetiseringsonderwijs": (
                    None if self.alfabetisering is None else self.alfabetisering.value
                ),
            }
        )

    @classmethod
    def from_json(cls, raw: object) -> Pip:
        body = obj(raw, "PIP")
        dag = date_field(body, "dagtekeningPip", required=True)
        assert dag is not None
        try:
            route = Leerroute(str(body.get("leerroute")))
        except ValueError as exc:
            raise DuoMessageError("leerroute: onbekende waarde") from exc
        niveau = enum_field(body, "niveau", ("A2", "B1"))
        alfa = enum_field(body, "indicatorAlfabetiseringsonderwijs", ("A", "AA", "NVT"))
        intensiteit = body.get("geschatteIntensiteitB1Route")
        if intensiteit is not None and (
            isinstance(intensiteit, bool)
            or not isinstance(intensiteit, int)
            or not 1 <= intensiteit <= 9999
        ):
            raise DuoMessageError("geschatteIntensiteitB1Route: 1 tot en met 9999")
        afmaken = body.get("indicatorMagOpleidingAfmaken")
        if afmaken is not None and not isinstance(afmaken, bool):
            raise DuoMessageError("indicatorMagOpleidingAfmaken: ja of nee")
        return cls(
            dag,
            route,
            niveau,
            intensiteit,
            afmaken,
            None if alfa is None else Alfabetisering(alfa),
        )


@dataclass(frozen=True)
class ResultaatMap:
    """PUT /personen/{bsn}/map: the whole resource; an empty body withdraws DUO's date."""

    datum_eindgesprek: date | None
    verwijtbaar: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return drop_none(
            {
                "datumEindgesprekMap": iso(self.datum_eindgesprek),
                "verwijtbaar": _ja_nee(self.verwijtbaar),
            }
        )


@dataclass(frozen=True)
class ResultaatPvt:
    """PUT /personen/{bsn}/pvt."""

    datum_ondertekening: date | None
    verwijtbaar: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return drop_none(
            {
                "datumOndertekeningPvt": iso(self.datum_ondertekening),
                "verwijtbaar": _ja_nee(self.verwijtbaar),
            }
        )


@dataclass(frozen=True)
class ResultaatZroute:
    """PUT /personen/{bsn}/zroute."""

    datum_afronding: date | None

    def to_json(self) -> dict[str, Any]:
        return drop_none({"datumAfrondingZroute": iso(self.datum_afronding)})


def _ja_nee(value: bool | None) -> str | None:
    return None if value is None else ("Ja" if value else "Nee")


class UrenSoort(StrEnum):
    """The three kinds of gevolgde uren a gemeente reports, with DUO's path segment."""

    TAALLES_KNM = "bredeintake/taallesknm"
    PARTICIPATIEACTIVITEITEN = "participatieactiviteiten"
    PARTICIPATIE_ALS_TAALLES = "participatietaalles"


@dataclass(frozen=True)
class Uren:
    """PUT /personen/{bsn}/uren/{soort}: a number of hours, 0 to 9999."""

    soort: UrenSoort
    uren: int

    def __post_init__(self) -> None:
        if isinstance(self.uren, bool) or not 0 <= self.uren <= 9999:
            raise ValueError("Het aantal uren is 0 tot en met 9999.")

    def to_json(self) -> dict[str, Any]:
        return {"uren": self.uren}


@dataclass(frozen=True)
class Contactpersoongegevens:
    """POST /contactpersonen and PUT /contactpersonen/{id}."""

    naam: str
    email: str
    telefoonnummer: str

    def to_json(self) -> dict[str, Any]:
        return {"naam": self.naam, "email": self.email, "telefoonnummer": self.telefoonnummer}
