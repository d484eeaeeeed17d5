"""Typing in the register's search: the list follows the last text typed, the GUI thread does
not run the search, and a count for a full page arrives afterwards."""

from __future__ import annotations

import random
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from app.demo.inburgeraars import generate_inburgeraars
from app.inburgeraars.service import InburgeraarService, ListFilter
from tests.conftest import TODAY
from tests.ui.search_helpers import type_search, wait_search
from ui.main_window import MainWindow


def _window(qtbot, inburgeraars: InburgeraarService, data_dir: Path, count: int) -> MainWindow:  # type: ignore[no-untyped-def]
    inburgeraars.insert_many(generate_inburgeraars(count, random.Random(8), TODAY))
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_list_follows_the_last_text_typed(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, inburgeraars, data_dir, 300)
    reads: list[str] = []
    original = window.searcher._service

    def counting():  # type: ignore[no-untyped-def]
        service = original()
        page = service.page

        def logged(flt: ListFilter, offset: int, limit: int):  # type: ignore[no-untyped-def]
            reads.append(flt.text)
            return page(flt, offset, limit)

        service.page = logged  # type: ignore[method-assign]
        return service

    window.searcher._service = counting  # type: ignore[method-assign]
    target = window.model.rows[17]
    type_search(qtbot, window, target.achternaam.lower())
    expected = inburgeraars.page(ListFilter(text=target.achternaam), 0, 200)
    assert [r.id for r in window.model.rows] == [r.id for r in expected]
    assert target.id in {r.id for r in window.model.rows}
    # typed faster than the pause: one search for the whole word, not one per letter
    assert reads == [target.achternaam.lower()]
    n = len(expected)
    assert window.count_label.text() == f"{n} inburgeraar{'s' if n != 1 else ''}"
    # a text that matches nobody, then cleared again: the whole list is back
    type_search(qtbot, window, "qqq")
    assert window.model.rowCount() == 0 and window.count_label.text() == "0 inburgeraars"
    window.search.clear()
    wait_search(qtbot, window)
    assert window.model.rowCount() == 200  # the first page of 300


def test_a_full_page_gets_its_count_afterwards(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, inburgeraars, data_dir, 700)
    expected = inburgeraars.count(ListFilter(text="a"))
    assert expected > 200
    type_search(qtbot, window, "a")
    assert window.model.rowCount() == 200
    assert window.count_label.text() == f"{expected} inburgeraars"


def test_the_gui_thread_does_not_search(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """The search runs on the worker: the event loop keeps ticking while a slow read runs."""
    window = _window(qtbot, inburgeraars, data_dir, 50)
    original = window.searcher._service

    reading: list[float] = []

    def slow():  # type: ignore[no-untyped-def]
        reading.append(time.monotonic())
        time.sleep(0.5)  # a read over a very large register
        reading.append(time.monotonic())
        return original()

    window.searcher._service = slow  # type: ignore[method-assign]
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    type_search(qtbot, window, "zz")
    timer.stop()
    assert window.model.rowCount() == len(inburgeraars.page(ListFilter(text="zz"), 0, 200))
    start, end = reading
    during = [t for t in ticks if start <= t <= end]
    # the event loop kept running while the worker read (a 10 ms timer: up to 50 ticks)
    assert len(during) >= 10, len(during)
