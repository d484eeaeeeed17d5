"""The officer's write goes before a worker's next batch (db/write_gate.py)."""

from __future__ import annotations

import threading
import time

from app.session import Session
from db.connection import Store

HOLD_S = 0.03  # one batch's write lock, as the deadlines' worker holds it


def _busy_worker(own: Store, stop: threading.Event, batches: list[int]) -> None:
    try:
        while not stop.is_set():
            with own.transaction() as conn:  # begins the next batch at once after a commit
                conn.execute("UPDATE gemeente SET naam = naam WHERE code = '0363'")
                time.sleep(HOLD_S)
            batches.append(1)
    finally:
        own.abandon()


def test_officer_waits_at_most_one_batch_of_a_busy_worker(store: Session) -> None:
    officer = store.store
    stop = threading.Event()
    batches: list[int] = []
    worker = threading.Thread(target=_busy_worker, args=(officer.reopen(), stop, batches))
    worker.start()
    waits = []
    try:
        deadline = time.monotonic() + 10
        while len(batches) < 2 and time.monotonic() < deadline:
            time.sleep(0.005)
        assert len(batches) >= 2
        for _ in range(20):
            start = time.perf_counter()
            with officer.transaction() as conn:
                conn.execute("UPDATE gemeente SET naam = naam WHERE code = '0294'")
            waits.append(time.perf_counter() - start)
            time.sleep(0.01)
    finally:
        stop.set()
        worker.join()
    # Without the gate SQLite's busy handler sleeps while the worker takes the lock again and
    # again: the save waited several batches, or five seconds and then failed as 'busy'.
    assert max(waits) < 3 * HOLD_S, [round(w * 1000) for w in waits]
    assert len(batches) > 20  # and the worker went on between the saves


def test_a_worker_alone_is_not_held_up(store: Session) -> None:
    own = store.store.reopen()
    try:
        start = time.perf_counter()
        for _ in range(50):
            with own.transaction() as conn:
                conn.execute("UPDATE gemeente SET naam = naam WHERE code = '0363'")
        assert time.perf_counter() - start < 2.5  # no announcement pending: no waiting
    finally:
        own.abandon()
