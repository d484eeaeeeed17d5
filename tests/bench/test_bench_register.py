"""Register with 100,000 inburgeraars: first rows after unlock, search per keystroke, memory."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from app.inburgeraars.service import InburgeraarService, ListFilter
from app.store import StoreLocation, unlock
from db.connection import Store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.bench


def test_first_rows_after_unlock(benchmark, big_location: StoreLocation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """From passphrase accepted (store opened) to the main window showing its first rows."""
    from ui.main_window import MainWindow

    opened: list[tuple[MainWindow, Store]] = []

    def open_and_show() -> None:
        store = unlock(big_location, PASSPHRASE)  # what the sign-in dialog does (GUI path)
        window = MainWindow(store, big_location.data_dir)
        window.show()
        assert window.model.rowCount() > 0
        opened.append((window, store))

    def settle() -> None:  # untimed: let the previous round's background work finish
        QThreadPool.globalInstance().waitForDone()
        while opened:
            window, store = opened.pop()
            window.close()
            store.close()

    benchmark.pedantic(open_and_show, setup=settle, rounds=5, iterations=1)
    settle()


@pytest.mark.parametrize("typed", ["a", "al", "al-h", "al-ha", "ahmadi", "9999", "zzzq"])
def test_search_keystroke(benchmark, big_store: Store, typed: str) -> None:  # type: ignore[no-untyped-def]
    """One keystroke: the first page of matches and the count in the status bar."""
    service = InburgeraarService(big_store)

    def keystroke() -> None:
        flt = ListFilter(text=typed)
        service.page(flt, 0, 200)
        service.count(flt)

    benchmark.pedantic(keystroke, rounds=30, iterations=1, warmup_rounds=2)


def test_search_keystroke_through_the_window(
    benchmark, big_store: Store, big_location: StoreLocation, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(big_store, big_location.data_dir)
    qtbot.addWidget(window)
    window.show()
    words = iter(["y", "yo", "yon", "yona", "yonas"] * 20)
    window.searcher._timer.setInterval(0)  # time the search itself, not the typing pause

    def type_one() -> None:
        """From the keystroke to its rows in the list (the search runs on a worker)."""
        with qtbot.waitSignal(window.searcher.rows_ready, timeout=10_000):
            window.search.setText(next(words))

    QThreadPool.globalInstance().waitForDone()  # the window's start-up work in the background
    benchmark.pedantic(type_one, rounds=50, iterations=1)
    window.close()
    QThreadPool.globalInstance().waitForDone()


def test_resident_memory_with_100k(big_location: StoreLocation, benchmark) -> None:  # type: ignore[no-untyped-def]
    """RSS of a fresh process that unlocks the big store and shows the main window, scrolled."""
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from pathlib import Path\n"
        "from app.store import StoreLocation, unlock\n"
        "from ui.application import make_app\n"
        "from ui.main_window import MainWindow\n"
        "app = make_app()\n"
        "loc = StoreLocation(Path(sys.argv[1]))\n"
        "store = unlock(loc, sys.argv[2])\n"
        "w = MainWindow(store, loc.data_dir); w.show(); app.processEvents()\n"
        "for _ in range(20): w.model.fetchMore()\n"
        "app.processEvents()\n"
        "rss = [l for l in open('/proc/self/status') if l.startswith('VmRSS')][0]\n"
        "print(int(rss.split()[1]) // 1024)\n"
    )
    root = Path(__file__).resolve().parents[2]
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", script, str(big_location.data_dir), PASSPHRASE],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ},
        check=True,
    )
    rss_mb = int(out.stdout.strip().splitlines()[-1])
    benchmark.extra_info["rss_mb"] = rss_mb
    benchmark.extra_info["seconds"] = round(time.perf_counter() - started, 2)
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    print(f"\nRSS with 100,000 inburgeraars and 4,200 rows fetched: {rss_mb} MB")
    assert rss_mb > 0
