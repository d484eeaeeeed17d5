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
full collection wait (``ui/op_tuning.py``). Only objects alive at this moment are frozen; a
window or session made later is never frozen (so signing in as another colleague, Bestand →
Ander account, frees the old window as before). Why this is safe for the Python objects Qt
holds by pointer (event filters, models, completers): docs/performance.md, tested in
tests/ui/test_heap.py.
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
