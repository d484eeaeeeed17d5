"""The matching weights as a stored setting (table ``instelling``), validated field by field."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, fields, replace
from typing import TYPE_CHECKING, Any

from app.matching.model import NIVEAU_FACTOR, Gewichten
from app.security.audit import audit
from app.security.roles import Permission, require
from app.validation import ValidationError
from db.instellingen import InstellingRepository

if TYPE_CHECKING:
    from app.session import Session

SLEUTEL = "matching.gewichten"
# Penalties are negative points; everything else is zero or more.
NEGATIEF = frozenset({"buiten_reisafstand", "eigen_gemeenschap"})
FACTOREN = frozenset({"brugtaal_factor", "dialect_factor"})


def _check(name: str, raw: Any, default: Any) -> Any:
    if name == "min_niveau":
        if raw not in NIVEAU_FACTOR:
            raise ValueError(f"kies een van: {', '.join(NIVEAU_FACTOR)}")
        return raw
    try:
        value = float(str(raw).replace(",", "."))
    except ValueError:
        raise ValueError("vul een getal in") from None
    if name in FACTOREN and not 0 <= value <= 1:
        raise ValueError("een factor ligt tussen 0 en 1")
    if name in NEGATIEF and not -100 <= value <= 0:
        raise ValueError("een aftrek ligt tussen -100 en 0")
    if name not in FACTOREN | NEGATIEF and not 0 <= value <= 1000:
        raise ValueError("vul een getal van 0 tot en met 1000 in")
    if name == "uren_per_koppeling" and value <= 0:
        raise ValueError("een koppeling kost meer dan 0 uur")
    return int(value) if isinstance(default, int) else value


def gewichten_uit(values: Mapping[str, Any], basis: Gewichten | None = None) -> Gewichten:
    """Weights from *values* (names as in :class:`Gewichten`); unknown names are refused."""
    basis = basis or Gewichten()
    known = {f.name for f in fields(Gewichten)}
    errors: dict[str, str] = {}
    changes: dict[str, Any] = {}
    for name, raw in values.items():
        if name not in known:
            errors[name] = "onbekend gewicht"
            continue
        try:
            changes[name] = _check(name, raw, getattr(basis, name))
        except ValueError as exc:
            errors[name] = str(exc)
    if errors:
        raise ValidationError(errors)
    return replace(basis, **changes)


def laad(session: Session) -> Gewichten:
    raw = InstellingRepository(session.store.conn).get(SLEUTEL)
    if raw is None:
        return Gewichten()
    try:
        return gewichten_uit(json.loads(raw))
    except (ValueError, TypeError):
        return Gewichten()  # a damaged setting falls back to the defaults, never blocks matching


def bewaar(session: Session, g: Gewichten) -> None:
    store = session.store
    require(session, Permission.SLEUTELPERSONEN_BEHEREN)
    text = json.dumps(asdict(g))
    with store.transaction() as conn:
        InstellingRepository(conn).put(SLEUTEL, text)
        audit(session, "gewijzigd", "instelling", SLEUTEL)
