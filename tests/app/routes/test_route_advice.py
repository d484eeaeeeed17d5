"""Route advice on a table of cases: each route's fit and the reasons a user reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.routes.advice import (
    MOGELIJK,
    PAST,
    PAST_NIET,
    AdviesRegels,
    RouteInput,
    advise,
    route_input_from,
)

HAALBAAR = "B1-route haalbaar"
NIET = "B1-route niet haalbaar"

CASES = [
    # (description, input, (B, O, Z), advice)
    (
        "jong, haalbaar, wil studeren",
        RouteInput(
            lbt_afgenomen=True,
            lbt_resultaat=HAALBAAR,
            leeftijd=22,
            opleiding="voortgezet",
            alfabetisering="gealfabetiseerd",
            belastbaarheid="volledig",
            wil_studeren=True,
        ),
        (PAST, PAST, PAST_NIET),
        "O",
    ),
    (
        "ouder, haalbaar",
        RouteInput(
            lbt_afgenomen=True,
            lbt_resultaat=HAALBAAR,
            leeftijd=40,
            opleiding="mbo",
            belastbaarheid="volledig",
            wil_studeren=True,
        ),
        (PAST, PAST_NIET, PAST_NIET),
        "B",
    ),
    (
        "niet haalbaar",
        RouteInput(
            lbt_afgenomen=True,
            lbt_resultaat=NIET,
            leeftijd=45,
            opleiding="geen",
            alfabetisering="analfabeet",
            belastbaarheid="volledig",
            wil_studeren=False,
        ),
        (PAST_NIET, PAST_NIET, PAST),
        "Z",
    ),
    (
        "scores zonder resultaat: onder de norm",
        RouteInput(
            lbt_afgenomen=True,
            lbt_score=30,
            lbt_benodigd=50,
            leeftijd=35,
            belastbaarheid="volledig",
        ),
        (PAST_NIET, PAST_NIET, PAST),
        "Z",
    ),
    (
        "niet afgenomen wegens zintuiglijke beperking",
        RouteInput(
            lbt_afgenomen=False,
            lbt_reden_niet="zintuiglijke beperking",
            leeftijd=30,
            belastbaarheid="beperkt",
        ),
        (MOGELIJK, PAST_NIET, MOGELIJK),
        None,
    ),
    (
        "haalbaar maar zeer beperkt belastbaar",
        RouteInput(
            lbt_afgenomen=True, lbt_resultaat=HAALBAAR, leeftijd=50, belastbaarheid="zeer_beperkt"
        ),
        (PAST_NIET, PAST_NIET, PAST),
        "Z",
    ),
]


@pytest.mark.parametrize(("label", "given", "expected", "advies"), CASES, ids=[c[0] for c in CASES])
def test_route_advice_table(
    label: str, given: RouteInput, expected: tuple[str, str, str], advies: str | None
) -> None:
    result = advise(given)
    assert tuple(result.voor(r).oordeel for r in "BOZ") == expected
    assert result.advies == advies
    for oordeel in result.oordelen:
        assert oordeel.redenen, f"{oordeel.route} has no reason"


def test_reasons_cite_the_answers_used() -> None:
    r = RouteInput(
        lbt_afgenomen=True,
        lbt_resultaat=NIET,
        lbt_score=31,
        lbt_benodigd=50,
        leeftijd=29,
        belastbaarheid="volledig",
    )
    result = advise(r)
    b = " ".join(result.voor("B").redenen)
    assert "31" in b and "50" in b and "niet haalbaar" in b
    assert "Leeftijd 29" in " ".join(result.voor("O").redenen)
    not_taken = advise(RouteInput(lbt_afgenomen=False, lbt_reden_niet="blind"))
    assert "niet afgenomen (blind)" in " ".join(not_taken.voor("B").redenen)


def test_age_limit_of_onderwijsroute_is_a_parameter() -> None:
    r = RouteInput(
        lbt_afgenomen=True,
        lbt_resultaat=HAALBAAR,
        leeftijd=30,
        opleiding="hbo_wo",
        belastbaarheid="volledig",
        wil_studeren=True,
    )
    assert advise(r).voor("O").oordeel == PAST_NIET
    assert advise(r, AdviesRegels(max_leeftijd_onderwijsroute=35)).voor("O").oordeel == PAST


def test_z_route_reason_depends_on_doelgroep() -> None:
    base = RouteInput(lbt_afgenomen=True, lbt_resultaat=NIET)
    asiel = advise(RouteInput(**{**base.__dict__, "asielstatushouder": True}))
    assert any("800 uur participatie" in x for x in asiel.voor("Z").redenen)
    assert not any("participatie" in x for x in advise(base).voor("Z").redenen)


@dataclass
class FakeInburgeraar:
    geboortedatum: date
    is_asielstatushouder: bool = True


def test_input_from_intake_answers_uses_contract_ids() -> None:
    answers: dict[str, object] = {
        "lbt.afgenomen": "ja",
        "lbt.resultaat": HAALBAAR,
        "lbt.score_behaald": 61,
        "lbt.score_benodigd": 50,
        "taal.alfabetisering": "anders_gealfabetiseerd",
        "opleiding.hoogste_niveau": "mbo",
        "opleiding.huidige_opleiding": True,
        "opleiding.mag_afmaken": True,
        "opleiding.wil_doorstuderen": True,
        "gezondheid.belastbaarheid": "volledig",
    }
    r = route_input_from(FakeInburgeraar(date(2001, 12, 2)), answers, date(2026, 12, 1))
    assert r.leeftijd == 24 and r.lbt_score == 61 and r.wil_studeren is True
    assert r.alfabetisering == "anders_gealfabetiseerd" and r.asielstatushouder
    result = advise(r)
    assert result.advies == "O"
    assert "mag die eerst afmaken" in result.algemeen[0]
    empty = route_input_from(FakeInburgeraar(date(2001, 12, 2)), {}, date(2026, 12, 1))
    assert advise(empty).advies is None


inputs = st.builds(
    RouteInput,
    lbt_afgenomen=st.sampled_from([None, True, False]),
    lbt_resultaat=st.sampled_from([None, HAALBAAR, NIET, "Onbekend"]),
    lbt_score=st.one_of(st.none(), st.integers(0, 200)),
    lbt_benodigd=st.one_of(st.none(), st.integers(0, 200)),
    leeftijd=st.one_of(st.none(), st.integers(16, 90)),
    opleiding=st.sampled_from([None, "geen", "basis", "voortgezet", "mbo", "hbo_wo", "x"]),
    alfabetisering=st.sampled_from(
        [None, "gealfabetiseerd", "anders_gealfabetiseerd", "analfabeet"]
    ),
    belastbaarheid=st.sampled_from([None, "volledig", "beperkt", "zeer_beperkt"]),
    asielstatushouder=st.booleans(),
    wil_studeren=st.sampled_from([None, True, False]),
)


@given(inputs)
def test_every_route_always_has_a_verdict_and_a_reason(r: RouteInput) -> None:
    result = advise(r)
    assert [o.route for o in result.oordelen] == ["B", "O", "Z"]
    for o in result.oordelen:
        assert o.oordeel in (PAST, PAST_NIET, MOGELIJK) and o.redenen
    if result.advies is not None:
        assert result.voor(result.advies).oordeel == PAST
    # B1 and Z never both fit: the LBT result points one way
    assert not (result.voor("B").oordeel == PAST and result.voor("Z").oordeel == PAST)
