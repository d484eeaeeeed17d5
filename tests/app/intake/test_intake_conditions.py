"""The condition language: what shows a follow-up question, and clear errors, without eval()."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.intake.conditions import ConditionError, evaluate, names, parse

CTX = {
    "gezin.kinderen": True,
    "lbt.afgenomen": "nee",
    "client.leeftijd": 34,
    "client.doelgroep": "Gezinsvormer",
    "client.asielstatushouder": False,
    "belemmeringen.welke": ["vervoer"],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gezin.kinderen == true", True),
        ("gezin.kinderen", True),
        ("gezin.kinderen == false", False),
        ('lbt.afgenomen == "nee"', True),
        ('lbt.afgenomen != "nee"', False),
        ('lbt.afgenomen in ["ja", "nee"]', True),
        ("client.asielstatushouder == true", False),
        ("not client.asielstatushouder", True),
        ("client.leeftijd >= 18 and client.leeftijd < 67", True),
        ("client.leeftijd > 40 or gezin.kinderen", True),
        ("not (client.leeftijd > 40 or gezin.kinderen)", False),
        ('client.doelgroep in ["Gezinsvormer", "Gezinshereniger"]', True),
        # Unanswered: every comparison is false, so the follow-up stays hidden.
        ("werk.huidig_werk == true", False),
        ("werk.huidig_werk != true", False),
        ("werk.huidig_werk", False),
        ("not werk.huidig_werk == true", True),
        # A number compared with text is simply false, never an error.
        ('client.leeftijd > "dertig"', False),
    ],
)
def test_evaluate(text: str, expected: bool) -> None:
    assert evaluate(parse(text), CTX) is expected


def test_names_lists_every_reference() -> None:
    node = parse('a.b == 1 and (not c.d or e.f in ["x"]) and client.leeftijd > 3')
    assert names(node) == {"a.b", "c.d", "e.f", "client.leeftijd"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "leeg"),
        ("gezin.kinderen ==", "te vroeg"),
        ("gezin.kinderen = true", "onbekend teken"),
        ("a == 1 b", "onverwacht 'b'"),
        ('"ja"', "losse waarde"),
        ("a in 3", "lijst"),
        ("a in [1 2]", "komma"),
        ("(a == 1", r"verwacht '\)'"),
        ("__import__('os')", "onbekend teken"),
    ],
)
def test_malformed_condition_gives_a_dutch_error(text: str, message: str) -> None:
    with pytest.raises(ConditionError, match=message):
        parse(text)


@given(st.text(max_size=40))
def test_any_text_parses_or_gives_condition_error(text: str) -> None:
    try:
        node = parse(text)
    except ConditionError:
        return
    assert isinstance(evaluate(node, CTX), bool)
