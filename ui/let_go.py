"""Free a big list or dict on a pool thread, a slice at a time, instead of on the GUI thread.

When the last reference to 100,000 rows goes, CPython frees them all in one C call that holds
the GIL: replacing the retention list's rows, or closing the assign-all dialog with its 60,000
proposal rows, held the GUI thread 30–60 ms (perf samples of tests/bench/test_gui_block_bench.py:
``tupledealloc`` on the GUI thread). :func:`let_go` hands such containers to a pool thread that
empties them in steps (``app.sorting.drop_in_steps``), so the GIL changes hands between slices.
The caller must hold no other reference; small containers are simply dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRunnable, QThreadPool

from app.sorting import drop_in_steps

LET_GO_AT = 5_000  # below this many items freeing takes well under a millisecond


class _Release(QRunnable):
    def __init__(self, heavy: list[list[Any] | dict[Any, Any]]) -> None:
        super().__init__()
        self.heavy = heavy

    def run(self) -> None:
        heavy, self.heavy = self.heavy, []
        for item in heavy:
            if isinstance(item, list):
                drop_in_steps(item)
            else:
                while item:
                    item.popitem()


def let_go(*containers: Any) -> None:
    """Free these lists and dicts off the GUI thread (each emptied there, so nobody else may
    still use them)."""
    heavy = [c for c in containers if isinstance(c, list | dict) and len(c) >= LET_GO_AT]
    if heavy:
        QThreadPool.globalInstance().start(_Release(heavy))
