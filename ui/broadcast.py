"""The change broadcast: one per session, on the GUI thread, carrying ``app.changes`` events.

Every view subscribes (``broadcast_for(session).subscribe(owner, callback)``) and refreshes
itself from the changes it is given; an op publishes its changes when it ends, and so can
anything else that changes the store (a sync with the regional server, another process):
``broadcast_for(session).publish([InburgeraarChanged(inburgeraar_id)])``. ``publish`` may be called
from any thread; callbacks always run on the GUI thread, in the order published.
"""

from __future__ import annotations

import contextlib
import inspect
import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from app.changes import Change, Changes
from app.session import Session

Listener = Callable[[Changes], None]


class Broadcaster(QObject):
    """Publishes tuples of changes to every subscriber, always on the GUI thread."""

    changed = Signal(object)  # Changes
    _incoming = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        if app is not None and self.thread() is not app.thread():
            self.moveToThread(app.thread())
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

    @Slot(object)
    def _deliver(self, items: Changes) -> None:
        self.changed.emit(items)

    def subscribe(self, owner: QObject, listener: Listener) -> None:
        """Call *listener* with each published tuple while *owner* lives (a closed view stops
        listening by itself)."""

        # A bound method of a view is held weakly: a strong one would keep a closed window (and
        # everything it holds) alive as long as the session, and its `destroyed` never fires.
        held: Callable[[], Listener | None] = (
            weakref.WeakMethod(listener) if inspect.ismethod(listener) else lambda: listener
        )

        def call(items: Changes) -> None:
            target = held()
            if target is None:
                with contextlib.suppress(RuntimeError, TypeError):
                    self.changed.disconnect(call)
                return
            target(items)

        self.changed.connect(call)

        def drop(*_args: object) -> None:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone with the broadcaster
                self.changed.disconnect(call)

        owner.destroyed.connect(drop)


_by_session: weakref.WeakKeyDictionary[Session, Broadcaster] = weakref.WeakKeyDictionary()


def broadcast_for(session: Session) -> Broadcaster:
    """The session's broadcaster (made on first use, on the GUI thread)."""
    found = _by_session.get(session)
    if found is None:
        found = Broadcaster()
        _by_session[session] = found
    return found
