"""The main window as the parts of the product see it: a small typed protocol.

A part installs itself with one call and gets handles back instead of hanging attributes on the
window::

    def install(shell: Shell) -> None:
        view = TermijnenView(shell.session)
        shell.add_tab(view, "Termijnen")
        action = shell.add_action("PIP", lambda: open_pip_editor(shell), shortcut="Ctrl+P",
                                  name="pip_openen", toolbar=True)
        shell.parts.put(PipPart(action, view))      # what other code (and tests) may look up
        shell.broadcast.subscribe(view, view.on_changes)

``shell.current_inburgeraar()`` is the selected person's id, ``shell.open_inburgeraar(id)`` shows
a person in the register (clearing a filter that hides them).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from app.session import Session
from app.settings import Settings
from ui.broadcast import Broadcaster

P = TypeVar("P")


class Parts:
    """The installed parts' handles, one per type: ``parts.get(PipPart)``."""

    def __init__(self) -> None:
        self._by_type: dict[type, object] = {}

    def put(self, part: P) -> P:
        self._by_type[type(part)] = part
        return part

    def get(self, kind: type[P]) -> P | None:
        found = self._by_type.get(kind)
        return found if isinstance(found, kind) else None

    def need(self, kind: type[P]) -> P:
        found = self.get(kind)
        if found is None:
            raise LookupError(f"{kind.__name__} is niet geïnstalleerd")
        return found


class Shell(Protocol):
    """What the main window offers the parts."""

    session: Session
    broadcast: Broadcaster
    settings: Settings
    data_dir: Path
    parts: Parts

    def add_tab(self, widget: QWidget, title: str) -> int: ...

    def add_action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        shortcut: str | None = None,
        tooltip: str | None = None,
        name: str | None = None,
        menu: str | None = "inburgeraar",
        toolbar: bool = False,
    ) -> QAction: ...

    def menu(self, key: str) -> QMenu: ...

    def current_inburgeraar(self) -> str | None: ...

    def open_inburgeraar(self, inburgeraar_id: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...
