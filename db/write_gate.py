"""Writes on the officer's connection go before a worker's next batch.

SQLite has no queue for its write lock: a connection that finds it taken sleeps in growing steps
(its busy handler) and tries again. A worker that commits a batch and begins the next at once
wins nearly every time, so an officer's save could wait several batches (185 ms measured behind
the deadlines' recomputation, tests/ui/pip/test_termijnen_background.py). The gate is shared by
every connection of one store in this process: the first connection (the session's) announces
that it wants to write, and a worker's connection does not begin a new write transaction while
it does. The save then waits at most the batch that holds the lock.
"""

from __future__ import annotations

import threading

# A worker waits no longer than this for the officer's write, so a stuck announcement (which
# would be a bug) slows the worker down but never stops it.
MAX_YIELD_S = 5.0


class WriteGate:
    __slots__ = ("_clear", "_waiting")

    def __init__(self) -> None:
        self._waiting = 0
        self._clear = threading.Condition()

    def announce(self) -> None:
        """The officer's connection is about to ask for the write lock."""
        with self._clear:
            self._waiting += 1

    def withdraw(self) -> None:
        """It has the lock (or gave up): workers may begin again."""
        with self._clear:
            self._waiting -= 1
            if self._waiting == 0:
                self._clear.notify_all()

    def wait_clear(self) -> None:
        """A worker's connection, before BEGIN IMMEDIATE: let a waiting officer go first."""
        with self._clear:
            self._clear.wait_for(lambda: self._waiting == 0, timeout=MAX_YIELD_S)
