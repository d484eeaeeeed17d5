"""Validation of key persons and of weekly hours: clear Dutch messages, nothing half-valid."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.sleutelpersonen.beschikbaarheid import parse_beschikbaarheid, parse_tijdvak
from app.sleutelpersonen.inzet import inzet_from_form, parse_bedrag, parse_uren
from app.sleutelpersonen.model import sleutelpersoon_from_form
from app.validation import FieldError, ValidationError
from tests.support.sleutelpersonen import GEMEENTEN, persoon_form
from tests.support.sleutelpersonen_fixtures import (  # noqa: F401  (fixtures)
    _coordinator_and_klantmanager,
)

TODAY = date(2026, 12, 1)


def test_valid_form_gives_a_key_person_with_dialects_and_hours() -> None:
    p = sleutelpersoon_from_form(
        persoon_form(talen="apc:moedertaal, apd:goed, nl:goed"), GEMEENTEN, TODAY
    )
    assert [t.code for t in p.talen] == ["apc", "apd", "nl"]
    assert p.beschikbaarheid_tekst == "maandag 10–12; donderdag 13:30–15"
    assert p.capaciteit_uren == 16 and p.auto and p.themas == ("gezondheid", "opvoeding")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("voornaam", "", "Vul dit in."),
        ("talen", "", "Vul minstens één taal in."),
        ("talen", "xx:goed", "Onbekende taalcode 'xx'"),
        ("talen", "ti", "Kies een niveau voor Tigrinya"),
        ("talen", "ti:goed, ti:redelijk", "Tigrinya staat er twee keer in."),
        ("landen", "XX", "Onbekende landcode 'XX'"),
        ("gemeentecode", "0363", "Kies een gemeente uit de lijst."),
        ("themas", "koken", "Onbekend thema: 'koken'."),
        ("rollen", "tolk", "Onbekend rol: 'tolk'."),
        ("beschikbaarheid", "maandag", "begrijp ik niet"),
        ("beschikbaarheid", "maandag 12-10", "eindtijd ligt niet na de begintijd"),
        ("beschikbaarheid", "ma 10-12; maandag 11-13", "overlappen"),
        ("capaciteit_uren", "300", "Vul een getal van 0 tot en met 200 in."),
        ("capaciteit_uren", "veel", "Vul een heel getal in."),
        ("werk_telefoon", "123", "geen geldig telefoonnummer"),
        ("status", "weg", "Kies actief, gepauzeerd of gestopt."),
        ("status_datum", "01-01-2030", "in de toekomst"),
        ("rijbewijs", "misschien", "Vul ja of nee in."),
    ],
)
def test_wrong_input_names_the_field(field: str, value: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        sleutelpersoon_from_form(persoon_form(**{field: value}), GEMEENTEN, TODAY)
    assert message in caught.value.errors[field]


def test_car_without_licence_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        sleutelpersoon_from_form(persoon_form(rijbewijs="nee", auto="ja"), GEMEENTEN, TODAY)
    assert "rijbewijs" in caught.value.errors["auto"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maandag 10–12", "maandag 10–12"),
        ("Di 9:30-11", "dinsdag 9:30–11"),
        ("wo 13.00 tot 15.00 uur", "woensdag 13–15"),
    ],
)
def test_weekly_hours_are_read_as_people_write_them(text: str, expected: str) -> None:
    assert parse_tijdvak(text).tekst() == expected


@given(st.text(max_size=40))
def test_weekly_hours_never_crash_on_garbage(text: str) -> None:
    try:
        slots = parse_beschikbaarheid(text)
    except FieldError as exc:
        assert str(exc)
    else:
        assert all(0 <= s.begin < s.eind <= 24 * 60 for s in slots)


@pytest.mark.parametrize(
    ("raw", "minutes"), [("1,5", 90), ("1:30", 90), ("45 min", 45), ("2", 120)]
)
def test_hours(raw: str, minutes: int) -> None:
    assert parse_uren(raw) == minutes


@pytest.mark.parametrize("raw", ["", "0", "25", "1,5,5", "abc"])
def test_wrong_hours(raw: str) -> None:
    with pytest.raises(FieldError):
        parse_uren(raw)


@pytest.mark.parametrize(
    ("raw", "cents"), [("12,50", 1250), ("€ 3", 300), ("1.234,56", 123456 // 1)]
)
def test_amounts(raw: str, cents: int) -> None:
    if cents > 100_000:
        with pytest.raises(FieldError):
            parse_bedrag(raw)
    else:
        assert parse_bedrag(raw) == cents


def test_engagement_needs_a_inburgeraar_or_an_activity_and_a_reason_for_costs() -> None:
    with pytest.raises(ValidationError) as caught:
        inzet_from_form(
            {
                "sleutelpersoon_id": "x",
                "datum": "30-11-2026",
                "soort": "overig",
                "uren": "1",
                "onkosten": "5",
            },
            TODAY,
        )
    assert set(caught.value.errors) == {"activiteit", "onkosten_omschrijving"}
