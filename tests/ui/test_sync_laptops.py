"""Two laptops (two stores, two sessions) on one real PostgreSQL, driven through the windows:
an edit on A reaches B's register by the sync op's broadcast; a same-field clash is listed on
both, resolved in B's Conflicten list and converges; the status bar says offline / refused / ok;
the timer starts syncs; never two at once; a dialog keeps what the officer typed."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from app.inburgeraars.service import InburgeraarService
from app.server import admin
from app.server.cluster import port_free
from db import sync_local
from tests.conftest import finish, valid_form
from tests.support.laptops import PASSWORD, Laptop, dossier_view
from ui.main_window import MainWindow
from ui.sync import SyncPart
from ui.sync import runner as runner_module


@pytest.fixture(autouse=True)
def _no_sync_at_sign_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner_module, "FIRST_SYNC_MS", -1)  # each test starts its syncs itself


def _window(qtbot, lap: Laptop) -> tuple[MainWindow, SyncPart]:  # type: ignore[no-untyped-def]
    window = MainWindow(lap.session, lap.session.data_dir)
    qtbot.addWidget(window)
    window.show()
    return window, window.parts.need(SyncPart)


def _edit(lap: Laptop, inburgeraar_id: str, **changes: str) -> None:
    svc = InburgeraarService(lap.session)
    current = svc.get(inburgeraar_id)
    assert current is not None
    form = valid_form(**changes)
    form.update(id=inburgeraar_id, version=current.version)
    svc.save(form)


def _sync(qtbot, part: SyncPart) -> None:  # type: ignore[no-untyped-def]
    op = part.runner.sync_now()
    assert op is not None
    finish(qtbot, op)
    assert op.error is None, op.error
    assert op.thread_name != threading.main_thread().name  # on its own connection, off the GUI


def _phone(lap: Laptop, inburgeraar_id: str) -> str:
    row = lap.store.conn.execute("SELECT telefoon FROM inburgeraar WHERE id = ?", (inburgeraar_id,))
    return str(row.fetchone()[0])


def test_edit_on_a_shows_in_b_then_conflict_resolved_in_the_ui(  # type: ignore[no-untyped-def]
    qtbot, laptop: Callable[..., Laptop], monkeypatch
) -> None:
    import ui.unsaved

    a, b = laptop("anouk"), laptop("bram")
    window, part = _window(qtbot, b)
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    a.sync()
    assert window.model.row_of(inburgeraar.id) < 0
    _sync(qtbot, part)  # the op publishes what came in: the register refreshes by itself
    assert window.model.row_of(inburgeraar.id) >= 0
    assert part.status.text().startswith("Gesynchroniseerd om")
    assert "0 conflicten" in window.statusBar().currentMessage()

    # the same field on both laptops: A reaches the server first
    _edit(a, inburgeraar.id, telefoon="0543 111111")
    _edit(b, inburgeraar.id, telefoon="0543 999999")
    a.sync()
    _sync(qtbot, part)
    assert "1 conflict" in part.status.text()
    assert "nieuw: 1 conflict" in window.statusBar().currentMessage()
    assert "nieuw: 1 conflict" in window.statusBar().accessibleName()  # said by a screen reader
    a.sync()
    assert len(a.conflicts()) == 1  # listed on both laptops

    window.select(inburgeraar.id)
    assert "Conflict" in window.detail.conflict_label.text()
    assert window.model.conflicted == {inburgeraar.id}

    qtbot.mouseClick(part.status.conflicts, Qt.MouseButton.LeftButton)
    dialog = part.dialogs[0]
    view = dialog.view
    [row] = view.model.rows
    assert row.persoon == inburgeraar.naam and row.veld == "Telefoon"
    assert row.server_waarde == "0543111111" and row.server_wie.startswith("anouk")
    assert row.ander_waarde == "0543999999" and row.mine_is == "ander"
    # a typed new value is not dropped by Esc: the dialog asks (here: Annuleren) and stays
    asked: list[str] = []
    monkeypatch.setattr(ui.unsaved, "ask", lambda _w: asked.append("?") or ui.unsaved.CANCEL)
    qtbot.keyClicks(view.typed, "0543 222222")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["?"] and dialog.isVisible() and view.typed.text() == "0543 222222"
    view.typed.clear()
    qtbot.mouseClick(view.mine, Qt.MouseButton.LeftButton)
    finish(qtbot, view.op)
    # the resolution syncs at once (like any change)
    qtbot.waitUntil(lambda: not part.runner.running and part.runner.started >= 3, timeout=60_000)
    assert view.model.rows == []
    assert "conflict" not in part.status.text()
    qtbot.waitUntil(lambda: window.detail.conflict_label.isHidden(), timeout=5000)
    a.sync()
    assert a.conflicts() == [] and _phone(a, inburgeraar.id) == "0543999999"
    assert dossier_view(a.state()) == dossier_view(b.state())


def test_a_key_person_added_on_a_shows_in_bs_sleutelpersonen_tab(  # type: ignore[no-untyped-def]
    qtbot, laptop: Callable[..., Laptop]
) -> None:
    from app.sleutelpersonen.service import SleutelpersoonService
    from tests.support.sleutelpersonen import persoon_form

    a, b = laptop("anouk"), laptop("bram")
    window, part = _window(qtbot, b)
    view = window.sleutelpersonen
    before = view.register.model.rowCount()
    SleutelpersoonService(a.session).save(persoon_form(voornaam="Luwam"))
    a.sync()
    _sync(qtbot, part)  # SleutelpersonenChanged: the tab reloads by itself
    assert view.register.model.rowCount() == before + 1


def test_two_concept_pips_both_shown_and_one_chosen_in_the_ui(  # type: ignore[no-untyped-def]
    qtbot, laptop: Callable[..., Laptop]
) -> None:
    from tests.server.test_sync_merge import _pip, _pips

    a, b = laptop("anouk"), laptop("bram")
    _, part = _window(qtbot, b)
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    a.sync()
    _sync(qtbot, part)
    _pip(a, inburgeraar.id, 1)
    mine = _pip(b, inburgeraar.id, 1)
    a.sync()
    _sync(qtbot, part)
    dialog = part.open_conflicts()
    [row] = dialog.view.model.rows
    assert row.veld == "PIP: twee conceptversies"
    assert row.server_waarde.startswith("Versie 1 (concept)")
    assert row.ander_waarde.startswith("Versie 2 (concept)") and row.mine_is == "ander"
    assert not dialog.view.typed.isEnabled()  # a version is chosen, not typed
    qtbot.mouseClick(dialog.view.mine, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog.view.op)
    qtbot.waitUntil(lambda: not part.runner.running and part.runner.started >= 3, timeout=60_000)
    a.sync()
    assert set(_pips(a, inburgeraar.id)) == set(_pips(b, inburgeraar.id)) == {mine}
    assert not a.conflicts() and not b.conflicts()


def test_status_bar_offline_refused_and_back(qtbot, laptop: Callable[..., Laptop]) -> None:  # type: ignore[no-untyped-def]
    b = laptop("bram")
    _, part = _window(qtbot, b)
    InburgeraarService(b.session).save(valid_form())
    real = sync_local.settings(b.store.conn)
    assert real is not None
    free = next(p for p in range(56800, 56900) if port_free(p))
    with b.store.transaction() as c:
        sync_local.update_settings(
            c, server=real["server"].replace(f"port={b.server.cluster.port}", f"port={free}")
        )
    op = part.runner.sync_now()
    finish(qtbot, op)
    waiting = b.pending()
    assert waiting > 0
    assert part.status.text() == f"Offline — {waiting} wijzigingen wachten"
    with b.store.transaction() as c:
        sync_local.update_settings(c, server=real["server"])
    # the account's password changed on the server: the server refuses
    admin.user_add(b.server.admin_dsn, "bram", "0294", "klantmanager", "een-heel-ander-wachtwoord")
    finish(qtbot, part.runner.sync_now())
    assert part.status.text().startswith("Server weigert:")
    assert "wachtwoord" in part.status.text()
    admin.user_add(b.server.admin_dsn, "bram", "0294", "klantmanager", PASSWORD)
    _sync(qtbot, part)
    assert part.status.text().startswith("Gesynchroniseerd om") and b.pending() == 0


def test_timer_syncs_and_never_two_at_once(qtbot, laptop: Callable[..., Laptop]) -> None:  # type: ignore[no-untyped-def]
    b = laptop("bram")
    window, part = _window(qtbot, b)
    runner = part.runner
    first = runner.sync_now()
    assert first is not None and runner.running
    assert runner.sync_now() is None  # one runs: the second is not started
    part.sync_action.trigger()
    assert runner.started == 1
    assert not part.sync_action.isEnabled()  # greyed while it runs
    finish(qtbot, first)
    assert part.sync_action.isEnabled()
    runner.timer.setInterval(200)  # a short interval for the test (the setting is minutes)
    qtbot.waitUntil(lambda: runner.started >= 3, timeout=60_000)
    qtbot.waitUntil(lambda: not runner.running, timeout=60_000)
    assert window.parts.need(SyncPart) is part


def test_an_open_dialog_keeps_what_was_typed(qtbot, laptop: Callable[..., Laptop]) -> None:  # type: ignore[no-untyped-def]
    a, b = laptop("anouk"), laptop("bram")
    window, part = _window(qtbot, b)
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    a.sync()
    _sync(qtbot, part)
    window.select(inburgeraar.id)
    dialog = window.edit_inburgeraar()
    assert dialog is not None
    field = dialog._line("woonplaats")
    field.clear()
    qtbot.keyClicks(field, "Aalten")
    _edit(a, inburgeraar.id, telefoon="0543 111111")  # another field, on the other laptop
    a.sync()
    _sync(qtbot, part)
    assert field.text() == "Aalten"  # the incoming change did not overwrite the typing
    dialog.submit()  # both changes stand: the typed field and the colleague's
    stored = InburgeraarService(b.session).get(inburgeraar.id)
    assert stored is not None
    assert stored.woonplaats == "Aalten" and stored.telefoon == "0543111111"

    # the same field on both sides: named in the dialog, kept as typed only on a second Opslaan
    window.select(inburgeraar.id)
    dialog = window.edit_inburgeraar()
    assert dialog is not None
    field = dialog._line("woonplaats")
    field.clear()
    qtbot.keyClicks(field, "Lichtenvoorde")
    _sync(qtbot, part)  # B's Aalten reaches the server and A
    a.sync()
    _edit(a, inburgeraar.id, telefoon="0543 111111", woonplaats="Groenlo")
    a.sync()
    _sync(qtbot, part)
    dialog.submit()
    assert dialog.isVisible() and "Woonplaats" in dialog.message.text()
    assert field.text() == "Lichtenvoorde"
    assert InburgeraarService(b.session).get(inburgeraar.id).woonplaats == "Groenlo"  # type: ignore[union-attr]
    dialog.submit()
    assert not dialog.isVisible()
    assert InburgeraarService(b.session).get(inburgeraar.id).woonplaats == "Lichtenvoorde"  # type: ignore[union-attr]


def test_workload_says_the_hours_are_the_regions_as_of_the_last_sync(  # type: ignore[no-untyped-def]
    qtbot, laptop: Callable[..., Laptop]
) -> None:
    from ui.sleutelpersonen.pages import WerkdrukPage

    b = laptop("bram")
    _, part = _window(qtbot, b)
    page = WerkdrukPage(b.session.inzet)
    qtbot.addWidget(page)
    assert "nog niet" in page.bron.text()
    _sync(qtbot, part)  # SyncFinished: the page reloads its hours and says from when
    assert page.bron.text().startswith("Uren van alle laptops in de regio (stand van de server om")


def test_only_who_may_change_the_data_resolves_and_a_beheerder_sees_no_names(  # type: ignore[no-untyped-def]
    qtbot, laptop: Callable[..., Laptop]
) -> None:
    from app.security.roles import Actor, PermissionDeniedError, Role
    from app.server.conflict_rows import resolve
    from app.session import Session
    from ui.sync.conflicts_view import ConflictsView

    a, b = laptop("anouk"), laptop("bram")
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    a.sync(), b.sync()
    _edit(a, inburgeraar.id, telefoon="0543 111111")
    _edit(b, inburgeraar.id, telefoon="0543 999999")
    a.sync(), b.sync()
    [conflict] = b.conflicts()
    coordinator = Session(b.store, Actor("coord", frozenset({Role.COORDINATOR})))
    with pytest.raises(PermissionDeniedError):
        resolve(coordinator, str(conflict["id"]), kies="mijn")
    assert len(b.conflicts()) == 1 and _phone(b, inburgeraar.id) == "0543111111"  # nothing changed
    beheerder = Session(b.store, Actor("beheer", frozenset({Role.BEHEERDER})))
    view = ConflictsView(beheerder)
    qtbot.addWidget(view)
    assert view.model.rows == [] and "mag dit niet" in view.detail.text()
    assert not view.server.isEnabled()


def test_an_open_intake_shows_a_colleagues_answer_and_keeps_typing(  # type: ignore[no-untyped-def]
    qtbot, laptop: Callable[..., Laptop]
) -> None:
    from PySide6.QtWidgets import QLineEdit

    a, b = laptop("anouk"), laptop("bram")
    window, part = _window(qtbot, b)
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    a.sync()
    _sync(qtbot, part)
    intake = window.intake.open(inburgeraar.id)
    assert intake is not None
    qtbot.addWidget(intake)
    texts = [(s.id, q.id) for s in intake.definition.sections for q in s.questions]
    texts = [
        (sid, qid)
        for sid, qid in texts
        if intake.definition.question(qid).type == "text"  # type: ignore[union-attr]
    ]
    (their_section, theirs), (my_section, mine) = texts[0], texts[1]
    a.session.intake.save_answer(inburgeraar.id, theirs, "van Anouk")  # on the other laptop
    intake.go_to(my_section, mine)
    page = intake.page(my_section)
    typed = page.editor(mine).focus_widget()
    assert isinstance(typed, QLineEdit)
    typed.setFocus()
    qtbot.keyClicks(typed, "nog niet opgeslagen")
    a.sync()
    _sync(qtbot, part)
    shown = intake.page(their_section).editor(theirs).focus_widget()
    assert isinstance(shown, QLineEdit) and shown.text() == "van Anouk"
    assert typed.text() == "nog niet opgeslagen"  # typing kept; it is saved as usual
    intake.close()
    assert b.session.intake.stored_answers(inburgeraar.id)[mine] == "nog niet opgeslagen"
