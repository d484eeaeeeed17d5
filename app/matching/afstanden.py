"""Approximate road distances between municipalities, read from resources (editable data)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Afstanden:
    km: Mapping[tuple[str, str], int]

    def tussen(self, a: str, b: str) -> int | None:
        """Kilometres between two municipality codes; 0 within one; None when unknown."""
        if a == b:
            return 0
        return self.km.get((a, b))


def from_pairs(pairs: list[tuple[str, str, int]]) -> Afstanden:
    table: dict[tuple[str, str], int] = {}
    for a, b, km in pairs:
        table[(a, b)] = km
        table[(b, a)] = km
    return Afstanden(table)


@cache
def achterhoek() -> Afstanden:
    text = (
        resources.files("resources.sleutelpersonen")
        .joinpath("afstanden_achterhoek.json")
        .read_text("utf-8")
    )
    data = json.loads(text)
    return from_pairs([(str(a), str(b), int(km)) for a, b, km in data["km"]])
