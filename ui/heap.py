"""Keep Python's full garbage collections off the moments the officer is working.

A full (generation 2) collection walks every tracked object in the process while holding the
GIL, whichever thread triggers it. With Qt, PySide6, reportlab and the register loaded, and an
op building tens of thousands of objects on a worker, each took 120–380 ms: the GUI thread
stood still that long in the middle of a backup, a retention delete or "Alle wachtenden
koppelen" (tests/bench/test_gui_block_bench.py). So, once the main window shows:

- what is alive then (modules, classes, the window's widgets) lives until the app quits: it is
  moved out of the collector's sight with ``gc.freeze()``;
- the young generations are collected as before (cheap: only new objects are walked), but the
  full collection no longer starts by itself: it runs when the officer has not touched the app
  for :data:`IDLE_MS` and no op is running, or, as a safety net for memory, after
  :data:`FORCE_AFTER` young collections without one.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

IDLE_MS = 3_000
CHECK_MS = 1_000
FORCE_AFTER = 2_000  # generation-1 collections (each ~7,000 net new objects) without a full one
NEVER = 1 << 30


def freeze_start_up_heap() -> None:
    """Move every object alive now into the permanent generation (never collected, never
    walked)."""
    gc.freeze()


class IdleCollector(QObject):
    """Runs the full collection when the officer is idle (one per application)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        young, middle, _full = gc.get_threshold()
        gc.set_threshold(young, middle, NEVER)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @staticmethod
    def pending() -> int:
        """Generation-1 collections since the last full one."""
        return int(gc.get_count()[2])

    def check(self) -> bool:
        """Collect now if it is due and nobody is waiting on the GUI; True when it ran."""
        from ui.ops import running_ops
        from ui.security.lock import IdleDetector

        if self.pending() == 0:
            return False
        app = QGuiApplication.instance()
        idle = (
            isinstance(app, QGuiApplication)
            and IdleDetector.of(app).idle_ms() >= IDLE_MS
            and running_ops() == 0
        )
        if idle or self.pending() >= FORCE_AFTER:
            gc.collect()
            return True
        return False


def manage_collector(parent: QObject) -> IdleCollector:
    """Freeze the start-up heap (once per process: a later window's garbage is not frozen) and
    move full collections to idle moments; called once the main window first shows."""
    app = QGuiApplication.instance()
    existing = app.findChild(IdleCollector) if app is not None else None
    if isinstance(existing, IdleCollector):
        return existing
    freeze_start_up_heap()
    return IdleCollector(app if app is not None else parent)
