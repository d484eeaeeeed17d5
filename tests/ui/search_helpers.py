"""Typing in the register's search field as an officer does: the search runs off the GUI
thread after a short pause, so a test waits for it as the officer waits for the list."""

from __future__ import annotations

from typing import Any

from ui.main_window import MainWindow


def type_search(qtbot: Any, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.search, text)
    wait_search(qtbot, window)


def wait_search(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.searcher.busy, timeout=10_000)
