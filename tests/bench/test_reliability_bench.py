"""The full crash run for docs/reliability.md: `make bench` (WEGWIJS_KILLS_FULL to change)."""

from __future__ import annotations

import os

import pytest

from app.store import StoreLocation
from tests.db.test_reliability import kill_rounds


@pytest.mark.bench
def test_sigkill_200_atomicity(location: StoreLocation) -> None:
    """Atomicity, not durability: SIGKILL leaves the OS page cache intact, so this passes with
    synchronous=OFF too. Durability on power loss: test_durability.py and docs/reliability.md."""
    result = kill_rounds(location, int(os.environ.get("WEGWIJS_KILLS_FULL", "200")), seed=2026)
    print("\nSIGKILL (full):", result)
    assert result["kills"] >= 1 and result["committed"] > 0
    assert result["lost"] == 0 and result["problems"] == 0
