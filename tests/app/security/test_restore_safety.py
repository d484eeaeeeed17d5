"""A restore never leaves the folder without a store, never runs under a process that still
has the store open, and a missing wegwijs.db never leads to a new key file (issue 12, items 2
and 3)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService
from app.security import backup
from app.security.roles import Actor, Role
from app.store import StoreLocation, create_store, unlock
from db.errors import StoreInUseError
from tests.app.security.test_cli_security import cli
from tests.conftest import PASSPHRASE, TEST_KDF, TODAY, valid_form

CTX = multiprocessing.get_context("fork")
ADMIN = Actor("beheerder", frozenset({Role.BEHEERDER}))


@pytest.fixture
def with_backup(location: StoreLocation, tmp_path: Path) -> tuple[StoreLocation, Path, bytes]:
    """A store with one dossier in its backup and a second one saved after it."""
    store = create_store(location, PASSPHRASE, kdf=TEST_KDF)
    InburgeraarService(store).save(valid_form(), TODAY)
    good = backup.make_backup(store, tmp_path / "b")
    InburgeraarService(store).save(valid_form(bsn="", v_nummer="", achternaam="Later"), TODAY)
    key = store.key
    store.close()
    assert isinstance(key, bytes)
    return location, good, key


def _total(location: StoreLocation) -> int:
    store = unlock(location, PASSPHRASE)
    try:
        return InburgeraarService(store).total()
    finally:
        store.close()


def _restore_then_die_before_last_rename(location: StoreLocation, good: Path, key: bytes) -> None:
    real = os.replace

    def replace(src: object, dst: object) -> None:
        if str(src).endswith(backup.RESTORE_COPY):
            os.kill(os.getpid(), signal.SIGKILL)  # power cut between the two renames
        real(src, dst)  # type: ignore[arg-type]

    os.replace = replace  # type: ignore[assignment]
    backup.restore(location.path, good, key, ADMIN)


def test_a_crash_between_the_renames_is_finished_at_the_next_start(
    with_backup: tuple[StoreLocation, Path, bytes],
) -> None:
    """Was: no wegwijs.db after the crash; the app offered a new store and db init overwrote
    the key file with every account."""
    location, good, key = with_backup
    child = CTX.Process(target=_restore_then_die_before_last_rename, args=(location, good, key))
    child.start()
    child.join()
    assert child.exitcode == -signal.SIGKILL
    assert location.path.exists()  # the live name never disappears
    assert (location.data_dir / backup.RESTORE_MARK).exists()
    assert _total(location) == 1  # the next start finishes the restore it had verified
    assert not (location.data_dir / backup.RESTORE_MARK).exists()
    kept = list(location.data_dir.glob("wegwijs-vervangen-*.db"))
    assert len(kept) == 1


def test_without_wegwijs_db_init_never_overwrites_the_key_file(
    data_dir: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, passphrase_file, "db", "init") == 0
    keys = (data_dir / "sleutels.json").read_bytes()
    (data_dir / "wegwijs.db").unlink()
    capsys.readouterr()
    assert cli(data_dir, passphrase_file, "db", "init") == 2
    assert "back-up terug" in capsys.readouterr().err
    assert (data_dir / "sleutels.json").read_bytes() == keys
    from app.security.accounts import AccountError, create_first

    with pytest.raises(AccountError, match="niet overschreven"):
        create_first(data_dir, "beheerder", PASSPHRASE, os.urandom(32), TEST_KDF)
    assert (data_dir / "sleutels.json").read_bytes() == keys


def _hold_open(data_dir: Path, ready: object, stop: object) -> None:
    store = unlock(StoreLocation(data_dir), PASSPHRASE)
    ready.set()  # type: ignore[attr-defined]
    stop.wait(30)  # type: ignore[attr-defined]
    InburgeraarService(store).save(valid_form(bsn="", v_nummer="", achternaam="Daarna"), TODAY)
    store.close()


def test_restore_is_refused_while_another_process_has_the_store_open(
    with_backup: tuple[StoreLocation, Path, bytes],
) -> None:
    """Was: the other process's next saves were reported saved and went into the replaced
    copy, none into the live store."""
    location, good, key = with_backup
    ready, stop = CTX.Event(), CTX.Event()
    other = CTX.Process(target=_hold_open, args=(location.data_dir, ready, stop))
    other.start()
    try:
        assert ready.wait(30)
        before = location.path.read_bytes()
        with pytest.raises(StoreInUseError, match="nog geopend"):
            backup.restore(location.path, good, key, ADMIN)
        assert location.path.read_bytes() == before
        assert not (location.data_dir / backup.RESTORE_MARK).exists()
    finally:
        stop.set()
        other.join()
    assert _total(location) == 3  # the other process's save is in the live store
    backup.restore(location.path, good, key, ADMIN)  # now that nobody has it open: fine
    assert _total(location) == 1


def test_restore_is_refused_while_the_app_holds_its_lock(
    with_backup: tuple[StoreLocation, Path, bytes],
) -> None:
    location, good, key = with_backup
    sleeper = CTX.Process(target=time.sleep, args=(30,))
    sleeper.start()
    try:  # the running app's QLockFile: pid, app name, host name
        (location.data_dir / "wegwijs.lock").write_text(f"{sleeper.pid}\nwegwijs\nlaptop\n")
        with pytest.raises(StoreInUseError, match="Wegwijs"):
            backup.restore(location.path, good, key, ADMIN)
    finally:
        sleeper.kill()
        sleeper.join()
    backup.restore(location.path, good, key, ADMIN)  # a stale lock of a dead app: fine
    assert _total(location) == 1


def test_opening_is_refused_while_a_restore_runs(
    with_backup: tuple[StoreLocation, Path, bytes],
) -> None:
    location, _good, _key = with_backup
    sleeper = CTX.Process(target=time.sleep, args=(30,))
    sleeper.start()
    try:
        (location.data_dir / backup.RESTORE_MARK).write_text(
            f'{{"pid": {sleeper.pid}, "bewaard": "x.db"}}'
        )
        with pytest.raises(StoreInUseError, match="back-up"):
            unlock(location, PASSPHRASE)
    finally:
        sleeper.kill()
        sleeper.join()
