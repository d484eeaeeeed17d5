"""Reach overview: how many inburgeraars a key person supported, by language, country of origin,
gender, age group, municipality and route — the question the region asked the researchers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app import reference
from app.csv_export import csv_bytes

LEEFTIJDSGROEPEN: tuple[tuple[int, int, str], ...] = (
    (0, 17, "jonger dan 18"),
    (18, 27, "18 tot en met 27"),
    (28, 39, "28 tot en met 39"),
    (40, 54, "40 tot en met 54"),
    (55, 200, "55 en ouder"),
)
ROUTE_LABELS = {"B": "B1-route", "O": "Onderwijsroute", "Z": "Z-route"}  # short: a chart label
DIMENSIES: dict[str, str] = {
    "taal": "Taal",
    "land": "Land van herkomst",
    "geslacht": "Geslacht",
    "leeftijd": "Leeftijdsgroep",
    "gemeente": "Gemeente",
    "route": "Leerroute",
}


def leeftijd(geboortedatum: date, today: date) -> int:
    before = (today.month, today.day) < (geboortedatum.month, geboortedatum.day)
    return today.year - geboortedatum.year - int(before)


def leeftijdsgroep(jaren: int) -> str:
    for low, high, label in LEEFTIJDSGROEPEN:
        if low <= jaren <= high:
            return label
    return "onbekend"


@dataclass(frozen=True)
class Bereik:
    totaal: int
    per: Mapping[str, list[tuple[str, int]]]  # dimension → (label, count), largest first


def bereik(
    inburgeraars: Iterable[Mapping[str, Any]],
    gemeenten: Mapping[str, str],
    today: date,
    route_of: Callable[[str], str | None] = lambda _id: None,
) -> Bereik:
    counters: dict[str, Counter[str]] = {d: Counter() for d in DIMENSIES}
    total = 0
    for c in inburgeraars:
        total += 1
        counters["taal"][reference.language_name(str(c["voorkeurstaal"])) or "onbekend"] += 1
        counters["land"][reference.country_name(str(c["land_herkomst"])) or "onbekend"] += 1
        counters["geslacht"][reference.GESLACHTEN.get(str(c["geslacht"]), "onbekend")] += 1
        age = leeftijd(date.fromisoformat(str(c["geboortedatum"])), today)
        counters["leeftijd"][leeftijdsgroep(age)] += 1
        counters["gemeente"][gemeenten.get(str(c["gemeentecode"]), str(c["gemeentecode"]))] += 1
        route = route_of(str(c["id"]))
        counters["route"][ROUTE_LABELS.get(route or "", "nog niet bepaald")] += 1
    per = {d: sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])) for d, cnt in counters.items()}
    return Bereik(total, per)


def bereik_csv(b: Bereik) -> bytes:
    rows: list[list[object]] = [["indeling", "waarde", "aantal inburgeraars"]]
    for dim, counted in b.per.items():
        rows += [[DIMENSIES[dim], label, count] for label, count in counted]
    rows.append(["totaal", "", b.totaal])
    return csv_bytes(rows)
