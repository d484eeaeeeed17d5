from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService
from app.security import backup
from app.security.accounts import sign_in
from app.security.backup import BackupError, list_backups, restore, run_automatic, verify_backup
from app.security.roles import Actor, PermissionDeniedError, Role
from app.store import StoreLocation, create_store, open_signed_in, unlock
from db.connection import Store
from db.errors import StoreDamagedError
from tests.conftest import PASSPHRASE, TEST_KDF, TODAY, valid_form
from tests.support.security import act_as


@pytest.fixture
def made(location: StoreLocation) -> StoreLocation:
    create_store(location, PASSPHRASE, kdf=TEST_KDF).close()
    return location


ADMIN = Actor("beheerder", frozenset({Role.BEHEERDER}))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_automatic_backups_rotate_7_daily_and_4_weekly(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = datetime(2026, 1, 1, 9, 0, 0)
    for day in range(40):
        run_automatic(store, folder, start + timedelta(days=day))
        run_automatic(store, folder, start + timedelta(days=day, hours=3))  # same day: nothing
    kinds = [b.kind for b in list_backups(folder)]
    assert kinds.count("dagelijks") == 7 and kinds.count("wekelijks") == 4
    newest = list_backups(folder)[0]
    assert newest.made.date() == (start + timedelta(days=39)).date()
    # every backup carries the key file beside it
    for b in list_backups(folder):
        assert b.path.with_name(b.path.name + ".sleutels.json").exists()


def test_on_demand_backup_is_for_the_beheerder(store: Store, tmp_path: Path) -> None:
    path = backup.make_backup(store, tmp_path / "b")
    assert path.exists() and "handmatig" in path.name
    act_as(store, Role.KLANTMANAGER)
    with pytest.raises(PermissionDeniedError):
        backup.make_backup(store, tmp_path / "b")


def _with_inburgeraar(location: StoreLocation) -> tuple[bytes, str]:
    store = unlock(location, PASSPHRASE)
    inburgeraar = InburgeraarService(store).save(valid_form(), TODAY)
    key = store.key
    store.close()
    assert isinstance(key, bytes) and inburgeraar.id
    return key, inburgeraar.id


def test_restore_replaces_and_keeps_the_old_store(made: StoreLocation, tmp_path: Path) -> None:
    location = made
    store = unlock(location, PASSPHRASE)
    good = backup.make_backup(store, tmp_path / "b")
    InburgeraarService(store).save(valid_form(), TODAY)
    key = store.key
    store.close()
    assert isinstance(key, bytes)
    kept = restore(location.path, good, key, ADMIN)
    assert kept.exists()
    again = unlock(location, PASSPHRASE)
    assert InburgeraarService(again).total() == 0
    again.close()
    old = unlock(StoreLocation(location.data_dir), PASSPHRASE)  # sanity: still opens
    old.close()


def test_truncated_backup_is_refused_and_nothing_changes(
    made: StoreLocation, tmp_path: Path
) -> None:
    location = made
    store = unlock(location, PASSPHRASE)
    good = backup.make_backup(store, tmp_path / "b")
    store.close()
    key, _ = _with_inburgeraar(location)
    broken = tmp_path / "kapot.db"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    before = digest(location.path)
    with pytest.raises(BackupError, match="beschadigd"):
        restore(location.path, broken, key, ADMIN)
    assert digest(location.path) == before
    assert not list(location.data_dir.glob("wegwijs-vervangen-*"))
    assert not list(location.data_dir.glob("*.terugzetten*"))
    assert (
        digest(broken)
        == hashlib.sha256(good.read_bytes()[: len(good.read_bytes()) // 2]).hexdigest()
    )


def test_backup_of_another_store_is_refused(made: StoreLocation, tmp_path: Path) -> None:
    location = made
    key, _ = _with_inburgeraar(location)
    stranger = tmp_path / "vreemd.db"
    stranger.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    with pytest.raises(BackupError):
        verify_backup(stranger, key, location.data_dir)
    with pytest.raises(BackupError, match="bestaat niet"):
        verify_backup(tmp_path / "nergens.db", key, location.data_dir)


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(5000, min(len(data), 9000)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def test_damaged_store_is_detected_never_overwritten_and_restored_from_newest_good(
    made: StoreLocation, tmp_path: Path
) -> None:
    location = made
    folder = tmp_path / "b"
    store = unlock(location, PASSPHRASE)
    InburgeraarService(store).save(valid_form(), TODAY)
    old = run_automatic(store, folder, datetime(2026, 11, 1, 9))
    newest = backup.make_backup(store, folder, datetime(2026, 11, 30, 9))
    store.close()
    _corrupt(newest)  # the newest backup is bad too: the one before must be chosen
    _corrupt(location.path)
    before = digest(location.path)
    signin = sign_in(location.data_dir, None, PASSPHRASE)
    with pytest.raises(StoreDamagedError, match="beschadigd"):
        open_signed_in(location, signin)
    assert digest(location.path) == before
    good = backup.newest_good(folder, signin.key, location.data_dir)
    assert good is not None and good.path in old
    kept = restore(location.path, good.path, signin.key, ADMIN)
    assert digest(kept) == before  # the damaged store is kept as a copy
    store = open_signed_in(location, signin)
    assert InburgeraarService(store).total() == 1
    store.close()


def test_empty_file_is_not_taken_for_an_empty_backup(made: StoreLocation, tmp_path: Path) -> None:
    """SQLite opens an empty file as a new store: a restore would silently empty the store."""
    location = made
    key, _ = _with_inburgeraar(location)
    empty = tmp_path / "leeg.db"
    empty.write_bytes(b"")
    before = digest(location.path)
    with pytest.raises(BackupError, match="leeg"):
        restore(location.path, empty, key, ADMIN)
    assert digest(location.path) == before
