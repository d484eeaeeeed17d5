"""One way to run work off the GUI thread (in the spirit of Anki's CollectionOp / QueryOp).

    Op(parent, lambda ctx: ctx.session.retention.delete(ids, ...), session=window.session)
        .progress("Dossiers verwijderen…", cancellable=False)
        .disable(button)
        .changes(lambda count: (RegisterChanged(),))
        .success(lambda count: status.showMessage(f"{count} verwijderd"))
        .run()

The work runs on a pool thread. With ``session=`` it gets ``ctx.session``: the same officer on a
connection of its own (a connection is never shared by threads), closed when the work ends.
Anything that may take over ~0.5 s shows progress: ``.progress()`` a QProgressDialog that
appears after 500 ms (modal to its window, so nothing can be clicked meanwhile; with
``cancellable=True`` a Cancel button that ``ctx.check()`` turns into :class:`OpCancelled`), or
``.busy()`` a busy indicator in the status bar. ``.disable()`` greys out what must not be
clicked while the op runs. Errors are reported in Dutch (``app.errors.user_message``) unless
``.failure()`` handles them. When the work succeeds its changes are published on the session's
broadcast (``ui.broadcast``) before ``.success()`` runs, so every view refreshes itself: each
subscriber in its own pass of the event loop, then ``.success()`` in the next; ``running`` stays
true until that has run.

The rule (docs/performance.md): the GUI thread never does work longer than ~50 ms; reading or
writing the store beyond one row, building a PDF, or anything that grows with the store, is an op.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStatusBar,
    QWidget,
)
from shiboken6 import isValid

from app.changes import Change, Changes
from app.errors import user_message
from app.session import Session
from ui import busy_indicator, op_tuning
from ui.broadcast import broadcast_for
from ui.i18n import app_text, translate

T = TypeVar("T")
PROGRESS_AFTER_MS = 500


class OpCancelled(Exception):
    """The user pressed Cancel; raised by :meth:`OpContext.check` in the worker."""


@dataclass
class OpContext:
    """What the work function gets: its own session (when asked for) and a progress reporter."""

    session_or_none: Session | None
    _relay: _Relay
    _cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def session(self) -> Session:
        if self.session_or_none is None:
            raise RuntimeError("dit werk is zonder session= gestart")
        return self.session_or_none

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (OpCancelled) when the user pressed Cancel."""
        if self._cancel.is_set():
            raise OpCancelled()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """Progress for the dialog: *done* of *total* (0 = unknown), optionally a new label."""
        with contextlib.suppress(RuntimeError):
            self._relay.progress.emit(done, total, text)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        op_tuning.lower_worker_priority()
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


_live: set[Op[Any]] = set()


def _status_bar_of(parent: QWidget | None) -> Any:
    window = parent.window() if parent is not None else None
    return window.statusBar() if isinstance(window, QMainWindow) else None


class Op(Generic[T]):
    """A piece of work for a pool thread; build it with the methods below, then :meth:`run`."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[OpContext], T],
        *,
        session: Session | None = None,
        title: str = "Wegwijs",
    ) -> None:
        self.parent = parent
        self.work = work
        self.session = session
        self.title = title
        self._label: str | None = None
        self._cancellable = False
        self._busy: str | None = None
        self._disabled: list[QWidget | QAction] = []
        self._changes: Callable[[T], Iterable[Change]] | None = None
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._dialog: QProgressDialog | None = None
        self._bar: QStatusBar | None = None  # where the busy indicator shows
        self._ctx: OpContext | None = None
        self._tuning: op_tuning.OpTuning | None = None
        self.running = False
        self.result: T | None = None  # what the work returned, once it succeeded
        self.error: BaseException | None = None  # or why it did not
        self.thread_name = ""  # where the work ran (tests check it was not the GUI thread)

    # --- building ------------------------------------------------------------------------------
    def progress(self, label: str, *, cancellable: bool = False) -> Op[T]:
        """A progress dialog, shown when the work takes over 0.5 s, modal to its window."""
        self._label, self._cancellable = label, cancellable
        return self

    def busy(self, text: str) -> Op[T]:
        """A busy indicator in the window's status bar (for work the officer may work beside)."""
        self._busy = text
        return self

    def disable(self, *items: QWidget | QAction) -> Op[T]:
        self._disabled.extend(items)
        return self

    def changes(self, what: Callable[[T], Iterable[Change]] | Iterable[Change]) -> Op[T]:
        """The changes to publish when the work succeeds (fixed, or from its result)."""
        if callable(what):
            self._changes = what
        else:
            fixed: Changes = tuple(what)
            self._changes = lambda _result: fixed
        return self

    def success(self, fn: Callable[[T], None]) -> Op[T]:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Op[T]:
        """Handle an error yourself (default: a Dutch message box)."""
        self._on_failure = fn
        return self

    def cancelled(self, fn: Callable[[], None]) -> Op[T]:
        self._on_cancel = fn
        return self

    # --- running -------------------------------------------------------------------------------
    def run(self) -> Op[T]:
        relay = _Relay()
        ctx = OpContext(None, relay)
        self._ctx = ctx
        self._relay = relay
        main = self.session

        def job() -> T:
            self.thread_name = threading.current_thread().name
            if main is None:
                return self.work(ctx)
            with main.worker_session() as own:
                ctx.session_or_none = own
                return self.work(ctx)

        relay.done.connect(self._finish_ok)
        relay.failed.connect(self._finish_err)
        relay.progress.connect(self._progress)
        self._start_feedback()
        _live.add(self)
        self._tuning = op_tuning.enter()  # left in _end_feedback: done, failed or cancelled
        self.running = True
        QThreadPool.globalInstance().start(_Job(job, relay))
        return self

    def cancel(self) -> None:
        if self._ctx is not None:
            self._ctx._cancel.set()

    def _start_feedback(self) -> None:
        for item in self._disabled:
            if isValid(item):
                item.setEnabled(False)
        if self._label is not None:
            dialog = QProgressDialog(
                self._label,
                translate("ops", "Annuleren") if self._cancellable else "",
                0,
                0,
                self.parent,
            )
            dialog.setWindowTitle(self.title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(PROGRESS_AFTER_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not self._cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel)
            dialog.setValue(0)
            self._dialog = dialog
        if self._busy is not None:
            bar = _status_bar_of(self.parent)
            if bar is not None:
                busy_indicator.start(bar, self._busy)
                self._bar = bar

    def _progress(self, done: int, total: int, text: str) -> None:
        dialog = self._dialog
        if dialog is None or not isValid(dialog):
            return
        if text:
            dialog.setLabelText(text)
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def _end_feedback(self) -> None:
        _live.discard(self)
        if self._tuning is not None:
            self._tuning.leave()
            self._tuning = None
        for item in self._disabled:
            if isValid(item):
                item.setEnabled(True)
        if self._dialog is not None and isValid(self._dialog):
            self._dialog.reset()
            self._dialog.deleteLater()
        self._dialog = None
        if self._bar is not None and isValid(self._bar):
            busy_indicator.stop(self._bar)
        self._bar = None

    def _finish_ok(self, result: Any) -> None:
        self.result = result
        self._end_feedback()
        if self.session is None:
            self._succeeded(result)
            return
        changes = self._changes(result) if self._changes is not None else ()
        # Each view refreshes in its own pass of the event loop and .success() in the next, so
        # the GUI thread never does all of it at once; the op counts as running until then.
        broadcast_for(self.session).publish_in_turns(changes, lambda: self._succeeded(result))

    def _succeeded(self, result: Any) -> None:
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self.running = False

    def _finish_err(self, exc: Any) -> None:
        self.error = exc
        self._end_feedback()
        self.running = False
        if isinstance(exc, OpCancelled):
            if self._on_cancel is not None:
                self._on_cancel()
            return
        if self._on_failure is not None:
            self._on_failure(exc)
            return
        parent = self.parent if self.parent is not None and isValid(self.parent) else None
        QMessageBox.warning(parent, self.title, app_text(user_message(exc)))


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Op[Any]:
    """Plain work without a store, a dialog or changes (key stretching, a file write)."""
    return Op(None, lambda _ctx: fn()).success(on_done).failure(on_error).run()
