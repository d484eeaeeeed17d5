"""Sorting and letting go of a long list on a worker without stopping the GUI thread.

``list.sort`` runs entirely in C and holds the GIL from start to end: sorting the 100,000
retention candidates or the 60,000 rows of an assign-all proposal on a worker kept the GUI
thread from running for 50–250 ms (tests/bench/test_gui_block_bench.py). :func:`sort_in_steps`
sorts slices of STEP items (each a millisecond or two) and merges them with ``heapq.merge``,
which is Python code, so the worker hands the GIL over between items as usual. The result is
the same list ``sorted`` gives, in the same order for equal keys (stable).

Letting go of a long list is the same kind of C loop: when the last reference to 100,000 rows
goes (a function returns, a local is rebound), CPython frees every row in one call, holding the
GIL throughout. The GUI thread stood still 60–95 ms while a worker freed the retention scan's
rows or the assign-all's 60,000 candidate lists (found with ``perf`` samples of the bench: the
worker in ``list_dealloc``/``tupledealloc``, the GUI thread waiting). :func:`drop_in_steps`
empties such a list a slice at a time, with a bytecode boundary (a chance to hand the GIL
over) between slices."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")
STEP = 4096


def sort_in_steps(items: Iterable[T], key: Callable[[T], Any] | None = None) -> list[T]:
    """``sorted(items, key=key)``, without holding the GIL for more than one slice at a time."""
    whole = list(items)
    if len(whole) <= STEP:
        return sorted(whole, key=key)  # type: ignore[type-var, arg-type]
    slices = [
        sorted(whole[start : start + STEP], key=key)  # type: ignore[type-var, arg-type]
        for start in range(0, len(whole), STEP)
    ]
    # heapq.merge takes equal keys from the earlier slice first: stable, like sorted.
    return list(heapq.merge(*slices, key=key))  # type: ignore[arg-type]


def drop_in_steps(items: list[Any], step: int = STEP) -> None:
    """Empty *items* from the end, *step* items at a time. Call it on a worker for a long list
    whose items die with it; for items that hold many objects each, give a smaller *step*."""
    while items:
        del items[-step:]
