"""DUO's current facts about one person, as "Gegevens DUO ophalen" shows them (pure, no I/O).

The gateway builds a `DuoGegevens` from DUO's consult answers and stores `to_json()` in the
request row; the laptop reads it back with `from_json()`. The JSON is Wegwijs's own (ISO dates,
snake_case), never DUO's wire format, so the laptop does not depend on DUO's API versions.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, TypeVar

from app.duo.messages.consults import (
    Besluit,
    Doelgroep,
    Inburgeringsplicht,
    Inburgeringstermijn,
    Indeling,
    LbtResultaat,
)

T = TypeVar("T")


@dataclass(frozen=True)
class DuoGegevens:
    plicht: Inburgeringsplicht | None = None
    doelgroep: Doelgroep | None = None
    lbt: list[LbtResultaat] = field(default_factory=list)
    termijn: Inburgeringstermijn | None = None
    ontheffingen: list[Besluit] = field(default_factory=list)
    vrijstellingen: list[Besluit] = field(default_factory=list)

    @property
    def laatste_lbt(self) -> LbtResultaat | None:
        return max(self.lbt, key=lambda r: r.datum_afname) if self.lbt else None

    def to_json(self) -> dict[str, Any]:
        def one(value: Any) -> Any:
            if value is None:
                return None
            return {k: _plain(v) for k, v in asdict(value).items()}

        return {
            "plicht": one(self.plicht),
            "doelgroep": one(self.doelgroep),
            "lbt": [one(r) for r in self.lbt],
            "termijn": one(self.termijn),
            "ontheffingen": [one(b) for b in self.ontheffingen],
            "vrijstellingen": [one(b) for b in self.vrijstellingen],
        }

    @classmethod
    def from_json(cls, raw: Any) -> DuoGegevens:
        body = raw if isinstance(raw, dict) else {}
        doelgroep = _load(Doelgroep, body.get("doelgroep"))
        if doelgroep is not None and doelgroep.indeling is not None:
            doelgroep = Doelgroep(
                Indeling(doelgroep.indeling),
                doelgroep.begindatum,
                doelgroep.gedetailleerd,
                doelgroep.asielrechten_wijziging,
            )
        return cls(
            _load(Inburgeringsplicht, body.get("plicht")),
            doelgroep,
            [r for r in (_load(LbtResultaat, x) for x in body.get("lbt") or []) if r],
            _load(Inburgeringstermijn, body.get("termijn")),
            [b for b in (_load(Besluit, x) for x in body.get("ontheffingen") or []) if b],
            [b for b in (_load(Besluit, x) for x in body.get("vrijstellingen") or []) if b],
        )


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value"):  # an enum
        return value.value
    return value


def _load(kind: type[T], raw: Any) -> T | None:
    if not isinstance(raw, dict):
        return None
    values: dict[str, Any] = {}
    for f in fields(kind):  # type: ignore[arg-type]
        value = raw.get(f.name)
        if isinstance(value, str) and "date" in str(f.type) and len(value) == 10:
            with contextlib.suppress(ValueError):
                value = date.fromisoformat(value)
        values[f.name] = value
    return kind(**values)
