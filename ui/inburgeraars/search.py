"""The register's search as the officer types: debounced, off the GUI thread, latest wins.

Each keystroke restarts a short timer; when it fires, the first page is read on a worker with a
connection of its own (one at a time, under a lock), and then, only if the page is full, the
count. A result for a filter that is no longer the newest is dropped, and a count is not even
started once a newer search was asked for, so fast typing never queues up work.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from app.inburgeraars.service import InburgeraarService, ListFilter, ListRow
from ui.ops import run_in_background

if TYPE_CHECKING:
    from app.session import Session

DEBOUNCE_MS = 120


class SearchRunner(QObject):
    rows_ready = Signal(object, object)  # (ListFilter, list[ListRow]) for the newest filter
    count_ready = Signal(object, int)  # (ListFilter, count), after rows_ready, if the page was full
    failed = Signal(object)  # the exception, for a plain message

    def __init__(self, session: Session, page: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
        self._own: Session | None = None
        self._lock = threading.Lock()
        self._wanted: ListFilter | None = None
        self._generation = 0
        self._running = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    @property
    def busy(self) -> bool:
        """A search is waiting for its timer or running."""
        return self._timer.isActive() or self._running > 0

    def request(self, flt: ListFilter) -> None:
        self._wanted = flt
        self._generation += 1
        self._timer.start()

    def cancel(self) -> None:
        """The list was just loaded another way: whatever is pending or running is stale."""
        self._timer.stop()
        self._generation += 1

    def close(self) -> None:
        self.cancel()
        with self._lock:
            if self._own is not None:
                self._own.close_connection()  # no checkpoint: that would block the GUI's writes
                self._own = None

    # --- worker ---------------------------------------------------------------------------
    def _service(self) -> InburgeraarService:
        if self._own is None:
            self._own = self.session.worker()  # the same officer on a connection of its own
        return self._own.inburgeraars

    def _current(self, generation: int) -> bool:
        return generation == self._generation

    def _start(self) -> None:
        flt, generation = self._wanted, self._generation
        if flt is None:
            return
        self._running += 1

        def read() -> list[ListRow] | None:
            with self._lock:
                if not self._current(generation):
                    return None  # typed on meanwhile
                return self._service().page(flt, 0, self.page)

        def done(rows: list[ListRow] | None) -> None:
            self._running -= 1
            if rows is None or not isValid(self) or not self._current(generation):
                return
            self.rows_ready.emit(flt, rows)
            if len(rows) >= self.page:
                self._count(flt, generation)

        run_in_background(read, done, self._fail)

    def _count(self, flt: ListFilter, generation: int) -> None:
        self._running += 1

        def count() -> int | None:
            with self._lock:
                if not self._current(generation):
                    return None
                return self._service().count(flt)

        def done(total: int | None) -> None:
            self._running -= 1
            if total is not None and isValid(self) and self._current(generation):
                self.count_ready.emit(flt, total)

        run_in_background(count, done, self._fail)

    def _fail(self, exc: Any) -> None:
        self._running -= 1
        if isValid(self):
            self.failed.emit(exc)
