"""How one register field's typed text becomes its value (the catalogue in velden.py names the
parser per field). Each parser takes the raw form value and the form's context and raises
FieldError with a Dutch message; an empty optional field is None or "" as the field stores it."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app import reference
from app.validation import (
    WI2021_START,
    FieldError,
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
class Context:
    """What a parser may need besides the value: today's date and the known municipalities."""

    today: date
    gemeentecodes: Collection[str] = field(default_factory=frozenset)


Parser = Callable[[Any, Context], Any]


def _raw(value: Any) -> str:
    return str(value or "")


def _required() -> Any:
    raise FieldError("Vul dit in.")


def choice(raw: Any, allowed: Collection[str], message: str) -> str:
    text = _raw(raw).strip()
    if text not in allowed:
        raise FieldError(message)
    return text


def optional(raw: Any, parse: Callable[[str], Any]) -> Any:
    text = _raw(raw).strip()
    return parse(text) if text else None


def name(required: bool) -> Parser:
    return lambda v, _ctx: parse_name(_raw(v), required=required)


def text(max_len: int) -> Parser:
    return lambda v, _ctx: parse_text(_raw(v), max_len=max_len)


def optional_text(parse: Callable[[str], str]) -> Parser:
    """An optional value stored as "" when empty (telefoon, e-mail, postcode …)."""
    return lambda v, _ctx: optional(v, parse) or ""


def optional_value(parse: Callable[[str], Any]) -> Parser:
    """An optional value stored as NULL when empty (BSN, V-nummer)."""
    return lambda v, _ctx: optional(v, parse)


def one_of(allowed: Collection[str], message: str, *, default: str = "") -> Parser:
    """A code from a fixed list; *default* stands for an empty value."""
    return lambda v, _ctx: choice(v or default, allowed, message)


def one_of_or_empty(allowed: Collection[str], message: str) -> Parser:
    return lambda v, _ctx: choice(v, {"", *allowed}, message) if v else ""


def birth_date(raw: Any, ctx: Context) -> date:
    text_ = _raw(raw)
    return parse_past_date(text_, ctx.today) if text_.strip() else _required()


def past_date(raw: Any, ctx: Context) -> date | None:
    return optional(raw, lambda s: parse_past_date(s, ctx.today))  # type: ignore[no-any-return]


def plicht_date(raw: Any, ctx: Context) -> date | None:
    d: date | None = optional(raw, parse_date)
    if d is not None and d < WI2021_START:
        raise FieldError("De Wet inburgering 2021 geldt vanaf 01-01-2022.")
    if d is not None and d > ctx.today + timedelta(days=366):
        raise FieldError("Deze datum ligt meer dan een jaar in de toekomst.")
    return d


def plicht_past_date(raw: Any, ctx: Context) -> date | None:
    return optional(raw, lambda s: parse_past_date(s, ctx.today, WI2021_START))  # type: ignore[no-any-return]


def country(raw: Any, _ctx: Context) -> str:
    return choice(
        _raw(raw).upper(), {x.code for x in reference.countries()}, "Kies een land van herkomst."
    )


def handout_language(raw: Any, _ctx: Context) -> str:
    return choice(
        _raw(raw).lower(), {x.code for x in reference.languages()}, "Kies de taal voor drukwerk."
    )


def gemeente(raw: Any, ctx: Context) -> str:
    return choice(raw, ctx.gemeentecodes, "Kies een gemeente uit de lijst.")


def talen(raw: Any, _ctx: Context) -> tuple[tuple[str, str], ...]:
    """The languages a person speaks: (ISO 639 code, level) pairs, each language once."""
    items = list(raw or [])
    if len(items) > MAX_TALEN:
        raise FieldError(f"Hooguit {MAX_TALEN} talen.")
    result: list[tuple[str, str]] = []
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
        result.append((code, str(niveau)))
    return tuple(result)


PARSE_PHONE = optional_text(parse_phone)
PARSE_EMAIL = optional_text(parse_email)
PARSE_HUISNUMMER = optional_text(parse_huisnummer)
PARSE_POSTCODE = optional_text(parse_postcode)
PARSE_BSN = optional_value(parse_bsn)
PARSE_V_NUMMER = optional_value(parse_v_nummer)
