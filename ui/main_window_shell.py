"""The shell protocol (ui/shell.py) as the main window implements it: the parts' tabs, actions
and menus, the current inburgeraar, and the typed handles other code looks up.

A mixin of `ui.main_window.MainWindow`; it uses the window's tabs, menus, toolbar and selection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTabWidget, QToolBar, QWidget

from ui.mixin_base import MainWindowMixin
from ui.shell import Parts

if TYPE_CHECKING:
    from ui.pip.termijnen import TermijnenView


class ShellMethods(MainWindowMixin):
    """`add_tab`, `add_action`, `menu`, `current_inburgeraar`, `open_inburgeraar`."""

    if TYPE_CHECKING:  # made by MainWindow
        tabs: QTabWidget
        toolbar: QToolBar
        menus: dict[str, QMenu]
        parts: Parts

        def selected_id(self) -> str | None: ...

        def select(self, inburgeraar_id: str) -> bool: ...

    def add_tab(self, widget: QWidget, title: str) -> int:
        return self.tabs.addTab(widget, title)

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
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tooltip:
            action.setToolTip(tooltip)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # the shortcut works whichever tab is shown
        if menu is not None:
            self.menus[menu].addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def menu(self, key: str) -> QMenu:
        return self.menus[key]

    def current_inburgeraar(self) -> str | None:
        return self.selected_id()

    def open_inburgeraar(self, inburgeraar_id: str) -> None:
        """Show *inburgeraar_id* in the register, clearing a search that hides them."""
        self.tabs.setCurrentIndex(0)
        self.select(inburgeraar_id)  # the selection clears a filter that hides them

    # --- typed handles of parts other code looks up ---------------------------------------------
    @property
    def pip_action(self) -> QAction:
        from ui.pip import PipPart

        return self.parts.need(PipPart).action

    @property
    def termijnen(self) -> TermijnenView | None:
        from ui.pip import PipPart

        return self.parts.need(PipPart).termijnen
