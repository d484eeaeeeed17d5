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

# What signing in needs, first: the dialog's submit waits for these.
SIGN_IN = ("app.store", "app.security.strength", "ui.ops")
# Then what the main window needs (about two thirds of the start-up imports).
MAIN_WINDOW = ("app.version", "ui.main_window")


class BackgroundImports:
    """Groups of modules imported one group after the other on one thread."""

    def __init__(self, *groups: Sequence[str]) -> None:
        self.groups = [tuple(group) for group in groups]
        self._imported = [threading.Event() for _ in self.groups]
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._load, name="wegwijs-import", daemon=True)
            self._thread.start()

    def _load(self) -> None:
        for names, imported in zip(self.groups, self._imported, strict=True):
            with contextlib.suppress(Exception):  # a real error shows on the GUI thread's import
                for name in names:
                    importlib.import_module(name)
            imported.set()

    def ready(self, group: int = 0) -> bool:
        """Whether *group* is imported, or nobody is importing it (then the caller imports it
        itself, as without this thread)."""
        return self._thread is None or self._imported[group].is_set()

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()


def start_up_imports(creating: bool) -> BackgroundImports:
    """Signing in first (with the password checker when the first account is made), then the
    main window. Not started yet: see :meth:`BackgroundImports.start`."""
    sign_in = (*SIGN_IN, "zxcvbn") if creating else SIGN_IN  # its word lists: ~0.2 s
    return BackgroundImports(sign_in, MAIN_WINDOW)
