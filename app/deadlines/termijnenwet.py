"""Algemene termijnenwet: a legal term that ends on a weekend or a listed feestdag runs on.

Art. 1: a term set by law that ends on a Saturday, Sunday or algemeen erkende feestdag runs until
the end of the next day that is none of these. Art. 3 lists the feestdagen: Nieuwjaarsdag,
tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, eerste en tweede Kerstdag, Koningsdag (27
april, 26 april when the 27th is a Sunday) and 5 mei (every year); Goede Vrijdag counts the same
(art. 3 lid 2). Easter comes from ``dateutil.easter`` (Western/Gregorian computus). The
government designates extra days by decree now and then: those come in as *extra* (a setting),
never hard-wired here.

This is not a generic list of Dutch public holidays (those differ on 5 mei and Goede Vrijdag and
add Sundays such as Pasen): the law's own list is written out below, so the rule is visible and
tested, and only the computus comes from a library.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from dateutil.easter import EASTER_WESTERN, easter

BEZWAAR_WEKEN = 6  # Awb art. 6:7


def feestdagen(year: int, extra: Iterable[date] = ()) -> dict[date, str]:
    """The days of art. 3 in *year* (plus designated *extra* days in that year), with names."""
    pasen = easter(year, EASTER_WESTERN)
    koningsdag = date(year, 4, 27)
    if koningsdag.weekday() == 6:
        koningsdag = date(year, 4, 26)
    days = {
        date(year, 1, 1): "Nieuwjaarsdag",
        pasen - timedelta(days=2): "Goede Vrijdag",
        pasen + timedelta(days=1): "tweede Paasdag",
        koningsdag: "Koningsdag",
        date(year, 5, 5): "5 mei",
        pasen + timedelta(days=39): "Hemelvaartsdag",
        pasen + timedelta(days=50): "tweede Pinksterdag",
        date(year, 12, 25): "eerste Kerstdag",
        date(year, 12, 26): "tweede Kerstdag",
    }
    for day in extra:
        if day.year == year:
            days.setdefault(day, "aangewezen dag")
    return days


def geen_termijndag(day: date, extra: Iterable[date] = ()) -> str:
    """Why a term cannot end on *day* ("zaterdag", "Koningsdag" …), or "" when it can."""
    if day.weekday() == 5:
        return "zaterdag"
    if day.weekday() == 6:
        return "zondag"
    return feestdagen(day.year, extra).get(day, "")


def verschuif(einde: date, extra: Iterable[date] = ()) -> date:
    """The last day of a term that would end on *einde*, after art. 1 (may be *einde* itself)."""
    extra = tuple(extra)
    while geen_termijndag(einde, extra):
        einde += timedelta(days=1)
    return einde


def bezwaar_uiterlijk(dagtekening: date, extra: Iterable[date] = ()) -> date:
    """Last day to object: six weeks from the day after the dagtekening (Awb 6:7, 6:8), moved
    to the next working day by the Algemene termijnenwet."""
    start = dagtekening + timedelta(days=1)
    einde = start + timedelta(weeks=BEZWAAR_WEKEN) - timedelta(days=1)
    return verschuif(einde, extra)


def parse_extra(values: Iterable[str]) -> tuple[date, ...]:
    """ISO dates from a setting; raises ValueError with a Dutch message on a bad one."""
    out: list[date] = []
    for value in values:
        try:
            out.append(date.fromisoformat(value.strip()))
        except ValueError:
            raise ValueError(
                f"'{value}' is geen datum. Schrijf aangewezen dagen als JJJJ-MM-DD."
            ) from None
    return tuple(out)
