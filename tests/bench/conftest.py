"""Shared fixtures for benchmarks: stores of 100,000 and 1,000,000 fictional inburgeraars."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.session import Session
from app.store import StoreLocation, unlock
from tests.bench.stores import cached_store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

BIG = 100_000
HUGE = 1_000_000
_speed: list[float] = []


def python_speed_ms() -> float:
    """The best of three runs of a fixed pure-Python loop: how fast this machine runs Python
    now. On the shared VM the same loop took 0.94-1.86 s minutes apart (session 7), so a
    figure that misses its target by less than that spread says little without this beside it."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(1_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 1)


@pytest.fixture(scope="session", autouse=True)
def _machine_speed_at_start() -> None:
    _speed.append(python_speed_ms())


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _speed:
        terminalreporter.write_line(
            f"Python loop of 1,000,000 additions (best of 3): {_speed[0]} ms at the start, "
            f"{python_speed_ms()} ms at the end of the run"
        )


@pytest.fixture(scope="session", autouse=True)
def _compiled() -> None:
    """Measure the code as the installed app runs it: compiled. This machine sets
    PYTHONDONTWRITEBYTECODE, so without this every module a worker first imports (the demo
    generator, the PDF layout) is compiled on the spot, holding the GIL for the whole module
    (perf: the PEG parser on an op's worker during a GUI-thread gap); the installer's bundle
    and a pip install ship compiled modules."""
    import compileall

    for package in ("app", "db", "ui"):
        compileall.compile_dir(str(ROOT / package), quiet=1)


@pytest.fixture(scope="session", autouse=True)
def _application_as_wegwijs_sets_it_up(qapp: Any) -> None:
    """The palette and Qt's Dutch texts as ui.application.make_app sets them: the palette
    decides, for one, whether opening a dialog repaints the window behind it."""
    from ui.application import install_dutch
    from ui.palette import apply_accessible_palette

    apply_accessible_palette(qapp)
    install_dutch(qapp)


@pytest.fixture(scope="session")
def big_location(tmp_path_factory: pytest.TempPathFactory) -> StoreLocation:
    """100,000 people with BSNs and V-nummers (cached between runs, see tests/bench/stores.py)."""
    return cached_store(BIG, PASSPHRASE, Path(tmp_path_factory.mktemp("big")))


@pytest.fixture(scope="session")
def huge_location(tmp_path_factory: pytest.TempPathFactory) -> StoreLocation:
    """1,000,000 people, built once into the cache (tens of minutes) and copied per run."""
    return cached_store(HUGE, PASSPHRASE, Path(tmp_path_factory.mktemp("huge")))


@pytest.fixture
def huge_store(huge_location: StoreLocation) -> Iterator[Session]:
    store = unlock(huge_location, PASSPHRASE)
    yield store
    store.close()


@pytest.fixture
def big_store(big_location: StoreLocation) -> Iterator[Session]:
    store = unlock(big_location, PASSPHRASE)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _quiet_start() -> Iterator[None]:
    """Each benchmark starts without the previous one's background work or garbage, and
    without its windows: pytest-qt closes them with deleteLater, and destroying a main window
    with all its tabs (~45 ms of Qt) would otherwise happen inside the next measurement."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    QThreadPool.globalInstance().waitForDone()
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QCoreApplication.processEvents()
    gc.collect()
    yield
    QThreadPool.globalInstance().waitForDone()
