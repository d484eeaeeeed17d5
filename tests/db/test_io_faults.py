"""Disk and lock faults are told apart from damage (issue 12, items 1 and 5): an empty file is
refused, an I/O or permission problem is not called "beschadigd" and gets no restore offer, a
held write lock gives a Dutch message instead of a traceback."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlcipher3

import db.connection
from app.inburgeraars.service import InburgeraarService
from app.store import StoreLocation, unlock
from db.errors import EmptyStoreError, StoreBusyError, StoreDamagedError, StoreError, StoreIOError
from tests.app.security.test_cli_security import cli
from tests.conftest import PASSPHRASE, TODAY, valid_form


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    """chattr +i: not even root may change it (a read-only folder or file, as root runs tests)."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this filesystem has no immutable flag")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.fixture
def filled(data_dir: Path, passphrase_file: Path) -> Path:
    assert cli(data_dir, passphrase_file, "db", "init") == 0
    store = unlock(StoreLocation(data_dir), PASSPHRASE)
    InburgeraarService(store).save(valid_form(), TODAY)
    store.close()
    return data_dir


def test_an_empty_store_file_is_refused_and_left_as_it_is(
    filled: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Was: a 0-byte wegwijs.db opened as a new empty store, and the backup rotation then
    replaced every good backup by empty ones."""
    (filled / "wegwijs.db").write_bytes(b"")
    with pytest.raises(EmptyStoreError, match="0 bytes"):
        unlock(StoreLocation(filled), PASSPHRASE)
    capsys.readouterr()
    assert cli(filled, passphrase_file, "db", "check") == 3
    err = capsys.readouterr().err
    assert "beschadigd" in err and "Traceback" not in err
    assert (filled / "wegwijs.db").stat().st_size == 0
    assert not (filled / "backups").exists() or not any((filled / "backups").iterdir())


def test_a_folder_where_the_store_should_be_is_an_io_problem_not_damage(filled: Path) -> None:
    (filled / "wegwijs.db").unlink()
    (filled / "wegwijs.db").mkdir()
    with pytest.raises(StoreIOError, match="niet beschadigd") as info:
        unlock(StoreLocation(filled), PASSPHRASE)
    assert not isinstance(info.value, StoreDamagedError)  # so the GUI offers no restore


def test_a_read_only_folder_is_an_io_problem_not_damage(filled: Path) -> None:
    """Signing in must count the try in the key file first: in a read-only folder it cannot,
    so it is refused with that reason (not "beschadigd", no restore offer)."""
    with immutable(filled), pytest.raises(StoreError) as info:
        store = unlock(StoreLocation(filled), PASSPHRASE)
        store.close()
    assert not isinstance(info.value, StoreDamagedError)
    assert "alleen-lezen" in str(info.value)


def test_a_read_only_store_file_is_an_io_problem_not_damage(filled: Path) -> None:
    with immutable(filled / "wegwijs.db"), pytest.raises(StoreIOError):
        store = unlock(StoreLocation(filled), PASSPHRASE)
        InburgeraarService(store).save(valid_form(bsn="", v_nummer="", achternaam="Ander"), TODAY)
        store.close()


def test_a_long_held_write_lock_gives_a_message_not_a_traceback(
    filled: Path,
    passphrase_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(db.connection, "BUSY_TIMEOUT_MS", 200)
    store = unlock(StoreLocation(filled), PASSPHRASE)
    key = store.key
    store.close()
    other = sqlcipher3.connect(str(filled / "wegwijs.db"), isolation_level=None)
    other.execute(f"PRAGMA key = \"x'{key.hex()}'\"" if isinstance(key, bytes) else "")
    other.execute("BEGIN IMMEDIATE")  # another process writing, for longer than we wait
    try:
        capsys.readouterr()
        assert cli(filled, passphrase_file, "client", "list") == 3
        err = capsys.readouterr().err
        assert "bezet" in err and "Traceback" not in err
        with pytest.raises(StoreBusyError):
            unlock(StoreLocation(filled), PASSPHRASE)
    finally:
        other.execute("ROLLBACK")
        other.close()
