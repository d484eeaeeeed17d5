"""Tests from the domain review (docs/review-domain.md): the bug tests failed before their fix;
the deadline tests pin the documented date convention."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.deadlines.arith import add_months, period_end
from app.deadlines.engine import einde_inburgeringstermijn, laatste_dag_routewissel
from app.inburgeraars.model import Inburgeraar
from app.pip.duo_check import DuoExportError, duo_message
from app.pip.service import PipError, PipService
from app.routes.advice import MOGELIJK, PAST_NIET, RouteInput, advise
from tests.app.pip.test_duo_check import OK
from tests.support.pip import complete_inhoud

# --- route advice: the LBT result as DUO reports it is the main indicator ------------------


def test_duo_result_onbekend_is_not_overruled_by_the_scores() -> None:
    r = RouteInput(
        lbt_afgenomen=True,
        lbt_resultaat="Onbekend",
        lbt_score=40,
        lbt_benodigd=30,
        leeftijd=40,
        belastbaarheid="volledig",
    )
    b1 = advise(r).voor("B")
    assert b1.oordeel == MOGELIJK
    assert "Onbekend" in b1.redenen[0] and "geen richting" in b1.redenen[0]


def test_lbt_not_taken_ignores_a_left_over_result() -> None:
    r = RouteInput(
        lbt_afgenomen=False,
        lbt_reden_niet="zintuiglijke beperking",
        lbt_resultaat="B1-route niet haalbaar",
        leeftijd=40,
        belastbaarheid="volledig",
    )
    b1 = advise(r).voor("B")
    assert b1.oordeel == MOGELIJK
    assert "niet afgenomen (zintuiglijke beperking)" in b1.redenen[0]
    assert advise(r).voor("Z").oordeel != PAST_NIET


# --- DUO message --------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["０２９４", "٠٢٩٤", "²⁹⁴⁵"])
def test_gemeentecode_must_be_four_ascii_digits(code: str) -> None:
    with pytest.raises(DuoExportError, match="gemeentecode"):
        duo_message(replace(OK, gemeentecode=code))


def test_intensiteit_in_the_message_is_a_plain_int() -> None:
    with pytest.raises(DuoExportError):
        duo_message(replace(OK, intensiteit=True))  # a bool is not a number of hours


# --- afschalen ----------------------------------------------------------------------------


@pytest.mark.parametrize("route", ["O", "Z"])
def test_afschalen_only_from_the_b1_route(
    pips: PipService, inburgeraar: Inburgeraar, route: str
) -> None:
    assert inburgeraar.id
    inhoud = complete_inhoud(route, advies=route)
    pip = pips.vaststellen(str(pips.create(inburgeraar.id, inhoud).id), date(2025, 5, 1))
    with pytest.raises(PipError, match="B1-route"):
        pips.wijzigen(inburgeraar.id, "afschalen", "B1 blijkt niet haalbaar.")
    assert [v.versie for v in pips.versions(inburgeraar.id)] == [pip.versie]


# --- deadline convention: a period that STARTS on day S and lasts N months ends the day before
# S's day number N months later (clamped to a short month's last day). The termijn starts the
# day after the dagtekening (see docs/review-domain.md, "Rekenregel").


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)).filter(
        lambda d: d.day <= 28
    ),
    st.integers(min_value=1, max_value=60),
)
def test_period_ends_the_day_before_the_same_day_number(start: date, months: int) -> None:
    assert period_end(start, months) == add_months(start, months) - timedelta(days=1)


@pytest.mark.parametrize(
    ("dagtekening", "einde", "routewissel"),
    [
        (date(2025, 3, 14), date(2028, 3, 14), date(2026, 9, 14)),
        (date(2024, 2, 29), date(2027, 2, 28), date(2025, 8, 31)),  # starts 01-03-2024
        (date(2025, 8, 31), date(2028, 8, 31), date(2027, 2, 28)),
        (date(2025, 12, 31), date(2028, 12, 31), date(2027, 6, 30)),
        # starts 01-03-2025: three whole years run to and including 29-02-2028
        (date(2025, 2, 28), date(2028, 2, 29), date(2026, 8, 31)),
    ],
)
def test_termijn_and_routewissel_last_days(
    dagtekening: date, einde: date, routewissel: date
) -> None:
    assert einde_inburgeringstermijn(dagtekening) == einde
    assert laatste_dag_routewissel(dagtekening) == routewissel


@pytest.mark.parametrize(
    ("dagtekening", "laatste_dag"),
    [
        (date(2024, 1, 18), date(2024, 2, 29)),  # leap day is the last day
        (date(2025, 12, 31), date(2026, 2, 11)),  # over the year end
        (date(2026, 12, 1), date(2027, 1, 12)),
    ],
)
def test_bezwaar_six_weeks_from_the_day_after_the_dagtekening(
    dagtekening: date, laatste_dag: date
) -> None:
    from app.pdf.sample import sample_pip

    assert sample_pip(dagtekening).bezwaar_uiterlijk == laatste_dag
