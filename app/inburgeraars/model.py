"""The inburgeraar as the rest of the app sees it, and how raw form input becomes one."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from app import reference
from app.inburgeraars import velden
from app.inburgeraars.parsers import Context
from app.validation import FormCollector


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
    # catalogue fields without an attribute of their own (see velden.py), by key
    overig: Mapping[str, Any] = field(default_factory=dict, hash=False)

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


def typed_fields() -> frozenset[str]:
    """The catalogue fields with an attribute of their own on :class:`Inburgeraar` (the
    others, fields no code reads by name, live in ``overig``)."""
    return _TYPED


def waarde(inburgeraar: Inburgeraar, key: str) -> Any:
    """A catalogue field's value, whether an attribute or in ``overig``."""
    if key in _TYPED:
        return getattr(inburgeraar, key)
    return inburgeraar.overig.get(key)


def build(values: Mapping[str, Any], **extra: Any) -> Inburgeraar:
    """An Inburgeraar from catalogue values by key (already parsed)."""
    typed = {k: v for k, v in values.items() if k in _TYPED}
    overig = {k: v for k, v in values.items() if k not in _TYPED}
    return Inburgeraar(**typed, **extra, overig=overig)


def inburgeraar_from_form(
    values: Mapping[str, Any], gemeentecodes: Collection[str], today: date
) -> Inburgeraar:
    """Validate every field of a form (strings as typed) and build an Inburgeraar; the
    catalogue (app/inburgeraars/velden.py) names each field's parser.

    Raises ValidationError with a message per wrong field; never returns a half-valid record.
    """
    c = FormCollector(values)
    ctx = Context(today=today, gemeentecodes=gemeentecodes)
    parsed: dict[str, Any] = {}
    for veld in velden.alle():
        parse = veld.parse
        parsed[veld.key] = c.take(veld.key, lambda v, parse=parse: parse(v, ctx))  # type: ignore[misc]
    c.check()
    parsed["talen"] = tuple(Taal(code, niveau) for code, niveau in parsed.get("talen") or ())
    return build(parsed, id=values.get("id") or None, version=int(values.get("version") or 0))


_TYPED = frozenset(f.name for f in fields(Inburgeraar)) - {"id", "version", "overig"}
