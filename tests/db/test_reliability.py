"""Reliability figures for docs/reliability.md: crashes, a full disk, bytes on disk."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService
from app.security import backup
from app.security.audit import verify_lines
from app.store import StoreLocation, create_store, unlock
from db.audit import AuditRepository
from db.connection import Store, open_database
from db.errors import DiskFullError
from tests.conftest import PASSPHRASE, TEST_KDF, TODAY, valid_form

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("WEGWIJS_KILLS", "5"))
ANSWERED = "SELECT i.inburgeraar_id FROM intake i JOIN intake_antwoord a ON a.intake_id = i.id"


def kill_rounds(location: StoreLocation, rounds: int, seed: int) -> dict[str, int]:
    store = create_store(location, PASSPHRASE, kdf=TEST_KDF)
    key = store.key
    store.close()
    assert isinstance(key, bytes)
    rng = random.Random(seed)
    committed: set[str] = set()
    for round_no in range(rounds):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.db.crash_child",
                str(location.data_dir),
                key.hex(),
                str(round_no * 1000),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.4))  # kill somewhere in the middle of saving
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        committed.update(line for line in out.split() if line)
    store = open_database(location.path, key)
    try:
        ids = {r[0] for r in store.conn.execute("SELECT id FROM inburgeraar")}
        answered = {r[0] for r in store.conn.execute(ANSWERED)}
        ids &= answered  # a printed id's intake answer survived too
        problems = store.integrity_problems() + [
            f.message
            for f in verify_lines(
                AuditRepository(store.conn).all(), AuditRepository(store.conn).key()
            )
        ]
        lost = committed - ids
    finally:
        store.close()
    return {
        "kills": rounds,
        "committed": len(committed),
        "lost": len(lost),
        "problems": len(problems),
    }


@pytest.mark.slow
def test_sigkill_during_saving_is_atomic(location: StoreLocation) -> None:
    """Each save is all or nothing and every reported commit survives the process dying. This
    shows atomicity, not durability: SIGKILL keeps the OS page cache, so it passes even with
    synchronous=OFF (see tests/db/test_durability.py)."""
    result = kill_rounds(location, KILLS, seed=7)
    print("\nSIGKILL:", result)
    assert result["committed"] > 0
    assert result["lost"] == 0 and result["problems"] == 0


def _fill(store: Store, service: InburgeraarService) -> list[str]:
    saved: list[str] = []
    pages = int(store.store.conn.execute("PRAGMA page_count").fetchone()[0])
    store.store.conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    with pytest.raises(DiskFullError, match="schijf is vol") as full:
        for n in range(5000):
            letters = "".join("abcdefghij"[int(d)] for d in f"{n:04d}")
            inburgeraar = service.save(
                valid_form(bsn="", v_nummer="", achternaam="Vol" + letters, straat="x" * 90), TODAY
            )
            saved.append(inburgeraar.id or "")
    assert "Wat eerder was opgeslagen is veilig" in str(full.value)
    return saved


def test_disk_full_is_explained_loses_nothing_and_recovers(store: Store) -> None:
    service = InburgeraarService(store)
    saved = _fill(store, service)
    assert saved, "some dossiers fit before the disk is full"
    assert not store.store.conn.in_transaction
    store.store.conn.execute("PRAGMA max_page_count = 1073741823")  # space returns
    after = service.save(valid_form(), TODAY)
    ids = {r[0] for r in store.store.conn.execute("SELECT id FROM inburgeraar")}
    assert set(saved) <= ids and after.id in ids
    assert store.store.integrity_problems() == []


def test_store_wal_backups_and_key_file_hold_no_readable_personal_data(
    location: StoreLocation, tmp_path: Path
) -> None:
    store = create_store(location, PASSPHRASE, kdf=TEST_KDF)
    service = InburgeraarService(store)
    service.save(valid_form(), TODAY)
    made = backup.make_backup(store, tmp_path / "b")
    # look before closing too: the WAL file holds the newest pages
    files = [p for p in location.data_dir.rglob("*") if p.is_file()]
    blobs = [p.read_bytes() for p in files] + [made.read_bytes()]
    store.close()
    blobs += [p.read_bytes() for p in location.data_dir.rglob("*") if p.is_file()]
    needles = ["999990019", "9912345678", "Tesfamariam", "Selam", "Kerkstraat", "Winterswijk"]
    for blob in blobs:
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                assert encoded not in blob, needle


def test_wrong_key_and_corrupted_store_change_nothing(location: StoreLocation) -> None:
    create_store(location, PASSPHRASE, kdf=TEST_KDF).close()
    data = bytearray(location.path.read_bytes())
    data[4096 + 100 : 4096 + 400] = os.urandom(300)
    location.path.write_bytes(bytes(data))
    from db.errors import StoreDamagedError, WrongKeyError

    with pytest.raises((StoreDamagedError, WrongKeyError)) as err:
        unlock(location, PASSPHRASE)
    assert "Er is niets" in str(err.value)
    assert location.path.read_bytes() == bytes(data)
    with pytest.raises(WrongKeyError, match="niets aan het bestand veranderd"):
        open_database(location.path, os.urandom(32))
    assert location.path.read_bytes() == bytes(data)
