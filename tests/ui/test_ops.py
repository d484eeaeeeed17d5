"""The op runner and the change broadcast: work runs off the GUI thread on its own connection,
errors reach the user in Dutch, cancelling stops the work, changes reach every subscriber."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressBar, QProgressDialog, QPushButton, QWidget

from app.changes import InburgeraarChanged, RegisterChanged, SettingsChanged, concerns_inburgeraar
from app.errors import DiskFullError
from app.inburgeraars.service import InburgeraarService
from tests.conftest import TODAY, finish, valid_form
from ui.broadcast import broadcast_for
from ui.main_window import MainWindow
from ui.op_tuning import WORKER_NICE
from ui.ops import Op, OpCancelled, OpContext


def test_work_runs_on_a_worker_with_its_own_connection(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    inburgeraars.save(valid_form(), TODAY)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, Any] = {}

    def work(ctx: OpContext) -> int:
        seen["thread"] = threading.current_thread() is threading.main_thread()
        seen["conn"] = ctx.session.store.conn is inburgeraars.session.store.conn
        seen["actor"] = ctx.session.actor
        return ctx.session.inburgeraars.total()

    op = Op(parent, work, session=inburgeraars.session).run()
    assert finish(qtbot, op) == 1
    assert seen == {"thread": False, "conn": False, "actor": inburgeraars.session.actor}


def test_button_is_disabled_while_running_and_changes_are_published(qtbot, inburgeraars) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    button = QPushButton("Doe het", parent)
    received: list[Any] = []
    broadcast_for(inburgeraars.session).subscribe(parent, received.append)
    go = threading.Event()

    op = (
        Op(parent, lambda _ctx: go.wait(10), session=inburgeraars.session)
        .disable(button)
        .changes((InburgeraarChanged("x"), RegisterChanged()))
        .run()
    )
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=2000)
    assert received == []
    go.set()
    finish(qtbot, op)
    assert button.isEnabled()
    assert received == [(InburgeraarChanged("x"), RegisterChanged())]
    assert concerns_inburgeraar(received[0], "x") and concerns_inburgeraar(received[0], "anyone")


def test_an_error_is_shown_in_dutch(qtbot, inburgeraars, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)

    def full(_ctx: OpContext) -> None:
        raise DiskFullError()

    finish(qtbot, Op(parent, full, session=inburgeraars.session).run())
    assert shown and "De schijf is vol" in shown[0]

    def crash(_ctx: OpContext) -> None:
        raise KeyError("Tesfamariam")  # a technical error may hold personal data

    finish(qtbot, Op(parent, crash).run())
    assert "onverwachts" in shown[1] and "Tesfamariam" not in shown[1]


def test_long_work_shows_progress_and_can_be_cancelled(qtbot, inburgeraars) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    steps: list[int] = []
    cancelled: list[bool] = []

    def work(ctx: OpContext) -> int:
        for i in range(400):
            ctx.check()
            ctx.report(i, 400)
            steps.append(i)
            time.sleep(0.01)
        return len(steps)

    op = (
        Op(parent, work, session=inburgeraars.session)
        .progress("Bezig…", cancellable=True)
        .cancelled(lambda: cancelled.append(True))
        .run()
    )

    def dialog() -> QProgressDialog | None:
        found = parent.findChildren(QProgressDialog)
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)  # after ~0.5 s
    dlg = dialog()
    assert dlg is not None and dlg.labelText() == "Bezig…"
    cancel = dlg.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annuleren"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finish(qtbot, op)
    assert cancelled == [True] and isinstance(op.error, OpCancelled)
    assert len(steps) < 400


def test_a_change_from_elsewhere_enters_the_same_broadcast(
    qtbot, inburgeraars, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A sync or another process publishes from its own thread; the views refresh on the GUI
    thread: here the register shows a person that was saved behind the window's back."""
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 0
    received: list[tuple[Any, bool]] = []
    window.broadcast.subscribe(
        window,
        lambda items: received.append(
            (items, threading.current_thread() is threading.main_thread())
        ),
    )

    def elsewhere() -> None:
        with inburgeraars.session.worker_session() as own:
            saved = own.inburgeraars.save(valid_form(), TODAY)
        broadcast_for(inburgeraars.session).publish([InburgeraarChanged(str(saved.id))])

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert received and received[0][1] is True
    broadcast_for(inburgeraars.session).publish([SettingsChanged()])
    assert received[-1] == ((SettingsChanged(),), True)  # same thread: delivered at once


def test_heavy_work_of_the_window_runs_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, inburgeraars: InburgeraarService, data_dir: Path, monkeypatch
) -> None:
    """Demo data, a backup, retention delete + VACUUM, audit verification and a PDF build are
    ops: the work function runs on a pool thread, never on the GUI thread."""
    from datetime import date

    from ui.pdf import actions
    from ui.security.admin_view import AdminView

    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    demo = window.load_demo()
    assert demo is not None and demo.running  # returned before the work is done
    finish(qtbot, demo)
    backup = window.make_backup()
    finish(qtbot, backup)
    assert backup.result is not None and backup.result.exists()
    window.table.selectRow(0)
    shown: list[Any] = []
    pdf = actions.open_pip(window, shown.append)
    finish(qtbot, pdf)
    view = AdminView(inburgeraars.session, data_dir, today=date(2045, 1, 1))
    qtbot.addWidget(view)
    view.show()
    verify = view.verify_audit()
    finish(qtbot, verify)
    view.retention_table.selectRow(0)
    delete = view.delete_selected(confirm=False)
    assert finish(qtbot, delete) == 1
    ops = [demo, backup, pdf, verify, delete]
    assert all(op is not None and op.thread_name not in ("", "MainThread") for op in ops)
    assert shown and verify.result is not None and verify.result[0] == []


def test_a_view_that_is_gone_is_not_kept_alive_by_the_broadcast(qtbot, inburgeraars) -> None:  # type: ignore[no-untyped-def]
    """A view subscribing its own method is freed once nothing else holds it (a closed window
    with everything it shows), and a later change reaches only the views still there."""
    import gc
    import weakref

    calls: list[str] = []

    class View(QWidget):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name
            broadcast_for(inburgeraars.session).subscribe(self, self.refresh)

        def refresh(self, _items: Any) -> None:
            calls.append(self.name)

    kept = View("blijft")
    gone = weakref.ref(View("weg"))
    gc.collect()
    assert gone() is None
    broadcast_for(inburgeraars.session).publish([SettingsChanged()])
    broadcast_for(inburgeraars.session).publish([SettingsChanged()])
    assert calls == ["blijft", "blijft"]
    kept.deleteLater()


def _python_own() -> tuple[float, int]:
    """What ui/op_tuning.py changes: the switch interval, the full-collection threshold."""
    import gc
    import sys

    return sys.getswitchinterval(), gc.get_threshold()[2]


def test_while_ops_run_the_gui_thread_is_favoured_and_the_last_op_puts_it_back(qtbot: Any) -> None:
    """ui/op_tuning.py: a shorter switch interval and held full collections while any op runs."""
    from ui import op_tuning

    interval, full = _python_own()
    release = threading.Event()
    first = Op(None, lambda _ctx: release.wait(10)).run()
    second = Op(None, lambda _ctx: release.wait(10)).run()
    try:
        assert op_tuning.ops_running() == 2
        assert _python_own() == (
            min(interval, op_tuning.OP_SWITCH_INTERVAL),
            max(full, op_tuning.HELD_FULL),
        )
        assert _python_own()[0] < interval
    finally:
        release.set()
        qtbot.waitUntil(lambda: not first.running, timeout=10_000)
        qtbot.waitUntil(lambda: not second.running, timeout=10_000)
    assert op_tuning.ops_running() == 0
    assert _python_own() == (interval, full)


def test_an_op_that_fails_and_one_that_is_cancelled_both_put_the_settings_back(
    qtbot: Any,
) -> None:
    from ui import op_tuning

    normal = _python_own()
    failing = Op(None, lambda _ctx: 1 // 0).failure(lambda _exc: None).run()
    assert _python_own() != normal
    qtbot.waitUntil(lambda: not failing.running, timeout=10_000)
    assert isinstance(failing.error, ZeroDivisionError)
    assert _python_own() == normal and op_tuning.ops_running() == 0

    started = threading.Event()

    def until_cancelled(ctx: OpContext) -> None:
        started.set()
        while True:
            ctx.check()
            time.sleep(0.005)

    cancelled: list[bool] = []
    stopped = Op(None, until_cancelled).cancelled(lambda: cancelled.append(True)).run()
    assert started.wait(10)
    assert _python_own() != normal
    stopped.cancel()
    qtbot.waitUntil(lambda: not stopped.running, timeout=10_000)
    assert cancelled == [True] and isinstance(stopped.error, OpCancelled)
    assert _python_own() == normal and op_tuning.ops_running() == 0


def test_an_ops_changes_reach_each_view_in_its_own_pass_then_success(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    """All refreshes in one pass held the GUI thread 50-60 ms at 100,000 people: each view
    refreshes in its own pass of the event loop (other events, here a timer, run between), and
    .success() comes last, while the op still counts as running."""
    owner = QObject()
    order: list[Any] = []
    broadcast = broadcast_for(inburgeraars.session)

    def first(items: Any) -> None:
        order.append(("eerste", items))
        QTimer.singleShot(0, lambda: order.append("ander werk"))

    broadcast.subscribe(owner, first)
    broadcast.subscribe(owner, lambda items: order.append(("tweede", items)))
    op: Op[int] = Op(None, lambda _ctx: 7, session=inburgeraars.session).changes(
        [SettingsChanged()]
    )
    op.success(lambda result: order.append(("klaar", result, op.running)))
    op.run()
    assert finish(qtbot, op) == 7
    changes = (SettingsChanged(),)
    assert order == [("eerste", changes), "ander werk", ("tweede", changes), ("klaar", 7, True)]
    assert not op.running


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values: Linux")
def test_an_ops_worker_runs_at_a_lower_priority_than_the_gui_thread(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    """So the scheduler runs the GUI thread first when both want a core (ui/op_tuning.py)."""

    def own_nice(_ctx: OpContext) -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    op = Op(None, own_nice, session=inburgeraars.session).run()
    assert finish(qtbot, op) == min(19, gui + WORKER_NICE)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui  # GUI unchanged


def test_a_busy_op_shows_in_the_status_bar_without_moving_the_window(qtbot, inburgeraars) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(inburgeraars.session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    indicator = bar.findChild(QProgressBar, "wegwijs-bezig")
    assert indicator is not None and not indicator.isVisible()
    central = window.centralWidget().geometry()
    first, second = threading.Event(), threading.Event()
    one = Op(window, lambda _ctx: first.wait(10), session=inburgeraars.session).busy("PIP opmaken…")
    two = Op(window, lambda _ctx: second.wait(10), session=inburgeraars.session).busy("Uitleg…")
    one.run()
    two.run()
    qtbot.waitUntil(indicator.isVisible, timeout=2000)
    assert bar.currentMessage() == "Uitleg…" and indicator.accessibleName() == "Uitleg…"
    assert window.centralWidget().geometry() == central  # the list does not jump
    first.set()
    qtbot.waitUntil(lambda: not one.running, timeout=5000)
    assert indicator.isVisible()  # the second op still runs
    second.set()
    finish(qtbot, two)
    assert not indicator.isVisible() and bar.currentMessage() == ""
    assert window.centralWidget().geometry() == central
    assert len(bar.findChildren(QProgressBar)) == 1  # one indicator, reused
