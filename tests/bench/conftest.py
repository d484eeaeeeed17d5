"""Shared fixtures for benchmarks: a store with 100,000 fictional inburgeraars, built once."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.clients.service import ClientService
from app.demo.clients import generate_clients
from app.session import Session
from app.store import StoreLocation, create_store, unlock
from tests.conftest import PASSPHRASE

BIG = 100_000


@pytest.fixture(scope="session")
def big_location(tmp_path_factory: pytest.TempPathFactory) -> StoreLocation:
    location = StoreLocation(Path(tmp_path_factory.mktemp("big")))
    store = create_store(location, PASSPHRASE)
    service = ClientService(store)
    rng = random.Random(42)
    today = date(2026, 12, 1)
    for _ in range(BIG // 10_000):
        batch = generate_clients(10_000, rng, today)
        # generate_clients keeps BSNs unique within a batch only: drop them across batches
        service.insert_many(
            [c.__class__(**{**c.__dict__, "bsn": None, "v_nummer": None}) for c in batch]
        )
    # A store in use has its deadlines computed as dossiers change; start from that state.
    from app.deadlines.service import TermijnService

    TermijnService(store).rebuild_all()
    store.close()
    return location


@pytest.fixture
def big_store(big_location: StoreLocation) -> Iterator[Session]:
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
