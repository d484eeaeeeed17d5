"""Keep Python's full garbage collections short, so they do not block the GUI thread.

A full (generation 2) collection walks every tracked object in the process while holding the
GIL, whichever thread triggers it: with Qt, PySide6, reportlab and the register loaded that is
over 100 ms, and it happens while an op allocates on a worker (measured in
tests/bench/test_gui_block_bench.py: 120–330 ms gaps on the GUI thread during a backup or a
retention delete). What is alive once the main window shows (modules, classes, the window's
widgets) lives until the app quits, so it is moved out of the collector's sight with
``gc.freeze()`` (Python's documented way for long-lived start-up objects); the collector keeps
running for everything made afterwards.
"""

from __future__ import annotations

import gc


def freeze_start_up_heap() -> None:
    """Move every object alive now into the permanent generation (never collected, never
    walked). Called once, right after the main window first shows."""
    gc.freeze()
