"""Modules imported on a thread while the passphrase dialog waits for the user (issue 11).

The dialog shows with the light modules only; a thread then imports, in order, what signing in
needs (the store, keys, KDF, SQLCipher, the background runner) and then the main window. Only
imports happen there (no widgets are made off the GUI thread); Python's import lock makes a
later import on the GUI thread wait for, or reuse, the thread's. Code on the GUI thread asks
:meth:`BackgroundImports.ready` first, so that it never waits on that lock itself.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Sequence

from PySide6.QtCore import QTimer

from ui import op_tuning

# What signing in needs, first: the dialog's submit waits for these.
SIGN_IN = ("app.store", "app.security.strength", "ui.ops")
# Then what the main window needs (about two thirds of the start-up imports).
MAIN_WINDOW = ("app.version", "ui.main_window")
# Then data the first screens read, loaded once per process (module, function): no widgets.
WARM = (("app.reference", "warm"),)
WATCH_MS = 50  # how often the GUI thread looks whether the thread is done


class BackgroundImports:
    """Groups of modules imported one group after the other on one thread."""

    def __init__(self, *groups: Sequence[str], warm: Sequence[tuple[str, str]] = ()) -> None:
        self.groups = [tuple(group) for group in groups]
        self.warm = tuple(warm)
        self._imported = [threading.Event() for _ in self.groups]
        self._thread: threading.Thread | None = None
        self._tuning: op_tuning.OpTuning | None = None
        self._watch: QTimer | None = None

    def start(self) -> None:
        """On the GUI thread. While the thread imports, it is tuned like an op's worker
        (ui/op_tuning.py): a full collection over the growing heap would otherwise hold the
        GIL for 35 ms and more, and the GUI thread gets the GIL back sooner."""
        if self._thread is not None:
            return
        self._tuning = op_tuning.enter()
        self._thread = threading.Thread(target=self._load, name="wegwijs-import", daemon=True)
        self._thread.start()
        self._watch = QTimer()
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._end_tuning_when_done)
        self._watch.start()

    def _end_tuning_when_done(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        if self._watch is not None:
            self._watch.stop()
        if self._tuning is not None:
            self._tuning.leave()

    def _load(self) -> None:
        for names, imported in zip(self.groups, self._imported, strict=True):
            with contextlib.suppress(Exception):  # a real error shows on the GUI thread's import
                for name in names:
                    importlib.import_module(name)
            imported.set()
        for module, function in self.warm:  # after every group: signing in does not wait
            with contextlib.suppress(Exception):  # then the first use loads it, as before
                getattr(importlib.import_module(module), function)()

    def ready(self, group: int = 0) -> bool:
        """Whether *group* is imported, or nobody is importing it (then the caller imports it
        itself, as without this thread)."""
        return self._thread is None or self._imported[group].is_set()

    def join(self) -> None:
        """On the GUI thread: wait for the whole import (usually long done)."""
        if self._thread is not None:
            self._thread.join()
            self._end_tuning_when_done()


def start_up_imports(creating: bool) -> BackgroundImports:
    """Signing in first (with the password checker when the first account is made), then the
    main window. Not started yet: see :meth:`BackgroundImports.start`."""
    sign_in = (*SIGN_IN, "zxcvbn") if creating else SIGN_IN  # its word lists: ~0.2 s
    return BackgroundImports(sign_in, MAIN_WINDOW, warm=WARM)
