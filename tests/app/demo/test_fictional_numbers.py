"""Fictional BSNs for demo and benchmark stores: valid, unique, as many as asked, a clear
error past the end (issue 11: the old generator looped forever past 9,091 numbers)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.demo.inburgeraars import CAPACITY, TEST_RANGE, FictionalNumbers, generate_inburgeraars
from app.validation import bsn_is_valid
from tests.conftest import TODAY


@given(seed=st.integers(0, 2**32), count=st.integers(1, 400))
@settings(max_examples=25, deadline=None)
def test_small_sets_come_from_the_test_range(seed: int, count: int) -> None:
    numbers = FictionalNumbers(random.Random(seed))
    bsns = [numbers.bsn() for _ in range(count)]
    assert len(set(bsns)) == count
    assert all(bsn_is_valid(b) and b.startswith("9999") for b in bsns)


def test_far_more_than_the_test_range_all_valid_and_unique() -> None:
    numbers = FictionalNumbers(random.Random(5))
    wanted = 150_000  # the old generator never returned past 9,091
    bsns = [numbers.bsn() for _ in range(wanted)]
    assert len(set(bsns)) == wanted
    assert all(map(bsn_is_valid, bsns))
    in_test_range = sum(b.startswith("9999") for b in bsns)
    assert in_test_range == 9091  # the whole test range first
    assert TEST_RANGE == (99_990_000, 100_000_000)


def test_past_the_end_a_clear_error() -> None:
    numbers = FictionalNumbers(random.Random(1), ranges=((99_990_000, 99_990_030),))
    bsns = [numbers.bsn() for _ in range(28)]  # 30 prefixes, 28 with a valid check digit
    assert len(set(bsns)) == 28 and all(map(bsn_is_valid, bsns))
    with pytest.raises(ValueError, match="geen fictieve BSN's meer"):
        numbers.bsn()
    assert CAPACITY > 1_000_000  # the default ranges cover a 1,000,000-person store


def test_batches_sharing_numbers_stay_unique() -> None:
    rng = random.Random(9)
    numbers = FictionalNumbers(rng)
    people = [p for _ in range(3) for p in generate_inburgeraars(5_000, rng, TODAY, numbers)]
    bsns = [p.bsn for p in people if p.bsn]
    v_nummers = [p.v_nummer for p in people if p.v_nummer]
    assert len(bsns) > 12_000 and len(set(bsns)) == len(bsns)
    assert len(v_nummers) > 9_000 and len(set(v_nummers)) == len(v_nummers)
    assert all(len(v) == 10 and v.isdigit() for v in v_nummers)
