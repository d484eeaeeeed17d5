"""Give the GIL back to the GUI thread sooner while an op's worker runs Python.

Python hands the GIL from a busy thread to a waiting one only after the switch interval
(``sys.getswitchinterval()``, 5 ms by default): the waiting thread sleeps that long, then asks,
and the busy one lets go at its next bytecode boundary. The GUI thread lets go of the GIL every
time it enters Qt (the event loop, painting, a Qt call) and must take it back for every Python
function Qt calls: a timer's slot, the application's event filters (the idle detector sees every
event), a model's ``data``. Next to a worker in a Python loop (reading and scoring 60,000
waiting people, writing the demo dossiers) each of those takes up to 5 ms, and one pass of the
event loop with ten of them (a dialog appearing, a repaint) kept the GUI thread from its timer
for 50–350 ms (tests/bench/test_gui_block_bench.py, found with its stack sampler: the GUI
thread was inside ``QEventLoop.exec``, not running Python).

So while an op runs the interval is shortened to OP_SWITCH_INTERVAL; the worker then gives the
GIL up within that much when the GUI thread asks, and nothing changes while no op runs. It costs
the worker a little: more hand-overs, only when the GUI thread wants to run. Counted like the
held full collections in ui/heap.py: the last op to end puts the interval back.
"""

from __future__ import annotations

import sys

OP_SWITCH_INTERVAL = 0.0005  # seconds; Python's default is 0.005
_favoured = 0
_normal: float | None = None


def favour_gui_thread() -> None:
    """An op starts (GUI thread)."""
    global _favoured, _normal
    _favoured += 1
    if _favoured == 1:
        _normal = sys.getswitchinterval()
        sys.setswitchinterval(min(_normal, OP_SWITCH_INTERVAL))


def stop_favouring_gui_thread() -> None:
    """An op ended (GUI thread); the last one puts the interval back."""
    global _favoured, _normal
    if _favoured == 0:
        return
    _favoured -= 1
    if _favoured == 0 and _normal is not None:
        sys.setswitchinterval(_normal)
        _normal = None


def gui_thread_favoured() -> bool:
    return _favoured > 0
