"""Run slow work off the GUI thread, with success and failure callbacks on the GUI thread.

In the spirit of Anki's QueryOp: ``run_in_background(fn, on_done, on_error)``. The callbacks are
delivered through a QObject living in the GUI thread, so they may touch widgets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._deliver(self.relay.failed, exc)
        else:
            self._deliver(self.relay.done, result)

    @staticmethod
    def _deliver(signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # app shutting down: nobody left to tell
            signal.emit(value)


_live: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    relay = _Relay()
    _live.add(relay)

    def finish_ok(result: Any) -> None:
        _live.discard(relay)
        on_done(result)

    def finish_err(exc: Any) -> None:
        _live.discard(relay)
        on_error(exc)

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_err)
    QThreadPool.globalInstance().start(_Job(fn, relay))
