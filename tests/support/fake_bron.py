"""A report source in memory: rows as the local store or the regional server would give them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

GEMEENTEN = {"0197": "Aalten", "0222": "Doetinchem", "0294": "Winterswijk"}


@dataclass
class FakeBron:
    naam: str = "testbron"
    signaal_rijen: list[dict[str, Any]] = field(default_factory=list)
    ervaring_rijen: list[dict[str, Any]] = field(default_factory=list)
    feedback_rijen: list[dict[str, Any]] = field(default_factory=list)
    bereik_rijen: list[dict[str, Any]] = field(default_factory=list)

    def signalen(self, first: date, last: date) -> list[dict[str, Any]]:
        return list(self.signaal_rijen)

    def ervaringen(self, periode: str) -> list[dict[str, Any]]:
        return list(self.ervaring_rijen)

    def feedback(self, first: date, last: date) -> list[dict[str, Any]]:
        return list(self.feedback_rijen)

    def bereik(self, first: date, last: date) -> list[dict[str, Any]]:
        return list(self.bereik_rijen)

    def gemeenten(self) -> Mapping[str, str]:
        return GEMEENTEN
