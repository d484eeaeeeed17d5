"""Bases for the mixins a large window is split into, one module per meaning (ui/main_window_*.py,
the Beheer pages in ui/security/admin_*.py).

To mypy each is the Qt class of the window that mixes them in, so a mixin may call its methods;
at run time each is a plain ``object``, so the window has its one Qt base and nothing else."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    MainWindowMixin = QMainWindow
    WidgetMixin = QWidget
else:
    MainWindowMixin = object
    WidgetMixin = object
