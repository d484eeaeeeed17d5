"""Process settings that favour the GUI thread while any op runs (entered by ``Op.run``).

Both settings keep the GUI thread from standing still beside an op's worker
(tests/bench/test_gui_block_bench.py); each is harmless when no op runs, so nothing changes then.
They are counted together: the first op to start applies both, the last op to end (done, failed
or cancelled) puts Python's own values back, however the ops overlap.

**Full collections wait.** While an op runs, full (generation 2) garbage collections wait: the
op's worker keeps its rows alive (100,000 retention rows, a pool of key persons with their
scores), and a full collection triggered by its allocations walks all of them holding the GIL,
190–1,300 ms with the start-up heap frozen (``ui/heap.py``). Young collections go on as before,
so short-lived cycles are freed at once. A full collection that is still due runs by itself after
the op, when its rows are gone and it is short. HELD_FULL is the safety net: after that many
young (generation-1) collections during one long op (a sync of thousands of dossiers) a full one
runs anyway, so memory cannot grow without bound.

**The GIL goes back to the GUI thread sooner.** Python hands the GIL from a busy thread to a
waiting one only after the switch interval (``sys.getswitchinterval()``, 5 ms by default): the
waiting thread sleeps that long, then asks, and the busy one lets go at its next bytecode
boundary. The GUI thread lets go of the GIL every time it enters Qt (the event loop, painting, a
Qt call) and must take it back for every Python function Qt calls: a timer's slot, the
application's event filters (the idle detector sees every event), a model's ``data``. Next to a
worker in a Python loop (reading and scoring 60,000 waiting people, writing the demo dossiers)
each of those takes up to 5 ms, and one pass of the event loop with ten of them (a dialog
appearing, a repaint) kept the GUI thread from its timer for 50–350 ms (found with the bench's
stack sampler: the GUI thread was inside ``QEventLoop.exec``, not running Python). So while an
op runs the interval is OP_SWITCH_INTERVAL; the worker then gives the GIL up within that much
when the GUI thread asks. It costs the worker a little: more hand-overs, only when the GUI thread
wants to run.

**Workers run at a lower CPU priority.** On two cores an op's worker, a second op (the
Termijnen refresh, the deferred integrity check) and the GUI thread compete for the CPU; perf
samples of the bench showed the GUI thread runnable but not running while two workers read the
store. Each op's job sets its pool thread's priority (:func:`lower_worker_priority`, Linux: the
thread's nice value +WORKER_NICE; elsewhere Qt's ``LowPriority``), so the scheduler runs the GUI
thread first whenever it has work, and the workers get all the CPU the GUI thread leaves.

Everything here except :func:`lower_worker_priority` runs on the GUI thread (``Op.run`` and the
op's end are both there).
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
from dataclasses import dataclass

from PySide6.QtCore import QThread

HELD_FULL = 500  # young collections one op may see before a full collection runs anyway
OP_SWITCH_INTERVAL = 0.0005  # seconds; Python's default is 0.005
WORKER_NICE = 5  # added to a pool thread's nice value (0 normal, 19 lowest)
# The nice value pool threads run at: the process's own (that of the thread importing this,
# which is the GUI thread's) plus WORKER_NICE.
_WORKER_LEVEL = (
    min(19, os.getpriority(os.PRIO_PROCESS, 0) + WORKER_NICE) if sys.platform != "win32" else 0
)


@dataclass(frozen=True)
class _Normal:
    """Python's own values, kept while ops run, put back by the last one."""

    full_threshold: int
    switch_interval: float


_running = 0
_normal: _Normal | None = None


class OpTuning:
    """One running op's share of the tuning; :meth:`leave` gives it back (the first call counts)."""

    def __init__(self) -> None:
        self._left = False

    def leave(self) -> None:
        if not self._left:
            self._left = True
            _leave()


def enter() -> OpTuning:
    """An op starts: the first one applies both settings. Call ``leave()`` on what it returns."""
    global _running, _normal
    _running += 1
    if _running == 1:
        young, middle, full = gc.get_threshold()
        _normal = _Normal(full_threshold=full, switch_interval=sys.getswitchinterval())
        gc.set_threshold(young, middle, max(full, HELD_FULL))
        sys.setswitchinterval(min(_normal.switch_interval, OP_SWITCH_INTERVAL))
    return OpTuning()


def _leave() -> None:
    global _running, _normal
    if _running == 0:
        return
    _running -= 1
    if _running > 0 or _normal is None:
        return
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, _normal.full_threshold)
    sys.setswitchinterval(_normal.switch_interval)
    _normal = None


def ops_running() -> int:
    """How many ops hold the tuning now (0: Python's own settings are in force)."""
    return _running


def lower_worker_priority() -> None:
    """Called by each op's job on its pool thread: the thread runs at the process's priority
    lowered by WORKER_NICE (set, not added, so running many ops on one thread changes nothing).
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # not allowed here: run at normal priority
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _WORKER_LEVEL)
        return
    thread = QThread.currentThread()
    if thread is not None:
        thread.setPriority(QThread.Priority.LowPriority)
