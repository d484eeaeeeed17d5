"""The inburgeraar as the rest of the app sees it, and how raw form input becomes one."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app import reference
from app.validation import (
    WI2021_START,
    FieldError,
    FormCollector,
    parse_bsn,
    parse_date,
    parse_email,
    parse_huisnummer,
    parse_name,
    parse_past_date,
    parse_phone,
    parse_postcode,
    parse_text,
    parse_v_nummer,
)

MAX_TALEN = 12


@dataclass(frozen=True)
class Taal:
    code: str  # ISO 639
    niveau: str  # key of reference.TAALNIVEAUS


@dataclass(frozen=True)
class Inburgeraar:
    voornamen: str
    achternaam: str
    geboortedatum: date
    geslacht: str
    doelgroep: str
    land_herkomst: str
    voorkeurstaal: str
    gemeentecode: str
    status: str = "aangemeld"
    voorvoegsel: str = ""
    bsn: str | None = None
    v_nummer: str | None = None
    datum_start_plicht: date | None = None
    datum_vestiging: date | None = None
    datum_melding_duo: date | None = None
    dagtekening_pip_elders: date | None = None  # first PIP, made in another municipality
    indeling: str = ""  # DUO's coarse indeling as recorded by the officer; "" = default
    asielrechten: str = ""  # DUO's asielrechtenWijzigingVerblijfsdoel, "" = none
    klantmanager: str = ""
    telefoon: str = ""
    email: str = ""
    straat: str = ""
    huisnummer: str = ""
    postcode: str = ""
    woonplaats: str = ""
    talen: tuple[Taal, ...] = ()
    id: str | None = None
    version: int = 0

    @property
    def naam(self) -> str:
        """Display name as in the BRP order: voornamen voorvoegsel achternaam."""
        return " ".join(p for p in (self.voornamen, self.voorvoegsel, self.achternaam) if p)

    @property
    def is_asielstatushouder(self) -> bool:
        return reference.is_asielstatushouder(self.doelgroep, self.indeling, self.asielrechten)


def fold(text: str) -> str:
    """Lower case without accents, for search: 'Şahin' and 'sahin' match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def search_key(inburgeraar: Inburgeraar) -> str:
    parts = [
        inburgeraar.voornamen,
        inburgeraar.voorvoegsel,
        inburgeraar.achternaam,
        inburgeraar.bsn or "",
    ]
    parts.append(inburgeraar.v_nummer or "")
    return fold(" ".join(p for p in parts if p))


def search_words(text: str) -> tuple[str, ...]:
    """What the officer typed in the search field, as words the search key must all contain."""
    cleaned = fold(text).replace(".", "")
    return tuple(w for w in cleaned.split() if w)


def _choice(raw: Any, allowed: Collection[str], message: str) -> str:
    text = str(raw or "").strip()
    if text not in allowed:
        raise FieldError(message)
    return text


def _optional(raw: Any, parse: Callable[[str], Any]) -> Any:
    text = str(raw or "").strip()
    return parse(text) if text else None


def _talen(raw: Any) -> tuple[Taal, ...]:
    items = list(raw or [])
    if len(items) > MAX_TALEN:
        raise FieldError(f"Hooguit {MAX_TALEN} talen.")
    result: list[Taal] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Mapping):
            code, niveau = item.get("taal", ""), item.get("niveau", "")
        else:
            code, niveau = item
        code = str(code).strip().lower()
        if reference.language_name(code) is None:
            raise FieldError(f"Onbekende taalcode '{code}' (ISO 639).")
        if niveau not in reference.TAALNIVEAUS:
            raise FieldError(f"Kies een niveau voor {reference.language_name(code)}.")
        if code in seen:
            raise FieldError(f"{reference.language_name(code)} staat er twee keer in.")
        seen.add(code)
        result.append(Taal(code, str(niveau)))
    return tuple(result)


def inburgeraar_from_form(
    values: Mapping[str, Any], gemeentecodes: Collection[str], today: date
) -> Inburgeraar:
    """Validate every field of a form (strings as typed) and build an Inburgeraar.

    Raises ValidationError with a message per wrong field; never returns a half-valid record.
    """
    c = FormCollector(values)

    def text(name: str, **kw: Any) -> Any:
        return c.take(name, lambda v: parse_text(str(v or ""), **kw))

    def past(v: Any) -> Any:
        return _optional(v, lambda s: parse_past_date(s, today))

    def plicht(v: Any) -> Any:
        d = _optional(v, parse_date)
        if d is not None and d < WI2021_START:
            raise FieldError("De Wet inburgering 2021 geldt vanaf 01-01-2022.")
        if d is not None and d > today + timedelta(days=366):
            raise FieldError("Deze datum ligt meer dan een jaar in de toekomst.")
        return d

    def plicht_past(v: Any) -> Any:
        d = _optional(v, lambda s: parse_past_date(s, today, WI2021_START))
        return d

    geboortedatum = c.take(
        "geboortedatum",
        lambda v: parse_past_date(str(v or ""), today) if str(v or "").strip() else _required(),
    )
    inburgeraar = Inburgeraar(
        voornamen=c.take("voornamen", lambda v: parse_name(str(v or ""), required=True)),
        voorvoegsel=c.take("voorvoegsel", lambda v: parse_name(str(v or ""), required=False)),
        achternaam=c.take("achternaam", lambda v: parse_name(str(v or ""), required=True)),
        geboortedatum=geboortedatum,
        geslacht=c.take(
            "geslacht", lambda v: _choice(v, reference.GESLACHTEN, "Kies een geslacht.")
        ),
        bsn=c.take("bsn", lambda v: _optional(v, parse_bsn)),
        v_nummer=c.take("v_nummer", lambda v: _optional(v, parse_v_nummer)),
        doelgroep=c.take(
            "doelgroep", lambda v: _choice(v, reference.DOELGROEPEN, "Kies een doelgroep.")
        ),
        land_herkomst=c.take(
            "land_herkomst",
            lambda v: _choice(
                str(v or "").upper(),
                {x.code for x in reference.countries()},
                "Kies een land van herkomst.",
            ),
        ),
        voorkeurstaal=c.take(
            "voorkeurstaal",
            lambda v: _choice(
                str(v or "").lower(),
                {x.code for x in reference.languages()},
                "Kies de taal voor drukwerk.",
            ),
        ),
        gemeentecode=c.take(
            "gemeentecode", lambda v: _choice(v, gemeentecodes, "Kies een gemeente uit de lijst.")
        ),
        status=c.take(
            "status", lambda v: _choice(v or "aangemeld", reference.STATUSSEN, "Kies een status.")
        ),
        datum_start_plicht=c.take("datum_start_plicht", plicht),
        datum_vestiging=c.take("datum_vestiging", past),
        datum_melding_duo=c.take("datum_melding_duo", past),
        dagtekening_pip_elders=c.take("dagtekening_pip_elders", plicht_past),
        indeling=c.take(
            "indeling",
            lambda v: (
                _choice(v, {"", *reference.INDELINGEN}, "Kies de indeling van DUO.") if v else ""
            ),
        ),
        asielrechten=c.take(
            "asielrechten",
            lambda v: _choice(v, {"", *reference.ASIELRECHTEN}, "Kies wat DUO meldt.") if v else "",
        ),
        klantmanager=text("klantmanager", max_len=100),
        telefoon=c.take("telefoon", lambda v: _optional(v, parse_phone) or ""),
        email=c.take("email", lambda v: _optional(v, parse_email) or ""),
        straat=text("straat", max_len=100),
        huisnummer=c.take("huisnummer", lambda v: _optional(v, parse_huisnummer) or ""),
        postcode=c.take("postcode", lambda v: _optional(v, parse_postcode) or ""),
        woonplaats=text("woonplaats", max_len=100),
        talen=c.take("talen", _talen),
        id=values.get("id") or None,
        version=int(values.get("version") or 0),
    )
    c.check()
    return inburgeraar


def _required() -> Any:
    raise FieldError("Vul dit in.")
