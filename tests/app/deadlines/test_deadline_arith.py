"""Date arithmetic of legal periods: month ends, leap years, extensions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.deadlines.arith import add_months, add_years, period_end, weeks_after
from app.deadlines.engine import (
    PipVerlenging,
    TermijnRegels,
    einde_inburgeringstermijn,
    einde_ontzorgen,
    laatste_dag_routewissel,
    pip_deadline,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 36, date(2027, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_end_of_a_short_month(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "months", "last_day"),
    [
        (date(2025, 3, 15), 36, date(2028, 3, 14)),
        (date(2024, 2, 29), 36, date(2027, 2, 28)),  # no 29-02-2027: last day of February
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2027, 3, 1), 12, date(2028, 2, 29)),  # leap year: ends on 29 February
        (date(2025, 1, 1), 18, date(2026, 6, 30)),
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
    ],
)
def test_period_end(start: date, months: int, last_day: date) -> None:
    assert period_end(start, months) == last_day


def test_inburgeringstermijn_starts_the_day_after_the_dagtekening() -> None:
    # dagtekening 14-03-2025 → termijn 15-03-2025 … 14-03-2028
    assert einde_inburgeringstermijn(date(2025, 3, 14)) == date(2028, 3, 14)
    # dagtekening 28-02-2024 → start 29-02-2024 → last day 28-02-2027
    assert einde_inburgeringstermijn(date(2024, 2, 28)) == date(2027, 2, 28)
    # DUO extends with 16 weeks (childbirth)
    assert einde_inburgeringstermijn(date(2025, 3, 14), 16 * 7) == date(2028, 7, 4)


def test_route_change_and_ontzorgen_are_configurable() -> None:
    assert laatste_dag_routewissel(date(2025, 1, 31)) == date(2026, 7, 31)
    regels = TermijnRegels(routewissel_maanden=12)
    assert laatste_dag_routewissel(date(2025, 1, 31), regels) == date(2026, 1, 31)
    assert einde_ontzorgen(date(2025, 8, 31)) == date(2026, 2, 28)


def test_pip_deadline_counts_from_the_later_date() -> None:
    result = pip_deadline(date(2025, 1, 6), date(2025, 2, 3))
    assert result.datum == date(2025, 4, 14)
    assert "BRP" in result.redenen[0]
    assert pip_deadline(date(2025, 2, 3), date(2025, 1, 6)).datum == date(2025, 4, 14)
    assert pip_deadline(None, None).datum is None


def test_pip_deadline_extension_only_two_weeks_after_the_information() -> None:
    waiting = PipVerlenging("medisch advies", "GGD", gevraagd_op=date(2025, 2, 1))
    still = pip_deadline(date(2025, 1, 6), None, waiting)
    assert still.datum == date(2025, 3, 17)  # the ordinary date: never dropped from the list
    assert "Verlengd, wacht op informatie van GGD sinds 01-02-2025" in still.redenen[-1]
    late = PipVerlenging("medisch advies", "GGD", info_ontvangen=date(2025, 3, 25))
    result = pip_deadline(date(2025, 1, 6), None, late)
    assert result.datum == date(2025, 4, 8)
    assert "GGD" in result.redenen[-1]
    early = PipVerlenging("medisch advies", "GGD", info_ontvangen=date(2025, 1, 20))
    assert pip_deadline(date(2025, 1, 6), None, early).datum == date(2025, 3, 17)


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@given(dates, st.integers(min_value=1, max_value=120))
def test_period_end_properties(start: date, months: int) -> None:
    end = period_end(start, months)
    assert end >= start
    # the period is one day shorter than N months later, or ends on a clamped month end
    assert end == add_months(start, months) - timedelta(days=1) or end == add_months(start, months)
    # a longer period never ends earlier
    assert period_end(start, months + 1) > end


@given(dates, st.integers(min_value=-240, max_value=240))
def test_add_months_keeps_the_day_when_it_exists(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day == start.day or (result.day < start.day and (result + timedelta(1)).day == 1)


@given(dates, st.integers(min_value=0, max_value=3650))
def test_duo_extension_adds_exact_days(dagtekening: date, days: int) -> None:
    base = einde_inburgeringstermijn(dagtekening)
    assert einde_inburgeringstermijn(dagtekening, days) - base == timedelta(days=days)
    assert add_years(dagtekening, 3) <= base + timedelta(days=1)


@given(dates, st.integers(min_value=1, max_value=52))
def test_weeks_after(start: date, weeks: int) -> None:
    assert (weeks_after(start, weeks) - start).days == 7 * weeks


def test_waiting_extension_keeps_the_person_in_the_overview(inburgeraars) -> None:  # type: ignore[no-untyped-def]
    from app.deadlines.service import TermijnService
    from tests.conftest import valid_form

    inburgeraar = inburgeraars.save(valid_form())
    service = TermijnService(inburgeraars.session)
    service.set_pip_verlenging(
        inburgeraar.id, "Wacht op medisch advies.", "GGD", None, date(2025, 4, 1)
    )
    rows = [r for r in service.overview(date(2025, 5, 1), 30) if r.inburgeraar_id == inburgeraar.id]
    pip_rows = [r for r in rows if r.soort == "pip"]
    assert pip_rows and pip_rows[0].datum == date(2025, 5, 10)
    assert "wacht op informatie van GGD sinds 01-04-2025" in pip_rows[0].reden
