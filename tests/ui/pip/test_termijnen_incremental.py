"""Saving one inburgeraar recomputes only their deadlines: the Termijnen refresh after a save
does not search the whole register for stale people (issue 11: 0.35 s per save at 100,000)."""

from __future__ import annotations

import random
from datetime import timedelta

from app.deadlines.service import TermijnService
from app.demo.inburgeraars import generate_inburgeraars
from app.inburgeraars.service import InburgeraarService
from db.pip import PipRepository
from db.records import now_utc
from tests.conftest import TODAY, valid_form
from ui.pip.termijnen import TermijnenView


def test_a_save_recomputes_only_that_person(
    qtbot, inburgeraars: InburgeraarService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    inburgeraars.insert_many(generate_inburgeraars(30, random.Random(3), TODAY))
    view = TermijnenView(inburgeraars.session, today=TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)  # the first, full sync
    repo = PipRepository(inburgeraars.store.conn)
    assert repo.stale_inburgeraars() == []
    # someone else is edited outside the app's save path (stale, but nobody said so) ...
    other = str(inburgeraars.store.conn.execute("SELECT id FROM inburgeraar").fetchone()[0])
    qtbot.wait(5)  # a later millisecond than the sync's
    with inburgeraars.store.transaction():
        inburgeraars.store.conn.execute(
            "UPDATE inburgeraar SET updated_at = ? WHERE id = ?", (now_utc(), other)
        )
    # ... then the officer saves a new person, due for a PIP within the window
    melding = TODAY - timedelta(days=60)
    saved = inburgeraars.save(valid_form(datum_melding_duo=melding.isoformat()), TODAY)
    scans: list[int] = []
    original = PipRepository.stale_inburgeraars

    def counted(self):  # type: ignore[no-untyped-def]
        scans.append(1)
        return original(self)

    monkeypatch.setattr(PipRepository, "stale_inburgeraars", counted)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh(saved.id)  # what the main window's change broadcast does
    assert scans == []  # no search over the whole register
    assert saved.id in {r.inburgeraar_id for r in view.model.rows}
    stale = original(repo)
    assert other in stale and saved.id not in stale  # only the saved person was recomputed
    # a full refresh (F5, another deadline window) still picks up everyone else
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    assert scans and original(repo) == []
    assert TermijnService(inburgeraars.session).sync() == 0
