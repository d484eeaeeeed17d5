"""Keep Python's full garbage collections short, so they do not stop the GUI thread.

A full (generation 2) collection walks every tracked object in the process while holding the
GIL, on whichever thread triggers it. Most of those objects are the start-up heap: modules,
functions, classes of Qt, PySide6, reportlab and Wegwijs itself, which live until the app quits.
An op that allocates on a worker triggers full collections, and each walked that whole heap:
120–380 ms in which the GUI thread stood still (tests/bench/test_gui_block_bench.py).

So once everything is imported, and before the first main window is made, the start-up heap is
collected one last time and then moved out of the collector's sight with ``gc.freeze()``
(Python's documented way for long-lived start-up objects). The collector keeps running for
everything made afterwards (windows, sessions, an op's rows); only while an op runs does its
full collection wait (below). Only objects alive at this moment are frozen; a window or session
made later is never frozen (so signing in as another colleague, Bestand → Ander account, frees
the old window as before). Why this is safe for the Python objects Qt holds by pointer (event
filters, models, completers): docs/performance.md, tested in tests/ui/test_heap.py.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_start_up_heap() -> bool:
    """Collect, then freeze what is alive (once per process); True when it froze now."""
    global _frozen
    if _frozen:
        return False
    _frozen = True
    gc.collect()  # garbage from the imports and the passphrase dialog goes first
    gc.freeze()
    return True


# While an op runs, full collections wait: the op's worker keeps its rows alive (100,000
# retention rows, a pool of key persons with their scores), and a full collection triggered by
# its allocations walks all of them holding the GIL, 190–1,300 ms with the heap frozen. Young
# collections go on as before, so short-lived cycles are freed at once. A full collection that
# is still due runs by itself after the op, when its rows are gone and it is short. HELD_FULL
# is the safety net: after that many young (generation-1) collections during one long op (a
# sync of thousands of dossiers) a full one runs anyway, so memory cannot grow without bound.
HELD_FULL = 500
_held = 0
_normal_full: int | None = None


def hold_full_collections() -> None:
    """An op starts (GUI thread): full collections wait until no op runs any more."""
    global _held, _normal_full
    _held += 1
    if _held == 1:
        young, middle, full = gc.get_threshold()
        _normal_full = full
        gc.set_threshold(young, middle, max(full, HELD_FULL))


def release_full_collections() -> None:
    """An op ended (GUI thread); the last one puts the collector's threshold back."""
    global _held, _normal_full
    if _held == 0:
        return
    _held -= 1
    if _held == 0 and _normal_full is not None:
        young, middle, _full = gc.get_threshold()
        gc.set_threshold(young, middle, _normal_full)
        _normal_full = None


def full_collections_held() -> bool:
    return _held > 0
