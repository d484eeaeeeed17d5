"""Search and sort at 100,000 and 1,000,000 people (issue 11): the first page for a keystroke,
sorting the whole register by gemeente or status."""

from __future__ import annotations

import pytest

from app.inburgeraars.service import InburgeraarService, ListFilter
from db.connection import Store

pytestmark = pytest.mark.bench

# "sult" and "hsa": shared by 16,540 and 28,920 of 1,000,000 people, whose names sort late,
# so the walk in name order reads most of the index (the slowest words of 60 sampled, 0.3-0.6 s).
TYPED = ["a", "al", "al-h", "al-ha", "ahmadi", "9999", "zzzq", "sult", "hsa"]


@pytest.mark.parametrize("sort", ["naam", "gemeente", "status"])
def test_sort_first_page(benchmark, big_store: Store, sort: str) -> None:  # type: ignore[no-untyped-def]
    service = InburgeraarService(big_store)
    benchmark.pedantic(
        lambda: service.page(ListFilter(sort=sort), 0, 200),
        rounds=10,
        iterations=1,
        warmup_rounds=1,
    )


@pytest.mark.parametrize("typed", TYPED)
def test_search_first_page_1m(benchmark, huge_store: Store, typed: str) -> None:  # type: ignore[no-untyped-def]
    """What the window waits for per keystroke: the first page (the count comes after)."""
    service = InburgeraarService(huge_store)
    benchmark.pedantic(
        lambda: service.page(ListFilter(text=typed), 0, 200),
        rounds=20,
        iterations=1,
        warmup_rounds=2,
    )


@pytest.mark.parametrize("sort", ["naam", "gemeente", "status"])
def test_sort_first_page_1m(benchmark, huge_store: Store, sort: str) -> None:  # type: ignore[no-untyped-def]
    service = InburgeraarService(huge_store)
    benchmark.pedantic(
        lambda: service.page(ListFilter(sort=sort), 0, 200),
        rounds=10,
        iterations=1,
        warmup_rounds=1,
    )
