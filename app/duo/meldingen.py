"""The meldingen Wegwijs sends DUO (melding–bevestiging): method, DUO's path and DUO's body.

A `Melding` is what the queue stores; the BSN sits in the path as DUO's APIs want it. Consult
paths (raadpleging) are here too, so every URL Wegwijs uses is built in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.duo.messages.common import BSN
from app.duo.messages.outgoing import (
    Alfabetisering,
    Contactpersoongegevens,
    Leerroute,
    Pip,
    ResultaatMap,
    ResultaatPvt,
    ResultaatZroute,
    Uren,
)
from app.pip import duo_check


class MeldingError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Melding:
    soort: str  # pip, pip_verwijderen, map, pvt, zroute, uren, contactpersoon(_wijzigen, …)
    method: str
    path: str
    body: dict[str, Any] | None


SOORT_LABEL = {
    "pip": "PIP",
    "pip_verwijderen": "PIP verwijderen",
    "map": "Eindgesprek MAP",
    "pvt": "Ondertekening PVT",
    "zroute": "Afronding Z-route",
    "uren": "Gevolgde uren",
    "contactpersoon": "Contactpersoon",
    "contactpersoon_wijzigen": "Contactpersoon gewijzigd",
    "contactpersoon_verwijderen": "Contactpersoon verwijderd",
}


def _person(bsn: str) -> str:
    if not BSN.fullmatch(bsn):
        raise MeldingError(["Het BSN is geen 9 cijfers."])
    return f"/personen/{bsn}"


def pip(bsn: str, value: Pip) -> Melding:
    return Melding("pip", "POST", f"{_person(bsn)}/PIP", value.to_json())


def pip_verwijderen(bsn: str) -> Melding:
    return Melding("pip_verwijderen", "DELETE", f"{_person(bsn)}/PIP", None)


def map_resultaat(bsn: str, value: ResultaatMap) -> Melding:
    return Melding("map", "PUT", f"{_person(bsn)}/map", value.to_json())


def pvt_resultaat(bsn: str, value: ResultaatPvt) -> Melding:
    return Melding("pvt", "PUT", f"{_person(bsn)}/pvt", value.to_json())


def zroute_resultaat(bsn: str, value: ResultaatZroute) -> Melding:
    return Melding("zroute", "PUT", f"{_person(bsn)}/zroute", value.to_json())


def uren(bsn: str, value: Uren) -> Melding:
    return Melding("uren", "PUT", f"{_person(bsn)}/uren/{value.soort.value}", value.to_json())


def contactpersoon(value: Contactpersoongegevens) -> Melding:
    """The gemeente's contactpersoon for questions about the inburgeraar (Contactpersoon API)."""
    return Melding("contactpersoon", "POST", "/contactpersonen", value.to_json())


def _contactpersoon_pad(duo_id: int) -> str:
    # DUO's id of a contactpersoon: an integer 1 to 99999 (Contactpersoon API, parameter Id)
    if isinstance(duo_id, bool) or not isinstance(duo_id, int) or not 1 <= duo_id <= 99999:
        raise MeldingError(["DUO's nummer van de contactpersoon ontbreekt of klopt niet."])
    return f"/contactpersonen/{duo_id}"


def contactpersoon_wijzigen(duo_id: int, value: Contactpersoongegevens) -> Melding:
    """Change the contactpersoon DUO registered under *duo_id* (PUT /contactpersonen/{id})."""
    return Melding("contactpersoon_wijzigen", "PUT", _contactpersoon_pad(duo_id), value.to_json())


def contactpersoon_verwijderen(duo_id: int) -> Melding:
    """Remove it at DUO (DELETE /contactpersonen/{id})."""
    return Melding("contactpersoon_verwijderen", "DELETE", _contactpersoon_pad(duo_id), None)


def pip_from_check(data: duo_check.DuoInput) -> Pip:
    """DUO's PIP object from the app's PIP, refused when it fails DUO's rules (duo_check)."""
    problems = [o.tekst for o in duo_check.check(data)]
    if problems:
        raise MeldingError(problems)
    assert data.dagtekening is not None
    return Pip(
        dagtekening=data.dagtekening,
        leerroute=Leerroute(data.leerroute),
        niveau=data.niveau or None,
        geschatte_intensiteit_b1_route=data.intensiteit,
        mag_opleiding_afmaken=data.mag_opleiding_afmaken,
        alfabetisering=Alfabetisering(data.alfabetisering),
    )


# ---- raadpleging ------------------------------------------------------------------------------


def consult_paths(bsn: str) -> dict[str, str]:
    base = _person(bsn)
    return {
        "inburgeringsplicht": f"{base}/inburgeringsplicht",
        "doelgroep": f"{base}/doelgroep",
        "lbt": f"{base}/lbt/resultaten",
        "termijn": f"{base}/inburgeringstermijn",
        "pip": f"{base}/PIP",
        "ontheffingen": f"{base}/ontheffingen",
        "vrijstellingen": f"{base}/vrijstellingen",
    }
