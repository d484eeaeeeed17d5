"""Bestand → Ander account: a colleague signs in without closing Wegwijs. Unsaved typing of the
previous officer is asked about first (Annuleren keeps it and switches nobody); the new main
window shows the new account's roles; a cancelled sign-in brings the old window back locked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.inburgeraars.service import InburgeraarService
from app.security import accounts
from app.security.roles import Role
from app.store import StoreLocation, unlock
from tests.conftest import TEST_KDF, TODAY, valid_form
from ui import unsaved
from ui.main_window import MainWindow
from ui.security import switch_user as switching

KIM = "kim haar eigen lange zin"


@pytest.fixture
def window(qtbot, inburgeraars: InburgeraarService, data_dir: Path):  # type: ignore[no-untyped-def]
    inburgeraars.save(valid_form(), TODAY)
    accounts.add_account(inburgeraars.session, "kim", KIM, frozenset({Role.KLANTMANAGER}), TEST_KDF)
    win = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(win)
    win.show()
    win.table.selectRow(0)
    yield win
    switching.close_sessions()


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def _as_kim(location: StoreLocation, _parent: object) -> object:
    return unlock(location, KIM, "kim")


def test_the_menu_offers_another_account(window: MainWindow) -> None:
    texts = [a.text() for a in window.menus["bestand"].actions()]
    assert "Ander account…" in texts


def test_unsaved_typing_is_asked_about_and_annuleren_switches_nobody(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = window.edit_inburgeraar()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    editor = dialog._line("voornamen")
    editor.setText("nog niet opgeslagen")
    asked: list[object] = []

    def cancel(parent: object) -> str:
        asked.append(parent)
        return unsaved.CANCEL

    monkeypatch.setattr(unsaved, "ask", cancel)
    signed_in: list[object] = []
    new = switching.switch_user(window, lambda *a: signed_in.append(a))  # type: ignore[arg-type,func-returns-value]
    assert new is None and asked == [dialog] and signed_in == []
    assert dialog.isVisible() and editor.text() == "nog niet opgeslagen"
    assert window.isVisible() and window.session.actor is not None
    assert window.session.actor.naam == "beheerder"
    dialog.reject()


def test_the_new_window_has_the_new_accounts_roles(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert "Beheer" in _tab_titles(window)
    old_session = window.session
    new = switching.switch_user(window, _as_kim)  # type: ignore[arg-type]
    assert new is not None
    qtbot.addWidget(new)
    assert new.isVisible() and not window.isVisible()
    assert new.session.actor is not None and new.session.actor.naam == "kim"
    assert new.session.actor.rollen == {Role.KLANTMANAGER}
    assert "Beheer" not in _tab_titles(new)  # kim is no beheerder
    assert new.security is not None and new.security.autolock.screen.naam == "kim"
    assert old_session.store._closed  # the previous officer's session is closed
    assert QApplication.instance() is not None  # the app goes on


def test_a_cancelled_sign_in_brings_the_old_window_back_locked(window: MainWindow) -> None:
    new = switching.switch_user(window, lambda *_a: None)
    assert new is None and window.isVisible()
    assert window.security is not None and window.security.autolock.locked
