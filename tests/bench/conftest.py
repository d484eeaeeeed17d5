"""Shared fixtures for benchmarks: stores of 100,000 and 1,000,000 fictional inburgeraars."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.store import StoreLocation, unlock
from db.connection import Store
from tests.bench.stores import cached_store
from tests.conftest import PASSPHRASE

BIG = 100_000
HUGE = 1_000_000


@pytest.fixture(scope="session")
def big_location(tmp_path_factory: pytest.TempPathFactory) -> StoreLocation:
    """100,000 people with BSNs and V-nummers (cached between runs, see tests/bench/stores.py)."""
    return cached_store(BIG, PASSPHRASE, Path(tmp_path_factory.mktemp("big")))


@pytest.fixture(scope="session")
def huge_location(tmp_path_factory: pytest.TempPathFactory) -> StoreLocation:
    """1,000,000 people, built once into the cache (tens of minutes) and copied per run."""
    return cached_store(HUGE, PASSPHRASE, Path(tmp_path_factory.mktemp("huge")))


@pytest.fixture
def huge_store(huge_location: StoreLocation) -> Iterator[Store]:
    store = unlock(huge_location, PASSPHRASE)
    yield store
    store.close()


@pytest.fixture
def big_store(big_location: StoreLocation) -> Iterator[Store]:
    store = unlock(big_location, PASSPHRASE)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _quiet_start() -> Iterator[None]:
    """Each benchmark starts without the previous one's background work or garbage."""
    import gc

    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    gc.collect()
    yield
    QThreadPool.globalInstance().waitForDone()
