"""What the sync's screens do on the GUI thread (ui/sync/): read the state for the status bar
and find the dossiers with a conflict. Target: well under 50 ms, also with a large outbox (a
laptop back from days offline). Figures in docs/performance.md."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from app.demo.inburgeraars import generate_inburgeraars
from app.inburgeraars.service import InburgeraarService
from app.server import sync as client_sync
from app.server.conflict_rows import conflicted_inburgeraars
from app.server.sync_view import changes_after, state_of
from tests.conftest import TODAY
from tests.support.laptops import Laptop

pytestmark = pytest.mark.bench


@pytest.fixture
def offline_laptop(laptop: Callable[..., Laptop]) -> Laptop:
    lap = laptop("anouk")
    InburgeraarService(lap.session).insert_many(
        generate_inburgeraars(20_000, random.Random(5), TODAY)
    )
    assert lap.pending() >= 20_000  # waiting in the outbox, as after days at the AZC
    return lap


def test_status_bar_state_with_20000_waiting(benchmark: Any, offline_laptop: Laptop) -> None:
    session = offline_laptop.session
    state = benchmark(lambda: state_of(client_sync.status(session), "Offline: geen netwerk"))
    assert state.kind == "offline"
    assert benchmark.stats.stats.median < 0.050


def test_conflict_markers_and_changes(benchmark: Any, offline_laptop: Laptop) -> None:
    session = offline_laptop.session
    result = client_sync.SyncResult(ontvangen_rijen={"inburgeraar": {f"id{i}" for i in range(150)}})

    def gui_part() -> int:
        return len(conflicted_inburgeraars(session)) + len(changes_after(result, 0))

    assert benchmark(gui_part) == 151
    assert benchmark.stats.stats.median < 0.050
