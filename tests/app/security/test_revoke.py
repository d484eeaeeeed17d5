"""Account intrekken (issue 12, item 7): the revoked password opens neither the live store nor
the backups, not even with the key-file copy beside an old backup; the others keep working."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService
from app.security import accounts, backup
from app.security.accounts import LoginError, sign_in
from app.security.keys import KeyFile
from app.security.revoke import OLD_KEY_NOTE, revoke_account
from app.security.roles import PermissionDeniedError, Role
from app.store import StoreLocation, create_store, unlock
from db.connection import open_database
from db.errors import WrongKeyError
from tests.app.security.test_cli_security import cli
from tests.conftest import PASSPHRASE, TEST_KDF, TODAY, valid_form

PIETER = "pieter zijn eigen wachtwoord"
KIM = "kim haar eigen lange zin"


@pytest.fixture
def team(location: StoreLocation, tmp_path: Path) -> tuple[StoreLocation, Path, Path]:
    store = create_store(location, PASSPHRASE, kdf=TEST_KDF)
    InburgeraarService(store).save(valid_form(), TODAY)
    for naam, pw in (("pieter", PIETER), ("kim", KIM)):
        accounts.add_account(store, naam, pw, frozenset({Role.KLANTMANAGER}), TEST_KDF)
    folder = tmp_path / "b"
    made = backup.make_backup(store, folder)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    shutil.copy2(made, elsewhere / made.name)  # a copy the app does not know of
    shutil.copy2(
        made.with_name(made.name + ".sleutels.json"), elsewhere / (made.name + ".sleutels.json")
    )
    store.close()
    return location, folder, elsewhere / made.name


def test_a_revoked_password_opens_nothing_the_app_knows_of(
    team: tuple[StoreLocation, Path, Path],
) -> None:
    location, folder, usb = team
    old_key = sign_in(location.data_dir, "pieter", PIETER).key  # what pieter could keep
    store = unlock(location, PASSPHRASE)
    report = revoke_account(store, "pieter", folder)
    assert InburgeraarService(store).total() == 1  # still open, under the new key
    new_key = store.store.raw_key
    store.close()
    assert new_key != old_key and len(report.rekeyed_backups) == 1
    with pytest.raises(LoginError):
        sign_in(location.data_dir, "pieter", PIETER)
    with pytest.raises(WrongKeyError):  # the raw old key no longer opens the live store
        open_database(location.path, old_key)
    made = report.rekeyed_backups[0]
    with pytest.raises(WrongKeyError):  # …nor the backup
        open_database(made, old_key)
    backup_keys = KeyFile.load(made.with_name(made.name + ".sleutels.json"))
    assert backup_keys.get("pieter") is None  # and its key-file copy no longer has him
    for naam, pw in (("beheerder", PASSPHRASE), ("kim", KIM)):  # the others open everything
        again = unlock(location, pw, naam)
        assert InburgeraarService(again).total() == 1
        again.close()
        backup.verify_backup(made, sign_in(location.data_dir, naam, pw).key, location.data_dir)
    # the copy on a stick is out of reach: it still opens with the old key (documented)
    open_database(usb, old_key).close()


def test_a_backup_that_cannot_be_rekeyed_is_marked(team: tuple[StoreLocation, Path, Path]) -> None:
    location, folder, _usb = team
    strange = folder / "wegwijs-20200101-000000-handmatig.db"
    strange.write_bytes(b"x" * 4096)  # not under the current key
    store = unlock(location, PASSPHRASE)
    report = revoke_account(store, "pieter", folder)
    store.close()
    assert report.old_key_files == [strange]
    assert strange.name in (folder / OLD_KEY_NOTE).read_text("utf-8")


def test_a_crash_between_key_file_and_rekey_is_finished_at_sign_in(
    team: tuple[StoreLocation, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    location, folder, _usb = team
    store = unlock(location, PASSPHRASE)
    monkeypatch.setattr(
        type(store.store), "rekey", lambda self, key: (_ for _ in ()).throw(SystemExit)
    )
    with pytest.raises(SystemExit):
        revoke_account(store, "pieter", folder)
    store.close_connection()
    monkeypatch.undo()
    again = unlock(location, KIM, "kim")  # new key in the key file, store still under the old
    assert InburgeraarService(again).total() == 1
    again.close()
    assert unlock(location, KIM, "kim").store.raw_key == sign_in(location.data_dir, "kim", KIM).key


def test_only_a_beheerder_revokes_and_never_the_last_one(
    team: tuple[StoreLocation, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location, folder, _usb = team
    store = unlock(location, KIM, "kim")
    with pytest.raises(PermissionDeniedError):
        revoke_account(store, "pieter", folder)
    store.close()
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", "utf-8")
    assert cli(location.data_dir, pw, "user", "revoke", "beheerder") == 2  # own account
    assert cli(location.data_dir, pw, "user", "revoke", "pieter") == 0
    assert "ingetrokken" in capsys.readouterr().out
    assert [n for n, _ in accounts.describe(location.data_dir)] == ["beheerder", "kim"]
