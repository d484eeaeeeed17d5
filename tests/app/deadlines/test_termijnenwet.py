"""Bezwaar date: six weeks from the day after the dagtekening, then the Algemene termijnenwet."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.deadlines.termijnenwet import bezwaar_uiterlijk, feestdagen, geen_termijndag, parse_extra


@pytest.mark.parametrize(
    ("dagtekening", "laatste_dag", "waarom"),
    [
        (date(2026, 2, 9), date(2026, 3, 23), "gewone maandag (voorbeeld uit de issue)"),
        (date(2026, 1, 31), date(2026, 3, 16), "eindigt op zaterdag 14-03 → maandag"),
        (date(2026, 2, 1), date(2026, 3, 16), "eindigt op zondag 15-03 → maandag"),
        (date(2025, 3, 15), date(2025, 4, 28), "26-04-2025 zaterdag, 27-04 zondag → maandag 28-04"),
        (date(2026, 3, 16), date(2026, 4, 28), "Koningsdag 27-04-2026 is een maandag → dinsdag"),
        (date(2026, 4, 2), date(2026, 5, 15), "14-05-2026 Hemelvaart → vrijdag 15-05"),
        (date(2026, 2, 20), date(2026, 4, 7), "Goede Vrijdag 03-04, dan weekend, tweede Paasdag"),
        (
            date(2026, 11, 13),
            date(2026, 12, 28),
            "Kerstdagen + weekend → maandag 28-12",
        ),
        (date(2026, 11, 20), date(2027, 1, 4), "Nieuwjaarsdag 2027 vrijdag, dan weekend"),
        (date(2026, 3, 24), date(2026, 5, 6), "5 mei 2026 (dinsdag) telt elk jaar"),
    ],
)
def test_bezwaar_uiterlijk(dagtekening: date, laatste_dag: date, waarom: str) -> None:
    assert bezwaar_uiterlijk(dagtekening) == laatste_dag, waarom


def test_koningsdag_on_a_sunday_is_the_26th() -> None:
    # 27 april 2025 is a Sunday: Koningsdag is Saturday 26 april. 2031: 27th is a Sunday too.
    assert feestdagen(2025)[date(2025, 4, 26)] == "Koningsdag"
    assert date(2025, 4, 27) not in feestdagen(2025)
    # a term ending on Friday 25-04-2031 is fine; Saturday 26-04-2031 is Koningsdag AND weekend
    assert feestdagen(2031)[date(2031, 4, 26)] == "Koningsdag"
    # a weekday Koningsdag stops a term: 27-04-2026 is a Monday
    assert geen_termijndag(date(2026, 4, 27)) == "Koningsdag"


def test_easter_dates_computed() -> None:
    days = feestdagen(2027)  # Easter 2027: 28 March
    assert days[date(2027, 3, 26)] == "Goede Vrijdag"
    assert days[date(2027, 3, 29)] == "tweede Paasdag"
    assert days[date(2027, 5, 6)] == "Hemelvaartsdag"
    assert days[date(2027, 5, 17)] == "tweede Pinksterdag"


def test_a_designated_extra_day_moves_the_term() -> None:
    # Suppose the government designates Friday 15 May 2026 (after Hemelvaart).
    extra = parse_extra(["2026-05-15"])
    assert bezwaar_uiterlijk(date(2026, 4, 2)) == date(2026, 5, 15)
    assert bezwaar_uiterlijk(date(2026, 4, 2), extra) == date(2026, 5, 18)


def test_bad_extra_day_has_a_dutch_message() -> None:
    with pytest.raises(ValueError, match="JJJJ-MM-DD"):
        parse_extra(["15-05-2026"])


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_never_before_six_weeks_never_on_a_closed_day(dagtekening: date) -> None:
    last = bezwaar_uiterlijk(dagtekening)
    plain = dagtekening + timedelta(days=42)
    assert plain <= last <= plain + timedelta(days=5)
    assert geen_termijndag(last) == ""
    # every day between the plain end and the moved one is closed
    day = plain
    while day < last:
        assert geen_termijndag(day), day
        day += timedelta(days=1)
