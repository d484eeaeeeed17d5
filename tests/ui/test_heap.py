"""Full garbage collections and the Python objects Qt holds by pointer (ui/heap.py).

The start-up heap is frozen so that full collections stop walking it; the collector keeps
running for everything made later. What a collection must never do is clear the Python side of
an object Qt still uses (an event filter, a model, a completer, a part hung on a window): PySide6
would then call its methods without their attributes (seen once as "'_Remember' object has no
attribute '_widget'"). These tests open the windows that have such objects, let Python forget
them, run full collections with the heap frozen, and use the windows again.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QAbstractItemView, QApplication
from shiboken6 import getCppPointer, isValid

from app.inburgeraars.service import InburgeraarService
from tests.conftest import finish
from ui import heap
from ui.main_window import MainWindow


@pytest.fixture
def frozen() -> Iterator[None]:
    """The start-up heap frozen as ui/application.py does; thawed again for the next tests."""
    assert heap.freeze_start_up_heap()
    try:
        yield
    finally:
        gc.unfreeze()
        heap._frozen = False


def _python_side() -> dict[int, tuple[type, frozenset[str]]]:
    """Every live QObject of a Wegwijs class: its C++ address → its class and attribute names."""
    app = QApplication.instance()
    assert app is not None
    found: dict[int, tuple[type, frozenset[str]]] = {}
    roots: list[QObject] = [app, *QApplication.topLevelWidgets()]
    for root in roots:
        objects: list[QObject] = [root, *root.findChildren(QObject)]
        # A view's model often has no Qt parent: the view holds it by pointer only.
        objects += [view.model() for view in root.findChildren(QAbstractItemView)]
        for obj in objects:
            if isValid(obj) and type(obj).__module__.startswith("ui."):
                found[getCppPointer(obj)[0]] = (type(obj), frozenset(vars(obj)))
    return found


def test_the_start_up_heap_is_frozen_once_and_later_garbage_still_goes() -> None:
    before = [object()]  # alive at start-up: no longer walked by the collector
    try:
        assert heap.freeze_start_up_heap()
        assert not heap.freeze_start_up_heap()  # a second main window freezes nothing more
        assert gc.get_freeze_count() > 0
        assert id(before) not in {id(o) for o in gc.get_objects()}

        class Later:
            pass

        cycle = Later()
        cycle.me = cycle  # type: ignore[attr-defined]
        gone = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert gone() is None  # made after the freeze: collected as before
    finally:
        gc.unfreeze()
        heap._frozen = False


def _open_everything(window: MainWindow) -> None:
    """The windows and dialogs with Python event filters, models and completers, left open;
    nothing here keeps a Python reference to them (Qt holds them by their parent)."""
    from ui.pip.launch import open_pip_editor

    window.table.selectRow(0)
    inburgeraar_id = window.selected_id()
    assert inburgeraar_id
    assert window.intake.open(inburgeraar_id) is not None
    assert open_pip_editor(window, inburgeraar_id) is not None
    window.new_inburgeraar().show()
    window.manage_gemeenten().show()
    match = window.open_match()
    if match is not None:
        match.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # each tab builds its models and views
        QApplication.processEvents()


def test_objects_qt_holds_keep_their_python_side_through_full_collections(
    qtbot: Any, inburgeraars: InburgeraarService, data_dir: Path, frozen: None
) -> None:
    window = MainWindow(inburgeraars.session, data_dir)
    window.show()
    qtbot.waitExposed(window)
    finish(qtbot, window.load_demo())
    _open_everything(window)
    QApplication.processEvents()
    before = _python_side()
    names = {kind.__name__ for kind, _attrs in before.values()}
    expected = {"_Remember", "IntakeLauncher", "IdleDetector", "AutoLock", "IntakeWindow"}
    assert expected | {"InburgeraarTableModel", "RowsModel"} <= names, names
    assert len(before) > 50

    for _ in range(3):
        gc.collect()
        QApplication.processEvents()
    after = _python_side()
    for pointer, (kind, attrs) in before.items():
        if pointer in after:
            assert after[pointer][0] is kind
            assert attrs <= after[pointer][1], f"{kind.__name__} lost {attrs - after[pointer][1]}"

    # Use them: hiding runs the size filter, closing the main window the intake's filter.
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert shown
    for widget in shown:
        widget.hide()
        widget.show()
    window.close()
    QApplication.processEvents()
    sizes = QSettings(str(data_dir / "venster.ini"), QSettings.Format.IniFormat)
    assert any(key.startswith("venstergrootte/") for key in sizes.allKeys())

    # Then the tree goes (the session's broadcast still holds the window's listeners, so Qt
    # deletes it, as closing a window with WA_DeleteOnClose does): full collections after that
    # find the Python sides of everything in it and must not call into them.
    pointer = getCppPointer(window)[0]
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del window, shown
    for _ in range(3):
        gc.collect()
        QApplication.processEvents()
    assert pointer not in _python_side()


def test_full_collections_wait_while_an_op_runs_and_come_back_after(qtbot: Any) -> None:
    import threading

    from ui import op_tuning
    from ui.ops import Op

    normal = gc.get_threshold()
    release = threading.Event()
    first = Op(None, lambda _ctx: release.wait(10)).run()
    second = Op(None, lambda _ctx: release.wait(10)).run()
    try:
        assert op_tuning.ops_running() == 2
        assert gc.get_threshold() == (normal[0], normal[1], max(normal[2], op_tuning.HELD_FULL))
    finally:
        release.set()
        qtbot.waitUntil(lambda: not first.running and not second.running, timeout=10_000)
    assert op_tuning.ops_running() == 0
    assert gc.get_threshold() == normal
    failing = Op(None, lambda _ctx: 1 // 0).failure(lambda _exc: None).run()
    qtbot.waitUntil(lambda: not failing.running, timeout=10_000)
    assert gc.get_threshold() == normal  # an op that fails gives the collector back too
