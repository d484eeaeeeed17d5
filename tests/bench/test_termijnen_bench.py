"""The Termijnen view at 100,000 and 1,000,000 people (issue 11): time from opening the view to
its first rows shown, and the memory its rows hold; next to it what the view did before (the
whole overview read and held, sorted in Python)."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from app.deadlines.service import PAGE, OverzichtRij, TermijnService
from app.inburgeraars.service import InburgeraarService
from db.connection import Store
from ui.pip.termijnen import TermijnenView

pytestmark = pytest.mark.bench

TODAY = date(2026, 12, 1)  # the day the bench stores are built for


def _held(make: Callable[[], Any]) -> tuple[Any, int]:
    """What *make* returns and the bytes still allocated for it once it returned."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = make()
        gc.collect()
        return result, tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def _old_view_rows(service: TermijnService) -> list[OverzichtRij]:
    """What the view held before: every open row of the window, sorted in Python."""
    rows = service.overview(TODAY, 30)
    return sorted(rows, key=lambda r: (r.datum, r.naam.casefold()))


def _first_rows(benchmark: Any, store: Store, qtbot: Any, label: str) -> None:
    session = InburgeraarService(store).session
    service = TermijnService(session)
    service.sync()  # the store as in use: every deadline computed
    late, total = service.overview_counts(TODAY, 30)
    old, old_bytes = _held(lambda: _old_view_rows(service))
    page, page_bytes = _held(lambda: service.overview_page(TODAY, 30))
    first = [(r.datum, r.naam.casefold()) for r in old[:PAGE]]
    assert first == [(r.datum, r.naam.casefold()) for r in page] and len(old) == total
    del old
    views: list[TermijnenView] = []

    def open_view() -> None:
        view = TermijnenView(session, today=TODAY)
        qtbot.addWidget(view)
        views.append(view)
        with qtbot.waitSignal(view.shown, timeout=120_000):  # the first rows in the table
            pass

    def settle() -> None:  # untimed: the previous view's sync has ended
        if views:
            qtbot.waitUntil(lambda: not views[-1].busy, timeout=120_000)

    benchmark.pedantic(open_view, setup=settle, rounds=5, iterations=1, warmup_rounds=1)
    settle()
    model = views[-1].model
    assert model.rowCount() == PAGE and model.total == total and model.late == late
    benchmark.extra_info.update(
        open_rows=total, old_rows_mib=old_bytes / 2**20, page_mib=page_bytes / 2**20
    )
    print(
        f"\n{label}: {total} open deadlines in the 30-day window ({late} overdue); rows held "
        f"before {old_bytes / 2**20:.1f} MiB, now {page_bytes / 2**20:.2f} MiB ({PAGE} rows)"
    )


def _sort_first_page(benchmark: Any, store: Store, order: str) -> None:
    service = TermijnService(InburgeraarService(store).session)
    benchmark.pedantic(
        lambda: service.overview_page(TODAY, 30, order, order != "datum"),
        rounds=10,
        iterations=1,
        warmup_rounds=1,
    )


def _old_whole_read(benchmark: Any, store: Store) -> None:
    service = TermijnService(InburgeraarService(store).session)
    benchmark.pedantic(lambda: _old_view_rows(service), rounds=5, iterations=1, warmup_rounds=1)


def test_termijnen_first_rows_100k(benchmark, big_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    _first_rows(benchmark, big_store, qtbot, "100,000")


def test_termijnen_old_whole_read_100k(benchmark, big_store: Store) -> None:  # type: ignore[no-untyped-def]
    _old_whole_read(benchmark, big_store)


@pytest.mark.parametrize("order", ["datum", "naam", "gemeente", "soort"])
def test_termijnen_sort_first_page_100k(benchmark, big_store: Store, order: str) -> None:  # type: ignore[no-untyped-def]
    _sort_first_page(benchmark, big_store, order)


def test_termijnen_first_rows_1m(benchmark, huge_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    _first_rows(benchmark, huge_store, qtbot, "1,000,000")


def test_termijnen_old_whole_read_1m(benchmark, huge_store: Store) -> None:  # type: ignore[no-untyped-def]
    _old_whole_read(benchmark, huge_store)


@pytest.mark.parametrize("order", ["datum", "naam", "gemeente", "soort"])
def test_termijnen_sort_first_page_1m(benchmark, huge_store: Store, order: str) -> None:  # type: ignore[no-untyped-def]
    _sort_first_page(benchmark, huge_store, order)
