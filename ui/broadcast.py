"""The change broadcast: one per session, on the GUI thread, carrying ``app.changes`` events.

Every view subscribes (``broadcast_for(session).subscribe(owner, callback)``) and refreshes
itself from the changes it is given; an op publishes its changes when it ends, and so can
anything else that changes the store (a sync with the regional server, another process):
``broadcast_for(session).publish([InburgeraarChanged(inburgeraar_id)])``. ``publish`` may be called
from any thread; callbacks always run on the GUI thread, in the order published.
"""

from __future__ import annotations

import inspect
import weakref
from collections import deque
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from app.changes import Change, Changes
from app.session import Session

Listener = Callable[[Changes], None]


class _Subscriber:
    """One listener while its owner lives; a bound method is held weakly."""

    def __init__(self, listener: Listener) -> None:
        # A bound method of a view is held weakly: a strong one would keep a closed window (and
        # everything it holds) alive as long as the session, and its `destroyed` never fires.
        self._held: Callable[[], Listener | None]
        if inspect.ismethod(listener):
            # A plain weak reference to the view plus the function (not weakref.WeakMethod,
            # whose callback complains when it and the view are freed in the same collection).
            view, func = weakref.ref(listener.__self__), listener.__func__
            self._held = lambda: None if (obj := view()) is None else func.__get__(obj)
        else:
            self._held = lambda: listener
        self.alive = True

    def __call__(self, items: Changes) -> None:
        target = self._held() if self.alive else None
        if target is None:
            self.alive = False
            return
        target(items)


class Broadcaster(QObject):
    """Publishes tuples of changes to every subscriber, always on the GUI thread."""

    _incoming = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        if app is not None and self.thread() is not app.thread():
            self.moveToThread(app.thread())
        self._subscribers: list[_Subscriber] = []
        # Calls still to make, one per event-loop pass (see publish_in_turns). A plain publish
        # does not wait for them: each view refreshes from the store, so the order of two
        # refreshes does not change what it shows in the end.
        self._pending: deque[Callable[[], None]] = deque()
        self._incoming.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def publish(self, changes: Iterable[Change]) -> None:
        """Tell every subscriber; from a worker thread the call is queued to the GUI thread."""
        items: Changes = tuple(changes)
        if not items:
            return
        if QThread.currentThread() is self.thread():
            self._deliver(items)
        else:
            self._incoming.emit(items)

    def publish_in_turns(self, changes: Iterable[Change], then: Callable[[], None]) -> None:
        """Tell every subscriber, each in its own pass of the event loop, then call *then* (GUI
        thread only). An op's end uses this: each view's refresh is short, but all of them
        together (and the op's own success step) held the GUI thread 50–60 ms after demo data
        or an assign-all with 100,000 people in the store (tests/bench/test_gui_block_bench.py)."""
        items: Changes = tuple(changes)
        idle = not self._pending
        if items:
            self._pending.extend(partial(s, items) for s in self._subscribers)
        self._pending.append(then)
        if idle:
            self._next_turn()

    def _next_turn(self) -> None:
        QTimer.singleShot(0, self, self._run_one)

    @Slot()
    def _run_one(self) -> None:
        if not self._pending:
            return
        call = self._pending.popleft()
        try:
            call()
        finally:
            self._forget_gone()
            if self._pending:
                self._next_turn()

    @Slot(object)
    def _deliver(self, items: Changes) -> None:
        for subscriber in list(self._subscribers):
            subscriber(items)
        self._forget_gone()

    def _forget_gone(self) -> None:
        if any(not s.alive for s in self._subscribers):
            self._subscribers = [s for s in self._subscribers if s.alive]

    def subscribe(self, owner: QObject, listener: Listener) -> None:
        """Call *listener* with each published tuple while *owner* lives (a closed view stops
        listening by itself)."""
        subscriber = _Subscriber(listener)
        self._subscribers.append(subscriber)

        def drop(*_args: object) -> None:
            subscriber.alive = False

        owner.destroyed.connect(drop)


_by_session: weakref.WeakKeyDictionary[Session, Broadcaster] = weakref.WeakKeyDictionary()


def broadcast_for(session: Session) -> Broadcaster:
    """The session's broadcaster (made on first use, on the GUI thread)."""
    found = _by_session.get(session)
    if found is None:
        found = Broadcaster()
        _by_session[session] = found
    return found
