"""ui/let_go.py: big containers are freed on a pool thread, in steps; small ones at once."""

from __future__ import annotations

import threading
from typing import Any

from ui import let_go as module
from ui.let_go import LET_GO_AT, let_go


class Row:
    """Notes on which thread it was freed."""

    def __init__(self, freed_on: list[bool]) -> None:
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread() is threading.main_thread())


def test_a_big_list_and_dict_are_freed_off_the_gui_thread(qtbot: Any) -> None:
    freed_on: list[bool] = []
    rows = [Row(freed_on) for _ in range(LET_GO_AT)]
    by_id = {i: Row(freed_on) for i in range(LET_GO_AT)}
    let_go(rows, by_id)
    del rows, by_id
    qtbot.waitUntil(lambda: len(freed_on) == 2 * LET_GO_AT, timeout=10_000)
    assert not any(freed_on)  # none on the GUI (main) thread


def test_a_small_list_is_left_as_it_is(qtbot: Any) -> None:
    freed_on: list[bool] = []
    rows = [Row(freed_on) for _ in range(3)]
    let_go(rows)
    assert len(rows) == 3  # not emptied: the caller's own to drop
    del rows
    assert freed_on == [True, True, True]


def test_other_things_are_ignored(monkeypatch: Any) -> None:
    monkeypatch.setattr(module, "LET_GO_AT", 0)
    text, numbers = "abc", (1, 2, 3)
    let_go(text, numbers, None)
    assert text == "abc" and numbers == (1, 2, 3)
