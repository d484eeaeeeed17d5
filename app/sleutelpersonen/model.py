"""A key person as the rest of the app sees it, and how raw form or import values become one."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app import reference
from app.inburgeraars.model import fold
from app.sleutelpersonen.beschikbaarheid import (
    Tijdvak,
    beschikbaarheid_tekst,
    parse_beschikbaarheid,
)
from app.validation import (
    FieldError,
    FormCollector,
    parse_date,
    parse_email,
    parse_iban,
    parse_name,
    parse_phone,
    parse_text,
)

SOORTEN: dict[str, str] = {
    "sleutelpersoon": "Sleutelpersoon",
    "cultuurverbinder": "Cultuurverbinder",
    "beide": "Sleutelpersoon en cultuurverbinder",
}
STATUSSEN: dict[str, str] = {"actief": "Actief", "gepauzeerd": "Gepauzeerd", "gestopt": "Gestopt"}
MAX_TALEN = 10
MAX_CAPACITEIT = 200


@dataclass(frozen=True)
class TaalKennis:
    code: str  # ISO 639: 2-letter where it exists, else 3-letter (apc, apd … for dialects)
    niveau: str  # key of reference.TAALNIVEAUS


@dataclass(frozen=True)
class Sleutelpersoon:
    voornaam: str
    achternaam: str
    soort: str
    geslacht: str
    gemeentecode: str
    status: str
    status_datum: date
    talen: tuple[TaalKennis, ...] = ()
    landen: tuple[str, ...] = ()
    themas: tuple[str, ...] = ()
    rollen: tuple[str, ...] = ()
    beschikbaarheid: tuple[Tijdvak, ...] = ()
    training: str = ""
    training_datum: date | None = None
    geboortejaar: int | None = None
    rijbewijs: bool = False
    auto: bool = False
    alleen_ov: bool = False
    max_reisafstand_km: int = 25
    capaciteit_uren: int = 8
    gezinsmigrant: bool = False
    betaald: bool = False
    werk_telefoon: str = ""
    werk_email: str = ""
    iban: str = ""  # for reimbursing expenses; compact form, check digits verified
    id: str | None = None
    version: int = 0

    @property
    def naam(self) -> str:
        return f"{self.voornaam} {self.achternaam}"

    @property
    def actief(self) -> bool:
        return self.status == "actief"

    @property
    def beschikbaarheid_tekst(self) -> str:
        return beschikbaarheid_tekst(self.beschikbaarheid)


def search_key(p: Sleutelpersoon) -> str:
    talen = " ".join(reference.language_name(t.code) or t.code for t in p.talen)
    return fold(f"{p.voornaam} {p.achternaam} {talen}")


# --- parsing one field ----------------------------------------------------------------------
def _text(raw: Any) -> str:
    return "" if raw is None else str(raw).strip()


def _choice(raw: Any, allowed: Collection[str], message: str) -> str:
    text = _text(raw)
    if text not in allowed:
        raise FieldError(message)
    return text


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).lower()
    if text in ("", "0", "nee", "n", "false", "onwaar"):
        return False
    if text in ("1", "ja", "j", "true", "waar"):
        return True
    raise FieldError("Vul ja of nee in.")


def _int(raw: Any, low: int, high: int, *, default: int | None = None) -> int | None:
    text = _text(raw)
    if not text:
        return default
    if not re.fullmatch(r"-?\d+", text):  # not isdigit: "²" and "--5" passed that, int() not
        raise FieldError("Vul een heel getal in.")
    value = int(text)
    if not low <= value <= high:
        raise FieldError(f"Vul een getal van {low} tot en met {high} in.")
    return value


def _list(raw: Any) -> list[str]:
    """A list as given (JSON) or as text separated by ',', ';' or '|' (CSV, form)."""
    if raw is None:
        return []
    if isinstance(raw, (list, tuple)):
        return [_text(x) for x in raw if _text(x)]
    text = _text(raw).replace(";", ",").replace("|", ",")
    return [p.strip() for p in text.split(",") if p.strip()]


def _codes(raw: Any, allowed: Mapping[str, str], what: str) -> tuple[str, ...]:
    result: list[str] = []
    for item in _list(raw):
        code = item.lower()
        if code not in allowed:
            raise FieldError(f"Onbekend {what}: '{item}'.")
        if code not in result:
            result.append(code)
    return tuple(result)


def parse_talen(raw: Any) -> tuple[TaalKennis, ...]:
    """Items as {"taal", "niveau"} mappings, (code, niveau) pairs, or text like
    'ti:moedertaal, nl:goed'."""
    items: list[tuple[str, str]] = []
    if isinstance(raw, (list, tuple)):
        for item in raw:
            if isinstance(item, Mapping):
                items.append((_text(item.get("taal")), _text(item.get("niveau"))))
            elif isinstance(item, (list, tuple)) and len(item) == 2:
                items.append((_text(item[0]), _text(item[1])))
            else:
                items.append((_text(item), ""))
    else:
        for part in _list(raw):
            code, _, niveau = part.partition(":")
            items.append((code.strip(), niveau.strip()))
    if not items:
        raise FieldError("Vul minstens één taal in.")
    if len(items) > MAX_TALEN:
        raise FieldError(f"Hooguit {MAX_TALEN} talen.")
    result: list[TaalKennis] = []
    for code, niveau in items:
        code = code.lower()
        naam = reference.language_name(code)
        if naam is None:
            raise FieldError(f"Onbekende taalcode '{code}' (ISO 639, bijvoorbeeld ti of apc).")
        niveau = niveau.lower()
        if niveau not in reference.TAALNIVEAUS:
            raise FieldError(f"Kies een niveau voor {naam}: {', '.join(reference.TAALNIVEAUS)}.")
        if any(t.code == code for t in result):
            raise FieldError(f"{naam} staat er twee keer in.")
        result.append(TaalKennis(code, niveau))
    return tuple(result)


def parse_landen(raw: Any) -> tuple[str, ...]:
    known = {c.code for c in reference.countries()}
    result: list[str] = []
    for item in _list(raw):
        code = item.upper()
        if code not in known:
            raise FieldError(f"Onbekende landcode '{item}' (ISO 3166, bijvoorbeeld ER of SY).")
        if code not in result:
            result.append(code)
    return tuple(result)


def _beschikbaarheid(raw: Any) -> tuple[Tijdvak, ...]:
    if isinstance(raw, (list, tuple)):
        raw = "; ".join(_text(x) for x in raw)
    return parse_beschikbaarheid(_text(raw))


def _past_or_today(raw: Any, today: date, *, required: bool) -> date | None:
    text = _text(raw)
    if not text:
        if required:
            raise FieldError("Vul een datum in.")
        return None
    value = parse_date(text)
    if value > today:
        raise FieldError("Deze datum ligt in de toekomst.")
    if value.year < 1990:
        raise FieldError("Deze datum ligt voor 1990.")
    return value


def sleutelpersoon_from_form(
    values: Mapping[str, Any], gemeentecodes: Collection[str], today: date
) -> Sleutelpersoon:
    """Validate every field and build a key person; raises ValidationError (field → message)."""
    c = FormCollector(values)
    status = c.take(
        "status", lambda v: _choice(v or "actief", STATUSSEN, "Kies actief, gepauzeerd of gestopt.")
    )
    person = Sleutelpersoon(
        voornaam=c.take("voornaam", lambda v: parse_name(_text(v), required=True, max_len=80)),
        achternaam=c.take("achternaam", lambda v: parse_name(_text(v), required=True, max_len=80)),
        soort=c.take(
            "soort",
            lambda v: _choice(v, SOORTEN, "Kies sleutelpersoon, cultuurverbinder of beide."),
        ),
        training=c.take("training", lambda v: parse_text(_text(v), max_len=120)),
        training_datum=c.take("training_datum", lambda v: _past_or_today(v, today, required=False)),
        geslacht=c.take(
            "geslacht",
            lambda v: _choice(_text(v).upper(), reference.GESLACHTEN, "Kies een geslacht."),
        ),
        geboortejaar=c.take("geboortejaar", lambda v: _int(v, 1920, today.year - 16)),
        talen=c.take("talen", parse_talen),
        landen=c.take("landen", parse_landen),
        gemeentecode=c.take(
            "gemeentecode", lambda v: _choice(v, gemeentecodes, "Kies een gemeente uit de lijst.")
        ),
        rijbewijs=c.take("rijbewijs", _bool),
        auto=c.take("auto", _bool),
        alleen_ov=c.take("alleen_ov", _bool),
        max_reisafstand_km=c.take("max_reisafstand_km", lambda v: _int(v, 0, 300, default=25)),
        themas=c.take("themas", lambda v: _codes(v, reference.THEMAS, "thema")),
        rollen=c.take("rollen", lambda v: _codes(v, reference.SLEUTELPERSOON_ROLLEN, "rol")),
        beschikbaarheid=c.take("beschikbaarheid", _beschikbaarheid),
        capaciteit_uren=c.take("capaciteit_uren", lambda v: _int(v, 0, MAX_CAPACITEIT, default=8)),
        gezinsmigrant=c.take("gezinsmigrant", _bool),
        betaald=c.take("betaald", _bool),
        werk_telefoon=c.take("werk_telefoon", lambda v: parse_phone(_text(v)) if _text(v) else ""),
        werk_email=c.take("werk_email", lambda v: parse_email(_text(v)) if _text(v) else ""),
        iban=c.take("iban", lambda v: parse_iban(_text(v)) if _text(v) else ""),
        status=status,
        status_datum=c.take(
            "status_datum", lambda v: _past_or_today(v or today.isoformat(), today, required=True)
        ),
        id=_text(values.get("id")) or None,
        version=int(values.get("version") or 0),
    )
    if person.auto and not person.rijbewijs and "auto" not in c.errors:
        c.errors["auto"] = "Met een auto hoort een rijbewijs; vink rijbewijs aan of auto uit."
    if person.alleen_ov and person.auto and "alleen_ov" not in c.errors:
        c.errors["alleen_ov"] = "Alleen openbaar vervoer past niet bij een eigen auto."
    c.check()
    return person
