"""DUO's answers to a raadpleging (consult): `Inburgeringsplicht`, `Doelgroep`, `LbtResultaat`,
`Inburgeringstermijn`, `Ontheffing` and `Vrijstelling`. Each `from_json()` refuses what DUO's
schema does not allow, with `DuoMessageError`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.duo.messages.common import SCORE, DuoMessageError, date_field, enum_field, obj


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
        body = obj(raw, "Inburgeringsplicht")
        plichtig = body.get("indicatorInburgeringsplicht")
        if not isinstance(plichtig, bool):
            raise DuoMessageError("indicatorInburgeringsplicht ontbreekt")
        return cls(
            plichtig,
            date_field(body, "begindatum"),
            date_field(body, "einddatum"),
            date_field(body, "wijzigingsdatum"),
            date_field(body, "datumKennisgevingInburgeringsplicht"),
            enum_field(body, "redenGeenInburgeringsplicht", REDEN_GEEN_PLICHT),
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
        body = obj(raw, "Doelgroep")
        indeling = enum_field(body, "indeling", tuple(i.value for i in Indeling))
        return cls(
            None if indeling is None else Indeling(indeling),
            date_field(body, "begindatum"),
            enum_field(body, "gedetailleerdeDoelgroep", GEDETAILLEERDE_DOELGROEPEN),
            enum_field(body, "asielrechtenWijzigingVerblijfsdoel", ASIELRECHTEN_WIJZIGING),
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
            body = obj(item, "Resultaat")
            resultaat = enum_field(body, "resultaat", LBT_RESULTATEN)
            scores = [body.get("behaaldeScore"), body.get("benodigdeScore")]
            if resultaat is None or not all(
                isinstance(s, str) and SCORE.fullmatch(s) for s in scores
            ):
                raise DuoMessageError("LBT-resultaat onvolledig")
            afname = date_field(body, "datumAfname", required=True)
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
        body = obj(raw, "Inburgeringstermijn")
        start = date_field(body, "startdatum", required=True)
        eind = date_field(body, "einddatum", required=True)
        assert start is not None and eind is not None
        code = body.get("verlengingsgrondcode")
        oms = body.get("verlengingsgrondomschrijving")
        return cls(
            start,
            eind,
            date_field(body, "wijzigingsdatum"),
            code if isinstance(code, str) else None,
            oms if isinstance(oms, str) else None,
        )

    @property
    def laatste_dag(self) -> date:
        """The last day inside the termijn, as officers are shown it."""
        return date.fromordinal(self.einddatum.toordinal() - 1)


OORDELEN = ("Toekenning", "Afwijzing")
ONTHEFFINGSGRONDEN = {"BIO": "bijzondere individuele omstandigheden", "MED": "medisch"}
EXAMENONDERDELEN = {
    "KNM": "Kennis van de Nederlandse Maatschappij",
    "LE": "Leesvaardigheid",
    "LU": "Luistervaardigheid",
    "SC": "Schrijfvaardigheid",
    "SP": "Spreekvaardigheid",
}
VRIJSTELLINGSREDENEN = ("AVI", "DIP", "DOC", "GED", "INB", "INS", "OPL")


@dataclass(frozen=True)
class Besluit:
    """One of DUO's decisions on an ontheffing or vrijstelling (one element of DUO's list).

    *soort* is "gehele", "gedeeltelijke" or "tijdelijke"; *grond* is DUO's code (ontheffing:
    BIO/MED, vrijstelling: AVI/DIP/…)."""

    soort: str
    oordeel: str
    grond: str
    datum_oordeel: date | None = None
    examenonderdeel: str | None = None
    examenniveau: str | None = None
    startdatum: date | None = None
    einddatum: date | None = None
    uren_participatie: int | None = None

    @property
    def toegekend(self) -> bool:
        return self.oordeel == "Toekenning"


def _besluit(
    soort: str, body: dict[str, object], grond_key: str, gronden: tuple[str, ...]
) -> Besluit:
    oordeel = enum_field(body, "oordeel", OORDELEN)
    grond = enum_field(body, grond_key, gronden)
    if oordeel is None or grond is None:
        raise DuoMessageError(f"{soort} besluit: oordeel of {grond_key} ontbreekt")
    uren = body.get("urenBelastbaarheidParticipatieactiviteit")
    if uren is not None and (isinstance(uren, bool) or not isinstance(uren, int)):
        raise DuoMessageError("urenBelastbaarheidParticipatieactiviteit is geen getal")
    return Besluit(
        soort,
        oordeel,
        grond,
        date_field(body, "datumOordeel"),
        enum_field(body, "examenonderdeel", tuple(EXAMENONDERDELEN)),
        enum_field(body, "examenniveau", ("A2", "B1")),
        date_field(body, "startdatum"),
        date_field(body, "einddatum"),
        uren,
    )


_SOORTEN = {"Gehele": "gehele", "Gedeeltelijke": "gedeeltelijke", "Tijdelijke": "tijdelijke"}


def _besluiten(raw: object, what: str, grond_key: str, gronden: tuple[str, ...]) -> list[Besluit]:
    if not isinstance(raw, list):
        raise DuoMessageError(f"{what}: geen lijst")
    out = []
    for item in raw:
        body = obj(item, what)
        for prefix, soort in _SOORTEN.items():
            inner = body.get(prefix + what)
            if inner is not None:
                out.append(_besluit(soort, obj(inner, what), grond_key, gronden))
    return out


def ontheffingen_from_json(raw: object) -> list[Besluit]:
    """GET /personen/{bsn}/ontheffingen: gehele and gedeeltelijke ontheffingen."""
    return _besluiten(raw, "Ontheffing", "grond", tuple(ONTHEFFINGSGRONDEN))


def vrijstellingen_from_json(raw: object) -> list[Besluit]:
    """GET /personen/{bsn}/vrijstellingen: gehele, tijdelijke and gedeeltelijke vrijstellingen."""
    return _besluiten(raw, "Vrijstelling", "reden", VRIJSTELLINGSREDENEN)
