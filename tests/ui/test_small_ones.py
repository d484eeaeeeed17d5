"""Small ones of issue 15: the advice sentence agrees with the route cards, and the demo data
does not contradict itself (years of schooling within the age, ambition fits the work)."""

from __future__ import annotations

import random
from datetime import date

import pytest

from app import reference
from app.demo.intakes import PROFIELEN, SCHOOL_START, demo_answers
from app.intake.progress import InburgeraarFacts
from app.routes.advice import MOGELIJK, PAST, PAST_NIET, RouteAdvies, RouteOordeel
from ui.pip.route_panel import AdvicePanel


def _advies(b: str, o: str, z: str) -> RouteAdvies:
    oordelen = tuple(RouteOordeel(r, v, ("reden",)) for r, v in zip("BOZ", (b, o, z), strict=True))
    fitting = [x.route for x in oordelen if x.oordeel == PAST]
    return RouteAdvies(oordelen, next((x for x in "OBZ" if x in fitting), None))


@pytest.mark.parametrize(
    ("b", "o", "z"),
    [
        (PAST_NIET, PAST_NIET, MOGELIJK),  # only the Z-route card says "Mogelijk"
        (MOGELIJK, PAST_NIET, MOGELIJK),
        (PAST_NIET, PAST_NIET, PAST_NIET),
        (PAST, PAST_NIET, MOGELIJK),
    ],
)
def test_the_advice_sentence_agrees_with_the_cards(qtbot, b: str, o: str, z: str) -> None:  # type: ignore[no-untyped-def]
    panel = AdvicePanel()
    qtbot.addWidget(panel)
    advies = _advies(b, o, z)
    panel.show_advice(advies)
    summary = panel.summary.text()
    assert "Geen duidelijk advies" not in summary
    for code, (verdict, _reasons) in panel.boxes.items():
        named = reference.LEERROUTES[code] in summary
        if advies.advies:
            assert named == (code == advies.advies)
            assert "(advies)" in verdict.text() if code == advies.advies else True
        else:
            assert named == ("Mogelijk" in verdict.text()), (code, summary)


def test_demo_intakes_do_not_contradict_themselves() -> None:
    from app.intake.definition import load_definition

    definition = load_definition()
    rng = random.Random(7)
    for leeftijd in (17, 19, 24, 35, 60):
        facts = InburgeraarFacts(leeftijd=leeftijd)
        for _ in range(20):
            answers = demo_answers(definition, facts, rng, date(2026, 12, 1))
            jaren = answers.get("opleiding.jaren_onderwijs")
            if isinstance(jaren, int):
                assert 0 <= jaren <= max(0, leeftijd - SCHOOL_START)
            pair = (answers.get("werk.ervaring"), answers.get("werk.ambitie"))
            if all(pair):
                assert pair in PROFIELEN  # a chauffeur wants to drive, not cut hair "again"
