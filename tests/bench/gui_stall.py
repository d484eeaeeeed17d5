"""A stack sampler for the GUI thread, for finding what a late heartbeat tick was waiting for.

With ``WEGWIJS_STALL_TRACE=1`` the heartbeat of test_gui_block_bench.py starts a watchdog
thread: every 2 ms it looks at the time since the GUI thread's last tick and, past 25 ms,
records the GUI thread's stack (``sys._current_frames``). After the op it prints, per gap over
the target, the stacks it saw (innermost frames first), so the cause can be read off."""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections import Counter

ENABLED = os.environ.get("WEGWIJS_STALL_TRACE") == "1"
LATE_S = 0.025


def _short(frame: object, depth: int) -> str:
    if frame is None:
        return "(no frame)"
    return " < ".join(
        f"{os.path.basename(f.filename)}:{f.lineno} {f.name}"
        for f in reversed(traceback.extract_stack(frame)[-depth:])  # type: ignore[arg-type]
    )


class StallSampler:
    def __init__(self) -> None:
        self.gui = threading.get_ident()
        self.last = time.monotonic()
        self.stalls: list[tuple[float, Counter[str]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="stall-sampler", daemon=True)

    def tick(self) -> None:
        self.last = time.monotonic()

    def start(self) -> None:
        self.last = time.monotonic()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        current: Counter[str] | None = None
        seen_tick = self.last
        while not self._stop.wait(0.002):
            late = time.monotonic() - self.last
            if self.last != seen_tick:  # the GUI ticked: close the gap being recorded
                current, seen_tick = None, self.last
            if late < LATE_S:
                continue
            frames = sys._current_frames()
            stack = _short(frames.get(self.gui), 8)
            others = [
                _short(f, 3)
                for ident, f in frames.items()
                if ident not in (self.gui, threading.get_ident())
            ]
            if others:  # the workers' stacks: who had the GIL just before
                stack += " || " + " | ".join(others)
            if current is None:
                current = Counter()
                self.stalls.append((late, current))
            current[stack] += 1
            self.stalls[-1] = (late, current)

    def report(self, label: str, over_ms: int) -> None:
        for late, stacks in self.stalls:
            if late * 1000 < over_ms:
                continue
            print(f"\n[stall] {label}: GUI thread late {late * 1000:.0f} ms")
            for stack, n in stacks.most_common(4):
                print(f"  {n:3d}x {stack}")
