"""Accounts in Beheer with real widgets: the roles of each account in words, changing them (a
role new to the account asks for a new password), and withdrawing an account (an op that
re-keys the store: the withdrawn password opens nothing afterwards)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from app.security import accounts
from app.security.accounts import LoginError, sign_in
from app.security.roles import Role
from app.session import Session
from tests.conftest import TEST_KDF, finish
from ui.security.accounts_box import AccountsPage
from ui.security.admin_view import AdminView
from ui.security.roles_dialog import RolesDialog

KIM = "kim haar eigen lange zin"


@pytest.fixture
def page(qtbot, store: Session, data_dir: Path) -> AccountsPage:  # type: ignore[no-untyped-def]
    accounts.add_account(
        store, "kim", KIM, frozenset({Role.KLANTMANAGER, Role.COORDINATOR}), TEST_KDF
    )
    view = AdminView(store, data_dir)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.pages.setCurrentWidget(view.accounts_page)
    return view.accounts_page


def _rows(page: AccountsPage) -> dict[str, str]:
    m = page.model
    return {str(m.index(r, 0).data()): str(m.index(r, 1).data()) for r in range(m.rowCount())}


def test_beheer_lists_accounts_and_explains_each_role(page: AccountsPage) -> None:
    assert _rows(page)["kim"] == "Klantmanager, Coördinator sleutelpersonen"
    explained = page.findChild(QLabel, "rollen_uitleg")
    assert explained is not None and explained.isVisible()
    for sentence in ("Werkt met dossiers", "register van sleutelpersonen", "Beheert accounts"):
        assert sentence in explained.text()


def test_taking_a_role_away_needs_no_password(qtbot, page: AccountsPage, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    page.select("kim")
    dialog = page.change_roles()
    assert isinstance(dialog, RolesDialog)
    qtbot.addWidget(dialog)
    assert "kim" in dialog.windowTitle()
    dialog.roles[Role.COORDINATOR].setChecked(False)
    assert not dialog.password.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    assert _rows(page)["kim"] == "Klantmanager"
    signin = sign_in(data_dir, "kim", KIM)
    assert signin.account.naam == "kim"


def test_a_new_role_asks_for_a_new_password(qtbot, page: AccountsPage, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    page.select("kim")
    dialog = page.change_roles()
    assert isinstance(dialog, RolesDialog)
    qtbot.addWidget(dialog)
    dialog.roles[Role.BEHEERDER].setChecked(True)
    assert dialog.password.isVisibleTo(dialog) and dialog.password_note.isVisibleTo(dialog)
    dialog.submit()
    assert dialog.message.text() and dialog.isVisible()  # no password: nothing saved
    assert "Beheerder" not in _rows(page)["kim"]
    dialog.password.setText("kim wordt ook beheerder")
    dialog.repeat.setText("kim wordt ook beheerder")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    assert "Beheerder" in _rows(page)["kim"]
    with pytest.raises(LoginError):
        sign_in(data_dir, "kim", KIM)
    assert Role.BEHEERDER in sign_in(data_dir, "kim", "kim wordt ook beheerder").account.rollen


def test_withdrawing_an_account_rekeys_and_locks_it_out(  # type: ignore[no-untyped-def]
    qtbot, page: AccountsPage, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    old_key = page.session.store.raw_key
    page.select("kim")
    op = page.revoke(confirm=False)
    assert op is not None
    finish(qtbot, op)
    assert op.error is None and op.thread_name != "MainThread"
    assert "kim" not in _rows(page)
    assert page.session.store.raw_key != old_key  # re-keyed, still open
    assert told and "ingetrokken" in told[0]
    with pytest.raises(LoginError):
        sign_in(data_dir, "kim", KIM)


def test_withdrawing_needs_a_chosen_account(  # type: ignore[no-untyped-def]
    page: AccountsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))
    assert page.revoke(confirm=False) is None
    assert told == ["Kies eerst een account in de lijst."]
