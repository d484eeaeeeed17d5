"""How long the GUI thread is kept from running while heavy work runs as an op, with 100,000
people in the store: a 5 ms heartbeat timer records the longest gap between its ticks. Target
(issue 11): each ≤ 50 ms. Figures in docs/performance.md."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import reference
from app.security.keys import KdfParams
from app.store import StoreLocation, create_store, unlock
from tests.bench.gui_stall import ENABLED as STALL_TRACE
from tests.bench.gui_stall import StallSampler
from tests.conftest import PASSPHRASE, finish, valid_form
from ui.heap import freeze_start_up_heap
from ui.main_window import MainWindow
from ui.pdf import actions
from ui.security.admin_view import AdminView

pytestmark = pytest.mark.bench
TARGET_MS = 50
# With WEGWIJS_STALL_TRACE=1: report the stacks of gaps longer than this (ms)
REPORT_OVER_MS = int(os.environ.get("WEGWIJS_STALL_OVER", TARGET_MS))
TODAY = date(2026, 12, 1)


class Heartbeat:
    """The longest time the event loop did not get to run, while it is started."""

    def __init__(self, label: str = "") -> None:
        self.label = label
        self.sampler = StallSampler() if STALL_TRACE else None
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.longest = 0

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())
        if self.sampler is not None:
            self.sampler.tick()

    def __enter__(self) -> Heartbeat:
        self.clock.start()
        self.timer.start()
        if self.sampler is not None:
            self.sampler.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()
        if self.sampler is not None:
            self.sampler.stop()
            self.sampler.report(self.label, REPORT_OVER_MS)


def measure(qtbot: Any, benchmark: Any, start: Callable[[], Any], settle_ms: int = 0) -> int:
    """Run the op *start* returns under the heartbeat; the longest gap in ms."""
    longest: list[int] = []

    def run() -> None:
        with Heartbeat(benchmark.name) as beat:
            op = start()
            finish(qtbot, op, timeout=600_000)
            if settle_ms:
                qtbot.wait(settle_ms)
        longest.append(beat.longest)

    benchmark.pedantic(run, rounds=1, iterations=1)
    benchmark.extra_info["gui_longest_block_ms"] = longest[0]
    return longest[0]


@pytest.fixture
def big_copy(big_location: StoreLocation, tmp_path: Path) -> StoreLocation:
    """A private copy of the 100,000-person store (these benchmarks delete and rewrite)."""
    target = StoreLocation(tmp_path / "kopie")
    shutil.copytree(big_location.data_dir, target.data_dir)
    return target


def window_on(qtbot: Any, location: StoreLocation) -> MainWindow:
    reference.warm()  # as the start-up import thread does (ui/background_imports.py)
    freeze_start_up_heap()  # as ui/application.py does before the first main window
    window = MainWindow(unlock(location, PASSPHRASE))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def test_backup_keeps_the_gui_responsive(qtbot, benchmark, big_copy) -> None:  # type: ignore[no-untyped-def]
    window = window_on(qtbot, big_copy)
    gap = measure(qtbot, benchmark, window.make_backup)
    assert gap <= TARGET_MS, f"GUI thread blocked {gap} ms during the backup"
    window.session.close()


def test_retention_delete_with_vacuum_keeps_the_gui_responsive(
    qtbot, benchmark, big_copy, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    freeze_start_up_heap()  # as ui/application.py does before the first main window
    session = unlock(big_copy, PASSPHRASE)
    view = AdminView(session, big_copy.data_dir, today=date(2045, 1, 1))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.retention_model.rowCount() > 0, timeout=120_000)
    for row in range(20):
        view.retention_table.selectRow(row)
    gap = measure(qtbot, benchmark, lambda: view.delete_selected(confirm=False))
    assert gap <= TARGET_MS, f"GUI thread blocked {gap} ms during delete + VACUUM"
    session.close()


def test_demo_data_keeps_the_gui_responsive(qtbot, benchmark, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Demo data only goes into an empty store: measured on one."""
    location = StoreLocation(tmp_path / "leeg")
    create_store(location, PASSPHRASE, kdf=KdfParams(1, 1024, 1)).close()
    window = window_on(qtbot, location)
    gap = measure(qtbot, benchmark, window.load_demo)
    assert window.model.rowCount() > 0
    assert gap <= TARGET_MS, f"GUI thread blocked {gap} ms while loading demo data"
    window.session.close()


def test_pdf_preview_keeps_the_gui_responsive(qtbot, benchmark, big_copy) -> None:  # type: ignore[no-untyped-def]
    window = window_on(qtbot, big_copy)
    form = valid_form(bsn="", v_nummer="", achternaam="Pdfmeting")
    saved = window.session.inburgeraars.save(form, TODAY)
    window.search.setText("Pdfmeting")  # one of 100,001: find it as an officer would
    qtbot.waitUntil(lambda: window.model.row_of(str(saved.id)) >= 0, timeout=30_000)
    assert window.select(str(saved.id))
    qtbot.wait(300)  # the selection's own repaint is over, as before the officer's next click
    shown: list[Any] = []
    # 300 ms after the op: the preview appears, lays out and paints the pages
    gap = measure(qtbot, benchmark, lambda: actions.open_pip(window, shown.append), settle_ms=300)
    assert shown, "no preview opened"
    assert shown[0].page_count() >= 1 and shown[0].isVisible()
    benchmark.extra_info["note"] = "building, opening the preview, its first pages"
    assert gap <= TARGET_MS, f"GUI thread blocked {gap} ms while building the PIP"
    window.session.close()


def test_assign_all_keeps_the_gui_responsive(qtbot, benchmark, big_copy) -> None:  # type: ignore[no-untyped-def]
    """'Alle wachtenden koppelen' with the demo's key persons in the 100,000-person store: the
    proposal (read, scored, formatted on a worker) and storing it (an op)."""
    import random

    from app.demo.sleutelpersonen import build_pool
    from app.security.roles import Actor, Role
    from app.session import Session
    from app.sleutelpersonen.transfer import ImportPlan, voer_uit

    seed = unlock(big_copy, PASSPHRASE)
    coordinator = Session(seed.store, Actor("coordinator", frozenset({Role.COORDINATOR})))
    voer_uit(coordinator.sleutelpersonen, ImportPlan(personen=build_pool(random.Random(7), TODAY)))
    seed.close()
    window = window_on(qtbot, big_copy)
    opened: list[Any] = []

    def propose() -> Any:
        opened.append(window.assign_all_action.trigger() or window.assign_dialog)
        return opened[-1]

    with Heartbeat("assign-all proposal") as beat:
        propose()
        qtbot.waitUntil(lambda: opened[0].voorstel is not None, timeout=600_000)
    proposal_gap = beat.longest
    dialog = opened[0]
    assert dialog.model.rowCount() > 0 and dialog.accept_button.isEnabled()
    gap = measure(qtbot, benchmark, dialog.confirm)
    benchmark.extra_info["proposal_gui_longest_block_ms"] = proposal_gap
    benchmark.extra_info["waiting"] = dialog.model.rowCount()
    assert proposal_gap <= TARGET_MS, f"GUI thread blocked {proposal_gap} ms during the proposal"
    assert gap <= TARGET_MS, f"GUI thread blocked {gap} ms while storing the proposal"
    window.session.close()
