"""A synthetic regional pool and waiting newcomers for the benchmarks (no personal data)."""

from __future__ import annotations

import random

from app import reference
from app.matching.model import Kandidaat, Vraag

# (mother tongue, country, share): roughly the mix of the Achterhoek's newcomers.
GROEPEN = (
    ("apc", "SY", 28),
    ("ti", "ER", 20),
    ("prs", "AF", 8),
    ("ar", "YE", 5),
    ("so", "SO", 5),
    ("tr", "TR", 6),
    ("fa", "IR", 4),
    ("uk", "UA", 10),
    ("apd", "SD", 4),
    ("kmr", "SY", 4),
    ("am", "ET", 3),
    ("ps", "AF", 3),
)
CODES = [c for c, _ in reference.ACHTERHOEK]
THEMAS = list(reference.THEMAS)


def kandidaten(n: int, rng: random.Random) -> list[Kandidaat]:
    weights = [g[2] for g in GROEPEN]
    result = []
    for i in range(n):
        taal, land, _ = rng.choices(GROEPEN, weights)[0]
        talen = {taal: "moedertaal", "nl": rng.choice(("redelijk", "goed", "vloeiend"))}
        if rng.random() < 0.3:
            talen["en"] = rng.choice(("redelijk", "goed"))
        capaciteit = float(rng.choice((8, 12, 16, 20)))
        result.append(
            Kandidaat(
                id=f"k{i}",
                naam=f"Sleutelpersoon {i}",
                geslacht=rng.choice("VVVM"),
                talen=talen,
                landen=frozenset({land}),
                gemeentecode=rng.choice(CODES),
                gemeente="",
                themas=frozenset(rng.sample(THEMAS, rng.randint(1, 4))),
                actief=rng.random() < 0.9,
                capaciteit_uren=capaciteit,
                ingezet_uren=rng.choice((0.0, 2.0, 4.0, 6.0, 10.0)),
                dagen_sinds_inzet=rng.choice((None, 5, 30, 90)),
                auto=rng.random() < 0.45,
                max_reisafstand_km=rng.choice((10, 20, 30, 50)),
                beschikbaarheid="maandag 10–12" if rng.random() < 0.7 else "",
            )
        )
    return result


def vragen(n: int, rng: random.Random) -> list[Vraag]:
    weights = [g[2] for g in GROEPEN]
    result = []
    for i in range(n):
        taal, land, _ = rng.choices(GROEPEN, weights)[0]
        talen = {taal: "moedertaal", "nl": "beginner"}
        if rng.random() < 0.2:
            talen["en"] = "goed"
        result.append(
            Vraag(
                inburgeraar_id=f"c{i}",
                geslacht=rng.choice("VM"),
                land_herkomst=land,
                talen=talen,
                voorkeurstaal=taal,
                gemeentecode=rng.choice(CODES),
                themas=tuple(rng.sample(THEMAS, rng.randint(0, 3))),
                voorkeur_geslacht=rng.choice(("geen", "geen", "geen", "V")),
                niet_eigen_gemeenschap=rng.random() < 0.1,
            )
        )
    return result
