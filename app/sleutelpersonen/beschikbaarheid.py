"""Fixed weekly hours such as "maandag 10–12" or "di 13:30-15:00": parsed, validated, written back.

Key persons keep boundaries by being reachable at fixed moments only; the registry records those
moments so officers plan around them instead of calling a private number at any time.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from app.validation import FieldError

DAGEN: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)
_AFKORTINGEN = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}
_TIJD = r"(\d{1,2})(?:[:.](\d{2}))?"
_VAK = re.compile(rf"^([a-z]+)\s+{_TIJD}\s*(?:-|–|—|tot)\s*{_TIJD}(?:\s*uur)?$")
MAX_TIJDVAKKEN = 14


@dataclass(frozen=True, order=True)
class Tijdvak:
    """One weekly slot: day 0 = Monday; times in minutes after midnight."""

    dag: int
    begin: int
    eind: int

    @property
    def minuten(self) -> int:
        return self.eind - self.begin

    def tekst(self) -> str:
        return f"{DAGEN[self.dag]} {_klok(self.begin)}–{_klok(self.eind)}"


def _klok(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h}" if m == 0 else f"{h}:{m:02d}"


def _dag(word: str) -> int:
    if word in DAGEN:
        return DAGEN.index(word)
    if word[:2] in _AFKORTINGEN and DAGEN[_AFKORTINGEN[word[:2]]].startswith(word):
        return _AFKORTINGEN[word[:2]]
    raise FieldError(f"'{word}' is geen dag. Schrijf bijvoorbeeld: maandag 10–12.")


def _minuten(hour: str, minute: str | None, text: str) -> int:
    h, m = int(hour), int(minute or 0)
    if h > 24 or m > 59 or (h == 24 and m):
        raise FieldError(f"'{text}': {hour}:{minute or '00'} is geen tijd.")
    return h * 60 + m


def parse_tijdvak(raw: str) -> Tijdvak:
    text = " ".join(raw.strip().lower().split())
    match = _VAK.match(text)
    if not match:
        raise FieldError(f"'{raw.strip()}' begrijp ik niet. Schrijf bijvoorbeeld: maandag 10–12.")
    dag = _dag(match.group(1))
    begin = _minuten(match.group(2), match.group(3), raw.strip())
    eind = _minuten(match.group(4), match.group(5), raw.strip())
    if eind <= begin:
        raise FieldError(f"'{raw.strip()}': de eindtijd ligt niet na de begintijd.")
    return Tijdvak(dag, begin, eind)


def parse_beschikbaarheid(raw: str) -> tuple[Tijdvak, ...]:
    """Slots separated by ';', ',' or new lines; overlapping slots on one day are refused."""
    parts = [p for p in re.split(r"[;,\n]", raw) if p.strip()]
    if len(parts) > MAX_TIJDVAKKEN:
        raise FieldError(f"Hooguit {MAX_TIJDVAKKEN} vaste tijden.")
    vakken = sorted(parse_tijdvak(p) for p in parts)
    for a, b in itertools.pairwise(vakken):
        if a.dag == b.dag and b.begin < a.eind:
            raise FieldError(f"{a.tekst()} en {b.tekst()} overlappen.")
    return tuple(vakken)


def beschikbaarheid_tekst(vakken: tuple[Tijdvak, ...]) -> str:
    return "; ".join(v.tekst() for v in vakken)


def uren_per_week(vakken: tuple[Tijdvak, ...]) -> float:
    return sum(v.minuten for v in vakken) / 60
