from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.security.accounts import LoginError
from app.store import StoreLocation, create_store, unlock
from db.connection import open_database
from db.errors import StoreExistsError, StoreMissingError, StoreTooNewError, WrongKeyError
from db.migrations import Migration, load_migrations, split_statements
from tests.conftest import PASSPHRASE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_migrated_and_encrypted(location: StoreLocation) -> None:
    store = create_store(location, PASSPHRASE)
    assert store.store.schema_version == load_migrations()[-1].version
    assert "inburgeraar" in [
        r[0]
        for r in store.store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    assert store.store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()
    header = location.path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_reopen_keeps_data(location: StoreLocation) -> None:
    store = create_store(location, PASSPHRASE)
    codes = [r[0] for r in store.store.conn.execute("SELECT code FROM gemeente")]
    store.close()
    again = unlock(location, PASSPHRASE)
    assert sorted(r[0] for r in again.store.conn.execute("SELECT code FROM gemeente")) == sorted(
        codes
    )
    assert len(codes) == 8
    again.close()


def test_wrong_passphrase_changes_nothing(location: StoreLocation) -> None:
    create_store(location, PASSPHRASE).close()
    before = digest(location.path)
    files_before = sorted(p.name for p in location.data_dir.iterdir())
    with pytest.raises(LoginError, match="wachtwoord klopt niet"):
        unlock(location, "verkeerd wachtwoord")
    assert digest(location.path) == before
    assert sorted(p.name for p in location.data_dir.iterdir()) == files_before
    unlock(location, PASSPHRASE).close()


def test_plain_file_is_not_taken_for_a_store(tmp_path: Path) -> None:
    path = tmp_path / "wegwijs.db"
    path.write_bytes(b"this is not a database at all" * 100)
    before = digest(path)
    with pytest.raises(WrongKeyError):
        open_database(path, PASSPHRASE)
    assert digest(path) == before


def test_missing_and_existing(location: StoreLocation) -> None:
    with pytest.raises(StoreMissingError):
        unlock(location, PASSPHRASE)
    create_store(location, PASSPHRASE).close()
    with pytest.raises(StoreExistsError):
        create_store(location, PASSPHRASE)


def test_newer_schema_is_refused_untouched(location: StoreLocation) -> None:
    store = create_store(location, PASSPHRASE)
    store.store.conn.execute("PRAGMA user_version = 999")
    store.close()
    before = digest(location.path)
    with pytest.raises(StoreTooNewError, match="999"):
        unlock(location, PASSPHRASE)
    assert digest(location.path) == before


def test_migration_backs_up_first_and_is_atomic(location: StoreLocation) -> None:
    base = load_migrations()
    first = create_store(location, PASSPHRASE)
    key = first.key
    first.close()
    extra = Migration(base[-1].version + 1, "test", ("CREATE TABLE proef (id TEXT PRIMARY KEY)",))
    store = open_database(
        location.path, key, backup_dir=location.backup_dir, migrations=[*base, extra]
    )
    assert store.schema_version == extra.version
    store.close()
    backups = list(location.backup_dir.glob("voor-migratie-*.db"))
    assert len(backups) == 1
    old = open_database(backups[0], key, migrations=base)
    assert old.schema_version == base[-1].version
    old.close()

    broken = Migration(extra.version + 1, "broken", ("CREATE TABLE x (a)", "SELECT * FROM nope"))
    with pytest.raises(Exception, match="nope"):
        open_database(location.path, key, migrations=[*base, extra, broken])
    store = open_database(location.path, key, migrations=[*base, extra])
    assert store.schema_version == extra.version
    assert "x" not in [
        r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    store.close()


def test_split_statements_keeps_triggers_whole() -> None:
    sql = """
    -- comment
    CREATE TABLE a (x);
    CREATE TRIGGER t AFTER INSERT ON a BEGIN
        UPDATE a SET x = 1; UPDATE a SET x = 2;
    END;
    """
    parts = split_statements(sql)
    assert len(parts) == 2
    assert parts[1].endswith("END;")


def test_backup_copy_is_encrypted_and_opens(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copy.db"
    store.store.copy_to(target)
    assert target.read_bytes()[:16] != b"SQLite format 3\x00"
    copy = open_database(target, store.key)
    assert copy.conn.execute("SELECT count(*) FROM gemeente").fetchone()[0] == 8
    copy.close()
