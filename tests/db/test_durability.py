"""What durability on power loss rests on, checked on real connections (issue 12, "Durability
claims"): WAL with synchronous=FULL on every connection the app opens, fsync of the files and
folders written outside SQLite. A real power cut cannot be simulated on this machine (no
device-mapper for dm-flakey, no privileges for a loop-mounted file system): docs/reliability.md
states the guarantee and its limits."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.security.keys import write_private
from app.store import StoreLocation, create_store, unlock
from db.connection import open_database
from tests.conftest import PASSPHRASE, TEST_KDF

FULL, EXTRA = 2, 3


def _mode(conn: object) -> tuple[str, int]:
    journal = conn.execute("PRAGMA journal_mode").fetchone()[0]  # type: ignore[attr-defined]
    sync = conn.execute("PRAGMA synchronous").fetchone()[0]  # type: ignore[attr-defined]
    return str(journal), int(sync)


def test_every_store_connection_runs_wal_with_synchronous_full(location: StoreLocation) -> None:
    created = create_store(location, PASSPHRASE, kdf=TEST_KDF)
    assert _mode(created.store.conn) in {("wal", FULL), ("wal", EXTRA)}
    key = created.store.raw_key
    created.close()
    signed_in = unlock(location, PASSPHRASE)  # the app's and the CLI's way in
    assert _mode(signed_in.store.conn) in {("wal", FULL), ("wal", EXTRA)}
    signed_in.close()
    own = open_database(location.path, key)  # background connections (checks, backups)
    assert _mode(own.conn) in {("wal", FULL), ("wal", EXTRA)}
    own.close()


def test_files_written_outside_sqlite_are_fsynced_with_their_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Key file, settings, manifests: the data and then the folder entry reach the disk before
    write_private returns (a rename alone may be lost on power loss)."""
    synced: list[str] = []
    real = os.fsync

    def spy(fd: int) -> None:
        synced.append("dir" if os.path.isdir(f"/proc/self/fd/{fd}") else "file")
        real(fd)

    monkeypatch.setattr(os, "fsync", spy)
    write_private(tmp_path / "sleutels.json", b"{}")
    assert synced == ["file", "dir"]
