"""The Termijnen view recomputes stale people off the GUI thread, on its own connection."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from app.demo.inburgeraars import generate_inburgeraars
from app.inburgeraars.service import InburgeraarService
from app.session import Session
from db.errors import WrongKeyError
from tests.conftest import TODAY
from tests.ui.test_screens import save
from ui.pip.termijnen import BUSY_TEXT, TermijnenView

STALE = 5_000
GUI_BUDGET_S = 0.050


def _stale_people(inburgeraars: InburgeraarService, count: int) -> None:
    """*count* people just imported: none has computed deadlines yet."""
    rng = random.Random(7)
    base = generate_inburgeraars(1, rng, TODAY)[0]
    people = [
        replace(
            base,
            bsn=None,
            v_nummer=None,
            datum_melding_duo=TODAY - timedelta(days=rng.randint(0, 80)),
            datum_vestiging=TODAY - timedelta(days=rng.randint(0, 80)),
        )
        for _ in range(count)
    ]
    inburgeraars.insert_many(people)


class GuiClock:
    """Wall time spent inside the view's GUI-thread entry points, and the longest gap between
    ticks of a 5 ms timer (how long the event loop was kept from running)."""

    def __init__(self, view: TermijnenView) -> None:
        self.spent: list[float] = []
        self.gaps: list[int] = []
        for name in ("refresh", "_done"):
            self._wrap(view, name)
        self.tick = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._on_tick)

    def _wrap(self, view: TermijnenView, name: str) -> None:
        original = getattr(view, name)

        def timed(*args: object) -> None:
            start = time.perf_counter()
            original(*args)
            self.spent.append(time.perf_counter() - start)

        setattr(view, name, timed)

    def start(self) -> None:
        self.tick.start()
        self.timer.start()

    def _on_tick(self) -> None:
        self.gaps.append(self.tick.restart())


def test_refresh_of_many_stale_people_keeps_gui_free(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    view = TermijnenView(inburgeraars.session, today=TODAY, background=False)  # empty store
    qtbot.addWidget(view)
    view.background = True
    _stale_people(inburgeraars, STALE)  # then an import: thousands of people without deadlines
    clock = GuiClock(view)
    clock.start()
    with qtbot.waitSignal(view.loaded, timeout=120_000) as blocker:
        view.refresh()
        assert view.summary.text() == BUSY_TEXT
    clock.timer.stop()
    assert blocker.args and blocker.args[0] == view.model.total >= view.model.rowCount() > 0
    assert "te laat" in view.summary.text()
    computed = inburgeraars.store.conn.execute("SELECT count(*) FROM termijn_bron").fetchone()[0]
    assert computed == STALE
    print(
        f"\nGUI thread: refresh {clock.spent[0] * 1000:.1f} ms, apply "
        f"{clock.spent[-1] * 1000:.1f} ms, longest event-loop gap {max(clock.gaps)} ms "
        f"over {len(clock.gaps)} ticks"
    )
    assert max(clock.spent) < GUI_BUDGET_S
    # The event loop kept running while the worker computed (a generous bound for a shared,
    # 2-core test machine; the synchronous version stalls it for seconds).
    assert len(clock.gaps) > 10 and max(clock.gaps) < 400


def test_refresh_while_busy_runs_once_more_with_the_new_window(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    _stale_people(inburgeraars, 300)
    view = TermijnenView(inburgeraars.session, today=TODAY)
    qtbot.addWidget(view)
    assert view.busy and view.summary.text() == BUSY_TEXT
    view.window_days.set_code("14")  # asks for a refresh while the first still runs
    assert view.pending
    qtbot.waitUntil(lambda: not view.busy and not view.pending, timeout=60_000)
    qtbot.waitUntil(lambda: view.summary.text() != BUSY_TEXT, timeout=60_000)
    assert all(r.dagen <= 14 for r in view.model.rows)
    view.resize(1000, 400)
    view.show()
    save(view, "termijnen-na-achtergrond")


def test_failing_worker_shows_a_dutch_message_and_recovers(
    qtbot, inburgeraars: InburgeraarService, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def refuse(*_args: object, **_kw: object) -> None:
        raise WrongKeyError()

    monkeypatch.setattr(Session, "worker", refuse)
    view = TermijnenView(inburgeraars.session, today=TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.failed, timeout=10_000):
        pass
    assert "konden niet worden berekend" in view.summary.text()
    assert not view.busy
    monkeypatch.undo()
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.refresh()
    assert "te laat" in view.summary.text()


def test_officer_can_save_while_the_worker_recomputes(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    """The worker commits in batches: a write on the GUI's connection waits at most one batch,
    not the whole recomputation (which would block the GUI thread, then fail as 'locked')."""
    view = TermijnenView(inburgeraars.session, today=TODAY, background=False)
    qtbot.addWidget(view)
    view.background = True
    _stale_people(inburgeraars, STALE)
    waits: list[float] = []
    view.refresh()
    while view.busy:
        start = time.perf_counter()
        with inburgeraars.store.transaction() as conn:
            conn.execute("UPDATE gemeente SET naam = naam WHERE code = '0294'")
        waits.append(time.perf_counter() - start)
        qtbot.wait(5)
    assert "te laat" in view.summary.text()
    print(f"\n{len(waits)} writes during the sync, longest wait {max(waits) * 1000:.0f} ms")
    assert len(waits) > 3
    assert max(waits) < 0.2  # one batch (~30 ms) plus the busy handler's back-off
