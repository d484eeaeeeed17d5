"""Whole numbers typed or imported for key persons: anything int() would refuse (superscripts,
doubled signs, letters) is a Dutch message, never a traceback; Unicode digits are numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.sleutelpersonen.inzet import inzet_from_form
from app.sleutelpersonen.model import _int
from app.validation import FieldError, ValidationError

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("typed", ["²", "--5", "5-", "1.5", "vijf", "½", "-"])
def test_a_year_that_is_not_a_whole_number_is_a_message(typed: str) -> None:
    with pytest.raises(FieldError, match="Vul een heel getal in"):
        _int(typed, 1920, 2010)


def test_unicode_digits_are_a_number() -> None:
    assert _int("١٩٨٥", 1920, 2010) == 1985  # Arabic-Indic digits, as typed on such a keyboard


@given(st.text(max_size=6))
def test_any_text_is_a_number_or_a_message(typed: str) -> None:
    try:
        value = _int(typed, -(10**6), 10**6)
    except FieldError:
        return
    assert value is None or isinstance(value, int)


@pytest.mark.parametrize("km", ["²", "--5", "3²", "1001"])
def test_kilometres_that_int_refuses_are_a_message(km: str) -> None:
    values = {
        "sleutelpersoon_id": "x",
        "datum": TODAY.isoformat(),
        "soort": "intakegesprek",
        "uren": "1",
        "km": km,
        "activiteit": "Spreekuur",
    }
    with pytest.raises(ValidationError) as raised:
        inzet_from_form(values, TODAY)
    assert "kilometers" in raised.value.errors["km"]
