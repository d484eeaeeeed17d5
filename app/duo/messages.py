"""Wegwijs's models of DUO's messages, written from the facts in DUO's OpenAPI files.

Outgoing (melding): `Pip`, `ResultaatMap`, `ResultaatPvt`, `ResultaatZroute`, `Uren`,
`Contactpersoongegevens`; each has `to_json()` giving exactly DUO's body shape.
Incoming: `Notificatie`, the consult answers (`Inburgeringsplicht`, `Doelgroep`,
`LbtResultaat`, `Inburgeringstermijn`) and `Foutmelding` (DUO's rule violations); each has
`from_json()` that refuses what DUO's schema does not allow, with `DuoMessageError`.
Tests check both directions against DUO's own files (tests/duo/contract.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

BSN = re.compile(r"[0-9]{9}")
GEBEURTENIS_ID = re.compile(r"[0-9A-Z]{1,6}")
SCORE = re.compile(r"[0-9]{1,3},[0-9]{2}")


class DuoMessageError(ValueError):
    """A message from DUO that does not have DUO's published shape."""


class Leerroute(StrEnum):
    B1 = "B"
    ONDERWIJS = "O"
    Z = "Z"


class Alfabetisering(StrEnum):
    ANALFABEET = "A"
    ANDERS_ANALFABEET = "AA"
    NVT = "NVT"


class Indeling(StrEnum):
    ASIELSTATUSHOUDER = "Asielstatushouder"
    GEZINSMIGRANT_OVERIG = "Gezinsmigrant en overige migrant"


GEDETAILLEERDE_DOELGROEPEN = (
    "Asielstatushouder",
    "Geestelijk bedienaar",
    "Gezinshereniger",
    "Gezinshereniger met Asielstatushouder",
    "Gezinsvormer",
    "Gezinsvormer met Asielstatushouder",
    "Overig",
)
ASIELRECHTEN_WIJZIGING = (
    "Asielrechten toegekend",
    "Behoud asielrechten",
    "Op verzoek behoud rechten van gezins- en overige migrant",
    "Op verzoek rechten van gezins- en overige migrant toegekend",
)
REDEN_GEEN_PLICHT = (
    "Volledige ontheffing",
    "Volledige vrijstelling",
    "Inburgeringsplicht voldaan",
    "Verblijfsdoel gewijzigd",
    "Vertrek uit Nederland langer dan een jaar",
    "Overlijden",
    "Overig",
    "Tijdelijke vrijstelling",
)
LBT_RESULTATEN = ("B1-route haalbaar", "B1-route niet haalbaar", "Onbekend")


# ---- reading helpers -------------------------------------------------------------------------


def _obj(raw: object, what: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise DuoMessageError(f"{what}: geen JSON-object")
    return raw


def _date(raw: dict[str, Any], key: str, *, required: bool = False) -> date | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise DuoMessageError(f"{key} ontbreekt")
        return None
    if not isinstance(value, str):
        raise DuoMessageError(f"{key} is geen datum")
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DuoMessageError(f"{key} is geen datum (JJJJ-MM-DD)") from exc


def _enum(raw: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if value not in allowed:
        raise DuoMessageError(f"{key}: onbekende waarde")
    return str(value)


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _drop_none(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if v is not None}


# ---- outgoing: meldingen ---------------------------------------------------------------------


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
        return _drop_none(
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
        body = _obj(raw, "PIP")
        dag = _date(body, "dagtekeningPip", required=True)
        assert dag is not None
        try:
            route = Leerroute(str(body.get("leerroute")))
        except ValueError as exc:
            raise DuoMessageError("leerroute: onbekende waarde") from exc
        niveau = _enum(body, "niveau", ("A2", "B1"))
        alfa = _enum(body, "indicatorAlfabetiseringsonderwijs", ("A", "AA", "NVT"))
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
        return _drop_none(
            {
                "datumEindgesprekMap": _iso(self.datum_eindgesprek),
                "verwijtbaar": _ja_nee(self.verwijtbaar),
            }
        )


@dataclass(frozen=True)
class ResultaatPvt:
    """PUT /personen/{bsn}/pvt."""

    datum_ondertekening: date | None
    verwijtbaar: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return _drop_none(
            {
                "datumOndertekeningPvt": _iso(self.datum_ondertekening),
                "verwijtbaar": _ja_nee(self.verwijtbaar),
            }
        )


@dataclass(frozen=True)
class ResultaatZroute:
    """PUT /personen/{bsn}/zroute."""

    datum_afronding: date | None

    def to_json(self) -> dict[str, Any]:
        return _drop_none({"datumAfrondingZroute": _iso(self.datum_afronding)})


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


# ---- incoming: notificaties, rule violations, consult answers --------------------------------


@dataclass(frozen=True)
class Notificatie:
    """DUO's body for POST /notificaties."""

    registratie: datetime
    gebeurtenis_id: str
    bsn: str | None = None
    v_nummer: int | None = None

    @classmethod
    def from_json(cls, raw: object) -> Notificatie:
        body = _obj(raw, "Notificatie")
        gebeurtenis = body.get("gebeurtenisId")
        if not isinstance(gebeurtenis, str) or not GEBEURTENIS_ID.fullmatch(gebeurtenis):
            raise DuoMessageError("gebeurtenisId ontbreekt of is ongeldig")
        stamp = body.get("registratieDatumTijd")
        if not isinstance(stamp, str):
            raise DuoMessageError("registratieDatumTijd ontbreekt")
        try:
            registratie = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError as exc:
            raise DuoMessageError("registratieDatumTijd is geen datum-tijd") from exc
        if registratie.tzinfo is None:
            raise DuoMessageError("registratieDatumTijd zonder tijdzone")
        bsn = body.get("bsn")
        if bsn is not None and (not isinstance(bsn, str) or not BSN.fullmatch(bsn)):
            raise DuoMessageError("bsn is geen 9 cijfers")
        v_nummer = body.get("vNummer")
        if v_nummer is not None and (
            isinstance(v_nummer, bool)
            or not isinstance(v_nummer, int)
            or not 0 <= v_nummer <= 9999999999
        ):
            raise DuoMessageError("vNummer is ongeldig")
        return cls(registratie, gebeurtenis, bsn, v_nummer)

    def to_json(self) -> dict[str, Any]:
        return _drop_none(
            {
                "registratieDatumTijd": self.registratie.isoformat(),
                "gebeurtenisId": self.gebeurtenis_id,
                "bsn": self.bsn,
                "vNummer": self.v_nummer,
            }
        )


@dataclass(frozen=True)
class Foutmelding:
    """One of DUO's rule violations (the array in a 403 answer)."""

    fouttekst: str

    @classmethod
    def list_from_json(cls, raw: object) -> list[Foutmelding]:
        if not isinstance(raw, list):
            raise DuoMessageError("foutmeldingen: geen lijst")
        out = []
        for item in raw:
            tekst = _obj(item, "Foutmelding").get("fouttekst")
            if not isinstance(tekst, str):
                raise DuoMessageError("fouttekst ontbreekt")
            out.append(cls(tekst[:200]))
        return out


@dataclass(frozen=True)
class Inburgeringsplicht:
    """GET /personen/{bsn}/inburgeringsplicht."""

    plichtig: bool
    begindatum: date | None = None
    einddatum: date | None = None
    wijzigingsdatum: date | None = None
    datum_kennisgeving: date | None = None
    reden_geen_plicht: str | None = None

    @classmethod
    def from_json(cls, raw: object) -> Inburgeringsplicht:
        body = _obj(raw, "Inburgeringsplicht")
        plichtig = body.get("indicatorInburgeringsplicht")
        if not isinstance(plichtig, bool):
            raise DuoMessageError("indicatorInburgeringsplicht ontbreekt")
        return cls(
            plichtig,
            _date(body, "begindatum"),
            _date(body, "einddatum"),
            _date(body, "wijzigingsdatum"),
            _date(body, "datumKennisgevingInburgeringsplicht"),
            _enum(body, "redenGeenInburgeringsplicht", REDEN_GEEN_PLICHT),
        )


@dataclass(frozen=True)
class Doelgroep:
    """GET /personen/{bsn}/doelgroep: DUO's coarse indeling decides which rules apply."""

    indeling: Indeling | None
    begindatum: date | None = None
    gedetailleerd: str | None = None
    asielrechten_wijziging: str | None = None

    @classmethod
    def from_json(cls, raw: object) -> Doelgroep:
        body = _obj(raw, "Doelgroep")
        indeling = _enum(body, "indeling", tuple(i.value for i in Indeling))
        return cls(
            None if indeling is None else Indeling(indeling),
            _date(body, "begindatum"),
            _enum(body, "gedetailleerdeDoelgroep", GEDETAILLEERDE_DOELGROEPEN),
            _enum(body, "asielrechtenWijzigingVerblijfsdoel", ASIELRECHTEN_WIJZIGING),
        )


@dataclass(frozen=True)
class LbtResultaat:
    """One element of GET /personen/{bsn}/lbt/resultaten."""

    resultaat: str
    behaalde_score: str
    benodigde_score: str
    datum_afname: date

    @classmethod
    def list_from_json(cls, raw: object) -> list[LbtResultaat]:
        if not isinstance(raw, list):
            raise DuoMessageError("LBT-resultaten: geen lijst")
        out = []
        for item in raw:
            body = _obj(item, "Resultaat")
            resultaat = _enum(body, "resultaat", LBT_RESULTATEN)
            scores = [body.get("behaaldeScore"), body.get("benodigdeScore")]
            if resultaat is None or not all(
                isinstance(s, str) and SCORE.fullmatch(s) for s in scores
            ):
                raise DuoMessageError("LBT-resultaat onvolledig")
            afname = _date(body, "datumAfname", required=True)
            assert afname is not None
            out.append(cls(resultaat, str(scores[0]), str(scores[1]), afname))
        return out


@dataclass(frozen=True)
class Inburgeringstermijn:
    """GET /personen/{bsn}/inburgeringstermijn. DUO's `einddatum` is exclusive."""

    startdatum: date
    einddatum: date
    wijzigingsdatum: date | None = None
    verlengingsgrondcode: str | None = None
    verlengingsgrondomschrijving: str | None = None

    @classmethod
    def from_json(cls, raw: object) -> Inburgeringstermijn:
        body = _obj(raw, "Inburgeringstermijn")
        start = _date(body, "startdatum", required=True)
        eind = _date(body, "einddatum", required=True)
        assert start is not None and eind is not None
        code = body.get("verlengingsgrondcode")
        oms = body.get("verlengingsgrondomschrijving")
        return cls(
            start,
            eind,
            _date(body, "wijzigingsdatum"),
            code if isinstance(code, str) else None,
            oms if isinstance(oms, str) else None,
        )

    @property
    def laatste_dag(self) -> date:
        """The last day inside the termijn, as officers are shown it."""
        return date.fromordinal(self.einddatum.toordinal() - 1)
