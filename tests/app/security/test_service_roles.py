"""Roles are checked in the services, not only in the CLI and the UI (issue 12, item 6): a
klantmanager calling them from Python is refused and nothing changes."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.security import accounts, audit, backup
from app.security.keys import KeyFile, wrap
from app.security.roles import Actor, PermissionDeniedError, Role
from app.settings import Settings, save_settings, settings_path
from app.store import StoreLocation, create_store, unlock
from db.connection import Store
from tests.app.security.test_cli_security import cli
from tests.conftest import PASSPHRASE, TEST_KDF

KM_PASSWORD = "klantmanager met eigen zin"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def km(location: StoreLocation, tmp_path: Path) -> Store:
    """Signed in as a klantmanager (and the beheerder made one backup)."""
    admin = create_store(location, PASSPHRASE, kdf=TEST_KDF)
    accounts.add_account(admin, "kim", KM_PASSWORD, frozenset({Role.KLANTMANAGER}), TEST_KDF)
    backup.make_backup(admin, tmp_path / "b")
    admin.close()
    store = unlock(location, KM_PASSWORD, "kim")
    assert store.actor == Actor("kim", frozenset({Role.KLANTMANAGER}))
    return store


def test_a_klantmanager_cannot_manage_accounts_from_python(km: Store) -> None:
    keys = km.path.parent / "sleutels.json"
    before = digest(keys)
    with pytest.raises(PermissionDeniedError):
        accounts.add_account(km, "stiekem", "een lang wachtwoord", frozenset(Role), TEST_KDF)
    with pytest.raises(PermissionDeniedError):
        accounts.set_password(km, "beheerder", "overgenomen wachtwoord", TEST_KDF)
    assert digest(keys) == before
    accounts.set_password(km, "kim", "kims nieuwe lange zin", TEST_KDF)  # own: allowed
    km.close()


def test_a_klantmanager_cannot_touch_settings_or_backups(km: Store, tmp_path: Path) -> None:
    with pytest.raises(PermissionDeniedError):
        save_settings(km, replace(Settings(), bewaartermijn_jaren=1))
    assert not settings_path(km.path.parent).exists()
    folder = tmp_path / "b"
    good = backup.list_backups(folder)[0].path
    with pytest.raises(PermissionDeniedError):
        backup.rotate(km, folder)
    with pytest.raises(PermissionDeniedError):
        backup.backup_to(km, tmp_path / "eigen.db")
    assert not (tmp_path / "eigen.db").exists()
    key = km.key
    km.close()
    before = digest(km.path)
    with pytest.raises(PermissionDeniedError):
        backup.restore(km.path, good, key, Actor("kim", frozenset({Role.KLANTMANAGER})))
    assert digest(km.path) == before


def test_rewrapping_ones_own_entry_with_every_role_grants_nothing(km: Store) -> None:
    """Was: a klantmanager holds the store key, re-wrapped its own key-file entry with every
    role and signed in as beheerder. The roles inside the store now decide too."""
    key = km.key
    assert isinstance(key, bytes)
    km.close()
    path = km.path.parent / "sleutels.json"
    keys = KeyFile.load(path)
    old = keys.get("kim")
    assert old is not None
    keys.put(wrap(key, "kim", frozenset(Role), KM_PASSWORD, old.aangemaakt, TEST_KDF))
    keys.save(path)
    again = unlock(StoreLocation(km.path.parent), KM_PASSWORD, "kim")
    try:
        assert again.actor.rollen == {Role.KLANTMANAGER}
        with pytest.raises(PermissionDeniedError):
            audit.verify(again)
    finally:
        again.close()
    # an entry the store has never heard of does not sign in at all
    keys.put(wrap(key, "nieuw", frozenset(Role), KM_PASSWORD, old.aangemaakt, TEST_KDF))
    keys.save(path)
    with pytest.raises(accounts.LoginError):
        unlock(StoreLocation(km.path.parent), KM_PASSWORD, "nieuw")


def test_db_backup_needs_the_role_and_leaves_an_audit_line(
    data_dir: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, passphrase_file, "db", "init") == 0
    kim = tmp_path / "kim.txt"
    kim.write_text(KM_PASSWORD + "\n", "utf-8")
    add = ("user", "add", "kim", "--rol", "klantmanager", "--new-passphrase-file", str(kim))
    assert cli(data_dir, passphrase_file, *add) == 0
    assert cli(data_dir, kim, "db", "backup", "--out", str(tmp_path / "k.db"), user="kim") == 2
    assert not (tmp_path / "k.db").exists()
    assert cli(data_dir, passphrase_file, "db", "backup", "--out", str(tmp_path / "a.db")) == 0
    capsys.readouterr()
    assert cli(data_dir, passphrase_file, "audit", "list", "--aantal", "5") == 0
    out = capsys.readouterr().out
    assert "back-up gemaakt back-up a.db" in out
    assert json.loads((tmp_path / "a.db.sleutels.json").read_text("utf-8"))["accounts"]
