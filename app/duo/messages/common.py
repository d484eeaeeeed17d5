"""What all of Wegwijs's models of DUO's messages share: the error for a message that does not
have DUO's published shape, DUO's simple patterns and the readers that refuse what DUO's schema
does not allow."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

BSN = re.compile(r"[0-9]{9}")
GEBEURTENIS_ID = re.compile(r"[0-9A-Z]{1,6}")
SCORE = re.compile(r"[0-9]{1,3},[0-9]{2}")


class DuoMessageError(ValueError):
    """A message from DUO that does not have DUO's published shape."""


def obj(raw: object, what: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise DuoMessageError(f"{what}: geen JSON-object")
    return raw


def date_field(raw: dict[str, Any], key: str, *, required: bool = False) -> date | None:
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


def enum_field(raw: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if value not in allowed:
        raise DuoMessageError(f"{key}: onbekende waarde")
    return str(value)


def iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def drop_none(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if v is not None}
