"""The background sync: an op on its own connection, after sign-in, every few minutes and on
"Nu synchroniseren"; never two at once.

The runner keeps the last state for the status bar (``state``) and says when it changes
(``state_changed``); progress from ``sync.run`` comes in as ``progress`` (text). The changes
the sync brought in are published on the session's broadcast by the op, so every view
refreshes itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.changes import ConflictsChanged, SyncFinished
from app.server import sync as client_sync
from app.server.sync_view import SyncState, changes_after, state_of
from app.session import Session
from ui.broadcast import broadcast_for
from ui.ops import Op, OpContext

FIRST_SYNC_MS = 3000  # shortly after sign-in, once the first view is up


@dataclass
class Outcome:
    """What the op hands back to the GUI thread."""

    result: client_sync.SyncResult
    status: dict[str, Any]
    conflicts_before: int


class SyncRunner(QObject):
    state_changed = Signal(object)  # SyncState
    progress = Signal(str)
    finished = Signal(object)  # Outcome, or the exception when the sync failed
    _progress_from_worker = Signal(str)

    def __init__(
        self, session: Session, parent: QWidget, interval_ms: int, first_ms: int = FIRST_SYNC_MS
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.op: Op[Outcome] | None = None
        self.started = 0  # how many syncs began (tests: never two at once)
        self.state = SyncState("", "off")
        self.last_error: str | None = None  # why the last sync failed (None: it did not)
        self.hold: Callable[[], bool] = lambda: False  # e.g. the connection is being changed
        self._progress_from_worker.connect(self.progress)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.sync_now)
        if first_ms >= 0:
            self.first.start(first_ms)
        parent.installEventFilter(self)  # the window closes: no more syncs
        self.refresh_state()
        broadcast_for(session).subscribe(self, self._on_changes)

    def stop(self) -> None:
        self.timer.stop()
        self.first.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent_widget and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    @property
    def running(self) -> bool:
        return self.op is not None and self.op.running

    def configured(self) -> bool:
        return client_sync.configured(self.session)

    def set_interval(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60 * 1000)

    def refresh_state(self) -> SyncState:
        """Read the state from the store (two small counts: fine on the GUI thread)."""
        return self._set(state_of(client_sync.status(self.session), self.last_error))

    def _set(self, state: SyncState) -> SyncState:
        self.state = state
        self.state_changed.emit(state)
        return state

    def sync_now(self) -> Op[Outcome] | None:
        """Start a sync, unless one runs or no server is configured (returns the op or None)."""
        if self.running or self.hold() or not self.configured():
            return None
        before = int(client_sync.status(self.session)["open_conflicten"])
        relay = self._progress_from_worker

        def work(ctx: OpContext) -> Outcome:
            own = ctx.session
            result = client_sync.run(own, progress=relay.emit)
            return Outcome(result, client_sync.status(own), before)

        self.started += 1
        self._set(SyncState(self.tr("Synchroniseren…"), "busy", self.state.open_conflicts))
        self.op = (
            Op(self.parent_widget, work, session=self.session, title=self.tr("Synchroniseren"))
            .changes(lambda out: changes_after(out.result, out.conflicts_before))
            .success(self._done)
            .failure(self._failed)
            .run()
        )
        return self.op

    def _done(self, outcome: Outcome) -> None:
        self.last_error = None
        self._set(state_of(outcome.status))
        self.finished.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, client_sync.SyncError) else type(exc).__name__
        self.last_error = message
        self.refresh_state()
        broadcast_for(self.session).publish([SyncFinished()])
        self.finished.emit(exc)

    def _on_changes(self, items: tuple[Any, ...]) -> None:
        """A conflict resolved here (or settings saved): the counts in the status bar change."""
        if any(isinstance(c, ConflictsChanged) for c in items) and not self.running:
            self.refresh_state()
