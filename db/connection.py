"""The one way into the store: open the encrypted file, set the pragmas, migrate.

Everything that touches the SQLite file goes through :func:`open_database`. It never creates,
replaces or changes a file it could not unlock: a wrong key leaves the file byte for byte as it was.
Applying the migrations is in db/migrate.py, telling disk errors from damage in db/sqlite_errors.py.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from db import inuse
from db.errors import (
    EmptyStoreError,
    StoreDamagedError,
    StoreError,
    StoreExistsError,
    StoreIOError,
    StoreMissingError,
    WrongKeyError,
)
from db.migrate import migrate
from db.migrations import Migration, load_migrations
from db.sqlite_errors import classify
from db.write_gate import WriteGate

Key = str | bytes


def _key_pragma(key: Key) -> str:
    """The PRAGMA key statement: a raw 32-byte key as hex, a passphrase as a quoted string."""
    if isinstance(key, bytes):
        if len(key) != 32:
            raise ValueError("a raw store key has 32 bytes")
        return f"PRAGMA key = \"x'{key.hex()}'\""
    if not key:
        raise ValueError("empty passphrase")
    quoted = key.replace("'", "''")
    return f"PRAGMA key = '{quoted}'"


# Below one page no file is a store (SQLCipher's smallest is one 4096-byte page). SQLite would take
# a 0-byte file for a new, empty database and write a fresh schema into it.
MIN_STORE_BYTES = 512
# How long a write waits for another connection's write lock before StoreBusyError.
BUSY_TIMEOUT_MS = 5000


class Store:
    """An open, unlocked, migrated store: the connection plus a transaction helper. Who is
    signed in is not the db's business: that lives on app.session.Session."""

    __slots__ = (
        "_closed",
        "_gate",
        "_key",
        "_marker",
        "_yields",
        "conn",
        "integrity_checked",
        "path",
    )

    def __init__(self, conn: Any, path: Path, key: Key, gate: WriteGate | None = None) -> None:
        self.conn = conn
        # The first connection to a store is the session's; its reopen()s are workers', which
        # let its writes go first (db/write_gate.py).
        self._yields = gate is not None
        self._gate = gate if gate is not None else WriteGate()
        self._key = key
        self.path = path
        # Whether PRAGMA integrity_check ran when the store was opened. A large store is
        # checked in the background after the window shows instead (see app.store).
        self.integrity_checked = False
        # "this process has the store open" for a restore in another process (see db.inuse)
        self._marker = inuse.register(path)
        self._closed = False

    @contextmanager
    def transaction(self, durable: bool = True) -> Iterator[Any]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error. Not re-entrant.

        ``durable=False`` commits without an fsync (WAL with synchronous=NORMAL): the change
        survives the app crashing, and a power loss only until the next durable commit (which
        fsyncs the log, and with it this change). For records of reading, not for data."""
        if not durable:
            self.conn.execute("PRAGMA synchronous = NORMAL")
            try:
                with self.transaction() as conn:
                    yield conn
            finally:
                self.conn.execute("PRAGMA synchronous = FULL")
            return
        self._begin_immediate()
        try:
            yield self.conn
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            mapped = classify(exc)
            if mapped is not None:
                raise mapped from exc
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlcipher3.OperationalError as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise classify(exc) or exc from exc

    def _begin_immediate(self) -> None:
        if self._yields:
            self._gate.wait_clear()
        else:
            self._gate.announce()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:  # busy beyond busy_timeout, read-only, I/O
            raise classify(exc) or exc from exc
        finally:
            if not self._yields:
                self._gate.withdraw()

    @contextmanager
    def snapshot(self) -> Iterator[Any]:
        """BEGIN … COMMIT around several reads, so they see one consistent state."""
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            self.conn.execute("COMMIT")

    @property
    def raw_key(self) -> Key:
        """The key the store is open with (the wrapped store key; never logged or shown)."""
        return self._key

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt the whole store under *new_key* (once, when a passphrase store gets
        accounts). The caller keeps a backup first."""
        self.conn.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        self._key = new_key

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_problems(self) -> list[str]:
        """What `PRAGMA integrity_check` reports; empty when the store is sound."""
        try:
            rows = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as exc:
            mapped = classify(exc)
            if mapped is not None:  # a disk or lock problem is not damage
                raise mapped from exc
            return [str(exc)]
        return [] if rows == ["ok"] else rows

    def checkpoint(self) -> None:
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def vacuum(self) -> None:
        """Rewrite the file so no deleted page stays in it (after deleting dossiers)."""
        self.checkpoint()
        self.conn.execute("VACUUM")
        self.checkpoint()

    def cipher_version(self) -> str:
        row = self.conn.execute("PRAGMA cipher_version").fetchone()
        return str(row[0]) if row else "?"

    def copy_to(self, target: Path) -> None:
        """Write a consistent, equally encrypted copy of the store to *target* (backup API)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        tmp.unlink(missing_ok=True)
        dest = sqlcipher3.connect(str(tmp))
        try:
            dest.execute(_key_pragma(self._key))
            self.conn.backup(dest)
            dest.close()
            if os.name == "posix":  # a copy of personal data: the user's only
                tmp.chmod(0o600)
            tmp.replace(target)
        except BaseException:
            dest.close()
            tmp.unlink(missing_ok=True)
            raise

    def reopen(self) -> Store:
        """A second connection to the same file with the same key (for work on another thread:
        a connection is never shared between threads). The caller closes it (abandon())."""
        conn = _connect(self.path, self._key)
        _set_pragmas(conn)
        return Store(conn, self.path, self._key, self._gate)

    def abandon(self) -> None:
        """Close without a checkpoint (a store that failed a check, a read-only look)."""
        self._closed = True
        self.conn.close()
        inuse.release(self._marker)
        self._marker = None

    def close(self) -> None:
        """Checkpoint and close; closing twice is harmless."""
        if self._closed:
            return
        self._closed = True
        try:
            self.checkpoint()
        finally:
            self.conn.close()
            inuse.release(self._marker)
            self._marker = None


def _connect(path: Path, key: Key) -> Any:
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.DatabaseError as exc:
        raise classify(exc) or StoreIOError(str(exc)) from exc
    try:
        # SQLCipher would print decrypt failures to stderr; the message we raise says enough.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        # Reading the schema is the first access that needs the key: a wrong key fails here,
        # before anything has been written. Only "not a database" means a wrong key (SQLCipher
        # cannot tell a wrong key from a foreign file); a disk or permission error says so.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise classify(exc) or WrongKeyError() from exc
    return conn


def rekey_file(path: Path, old: Key, new: bytes) -> bool:
    """Re-encrypt a closed store file (a backup) in place from *old* to *new* (SQLCipher's
    rekey runs as one transaction). False when *old* does not open it."""
    try:
        conn = _connect(path, old)
    except StoreError:
        return False
    try:
        conn.execute(_key_pragma(new).replace("PRAGMA key", "PRAGMA rekey", 1))
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _set_pragmas(conn: Any) -> None:
    # WAL only takes effect outside a transaction: set it first, right after unlocking.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
    # FULL: a laptop whose battery dies must not lose the last committed answer.
    conn.execute("PRAGMA synchronous = FULL")
    # Personal data never goes to temp files; deleted data is overwritten.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA cache_size = -32000")


def open_database(
    path: Path,
    key: Key,
    *,
    create: bool = False,
    backup_dir: Path | None = None,
    migrations: list[Migration] | None = None,
) -> Store:
    """Open (or with ``create=True`` create) the encrypted store at *path* and migrate it.

    Raises WrongKeyError, StoreMissingError, StoreExistsError, StoreTooNewError or
    StoreDamagedError, each with a Dutch message fit for the user.
    """
    path = Path(path)
    if create and path.exists():
        raise StoreExistsError(path)
    if not create and not path.exists():
        raise StoreMissingError(path)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise StoreIOError(exc.strerror or str(exc)) from exc
        if size < MIN_STORE_BYTES:
            raise EmptyStoreError(size)
    conn = _connect(path, key)
    store: Store | None = None
    try:
        _set_pragmas(conn)
        store = Store(conn, path, key)
        migrate(store, migrations if migrations is not None else load_migrations(), backup_dir)
    except BaseException as exc:
        if store is not None:
            store.abandon()
        else:
            conn.close()
        if isinstance(exc, sqlcipher3.DatabaseError | sqlite3.DatabaseError):
            raise classify(exc) or StoreDamagedError(str(exc)) from exc
        if isinstance(exc, OSError):  # e.g. the backup before a migration: read-only or full
            raise StoreIOError(exc.strerror or str(exc)) from exc
        raise
    return store
