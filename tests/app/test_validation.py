from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.validation import (
    FieldError,
    bsn_is_valid,
    format_date,
    parse_bsn,
    parse_date,
    parse_email,
    parse_past_date,
    parse_phone,
    parse_postcode,
    parse_v_nummer,
)

WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def elfproef_sum(digits: str) -> int:
    return sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True))


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "999990019", "011000004"])
def test_valid_bsns_pass(bsn: str) -> None:
    assert parse_bsn(bsn) == bsn


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("123456789", "elfproef"),
        ("12345678a", "cijfers"),
        ("1234567", "9 cijfers"),
        ("1234567890", "9 cijfers"),
        ("000000000", "elfproef"),
        ("", "cijfers"),
    ],
)
def test_invalid_bsns_get_a_dutch_message(raw: str, fragment: str) -> None:
    with pytest.raises(FieldError, match=fragment):
        parse_bsn(raw)


def test_bsn_with_spaces_and_dots_and_without_leading_zero() -> None:
    assert parse_bsn("1112.22.333") == "111222333"
    assert parse_bsn("11000004") == "011000004"


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_elfproef_matches_definition(digits: str) -> None:
    total = elfproef_sum(digits)
    assert bsn_is_valid(digits) == (total % 11 == 0 and total != 0)


@given(st.text(alphabet="0123456789", min_size=8, max_size=8), st.integers(1, 9))
def test_changing_one_digit_of_a_valid_bsn_breaks_it(prefix: str, delta: int) -> None:
    # find the check digit that makes it valid, if any
    for last in "0123456789":
        candidate = prefix + last
        if bsn_is_valid(candidate):
            position = delta % 9
            digit = (int(candidate[position]) + delta) % 10
            broken = candidate[:position] + str(digit) + candidate[position + 1 :]
            if broken != candidate:
                assert not bsn_is_valid(broken)
            return


@given(st.text(max_size=20))
def test_parse_bsn_never_crashes_and_only_returns_valid(raw: str) -> None:
    try:
        value = parse_bsn(raw)
    except FieldError as exc:
        assert str(exc)
    else:
        assert bsn_is_valid(value)


def test_v_nummer() -> None:
    assert parse_v_nummer("12.34.56.78.90") == "1234567890"
    assert parse_v_nummer("V 1234567890") == "1234567890"
    with pytest.raises(FieldError, match="10 cijfers"):
        parse_v_nummer("123456789")
    with pytest.raises(FieldError):
        parse_v_nummer("12345abcde")


@given(st.text(max_size=20))
def test_v_nummer_fuzz(raw: str) -> None:
    try:
        value = parse_v_nummer(raw)
    except FieldError:
        return
    assert len(value) == 10 and value.isdigit()


@pytest.mark.parametrize("raw", ["7101AB", "7101 ab", " 1234 XY "])
def test_valid_postcodes(raw: str) -> None:
    assert len(parse_postcode(raw)) == 7


@pytest.mark.parametrize("raw", ["0101 AB", "7101 SS", "7101 SA", "71010 AB", "ABCD 12", ""])
def test_invalid_postcodes(raw: str) -> None:
    with pytest.raises(FieldError, match="postcode"):
        parse_postcode(raw)


@pytest.mark.parametrize("raw", ["naam@voorbeeld.nl", "a.b+c@gemeente-x.nl"])
def test_valid_email(raw: str) -> None:
    assert parse_email(raw) == raw


@pytest.mark.parametrize("raw", ["naam", "naam@", "@x.nl", "a@b", "a..b@x.nl", "a b@x.nl"])
def test_invalid_email(raw: str) -> None:
    with pytest.raises(FieldError, match="e-mailadres"):
        parse_email(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0543 123456", "0543123456"),
        ("06-12345678", "0612345678"),
        ("+31 6 12345678", "0612345678"),
        ("0031612345678", "0612345678"),
        ("+963 11 123 4567", "+963111234567"),
    ],
)
def test_valid_phone(raw: str, expected: str) -> None:
    assert parse_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12345", "06123456789", "+12", "bel me", "0612345a78"])
def test_invalid_phone(raw: str) -> None:
    with pytest.raises(FieldError, match="telefoonnummer"):
        parse_phone(raw)


@given(st.text(max_size=30))
def test_phone_fuzz(raw: str) -> None:
    try:
        value = parse_phone(raw)
    except FieldError:
        return
    assert value.lstrip("+").isdigit()


def test_dates_dutch_and_iso() -> None:
    assert parse_date("03-02-2025") == date(2025, 2, 3)
    assert parse_date("3/2/2025") == date(2025, 2, 3)
    assert parse_date("2025-02-03") == date(2025, 2, 3)
    assert format_date(date(2025, 2, 3)) == "03-02-2025"
    assert format_date("2024-02-29") == "29-02-2024"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("31-02-2025", "bestaat niet"),
        ("29-02-2025", "bestaat niet"),
        ("2025/13/01", "dd-mm-jjjj"),
        ("gisteren", "dd-mm-jjjj"),
    ],
)
def test_invalid_dates(raw: str, fragment: str) -> None:
    with pytest.raises(FieldError, match=fragment):
        parse_date(raw)


def test_leap_day_exists() -> None:
    assert parse_date("29-02-2024") == date(2024, 2, 29)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_past_date_rule(value: date) -> None:
    today = date(2026, 12, 1)
    raw = format_date(value)
    if value > today:
        with pytest.raises(FieldError, match="toekomst"):
            parse_past_date(raw, today)
    else:
        assert parse_past_date(raw, today) == value


def test_dates_before_1900_are_refused() -> None:
    with pytest.raises(FieldError, match="voor 01-01-1900"):
        parse_past_date("31-12-1899", date(2026, 1, 1))
