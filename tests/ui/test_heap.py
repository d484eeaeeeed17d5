"""The full garbage collection waits for an idle officer and for running ops (ui/heap.py)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtWidgets import QApplication

from ui.heap import IdleCollector, manage_collector
from ui.ops import Op, running_ops
from ui.security.lock import IdleDetector


def _make_pending() -> None:
    """Enough young collections that a full one is due."""
    for _ in range(3):
        gc.collect(1)


def test_full_collection_runs_when_idle_and_no_op_runs(qtbot: Any, monkeypatch: Any) -> None:
    collector = manage_collector(QApplication.instance())
    assert manage_collector(QApplication.instance()) is collector  # one per application
    assert gc.get_threshold()[2] > 1_000_000  # no full collection by itself
    detector = IdleDetector.of(QApplication.instance())
    _make_pending()
    detector.touch()  # the officer just typed
    assert collector.check() is False and IdleCollector.pending() > 0
    monkeypatch.setattr(detector, "idle_ms", lambda: 10_000)
    release = threading.Event()
    op = Op(None, lambda _ctx: release.wait(10)).run()
    try:
        assert running_ops() >= 1
        assert collector.check() is False  # an op runs: its progress must not freeze
    finally:
        release.set()
        qtbot.waitUntil(lambda: not op.running)
    assert collector.check() is True
    assert IdleCollector.pending() == 0


def test_the_safety_net_collects_even_while_busy(qtbot: Any, monkeypatch: Any) -> None:
    collector = manage_collector(QApplication.instance())
    IdleDetector.of(QApplication.instance()).touch()
    monkeypatch.setattr(IdleCollector, "pending", staticmethod(lambda: 10**6))
    assert collector.check() is True
