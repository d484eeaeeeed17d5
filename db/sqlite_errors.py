"""Which SQLite errors are about the disk rather than the content: disk full, busy, or an I/O or
permission problem, as the Dutch errors of db/errors.py."""

from __future__ import annotations

import sqlite3

import sqlcipher3

from db.errors import DiskFullError, StoreBusyError, StoreError, StoreIOError

# SQLite primary result codes (https://sqlite.org/rescode.html) that say "the disk, folder or
# permissions failed", as opposed to "the content is not a (sound) store".
_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_FULL = 13
_IO = {3, 8, 10, 14, 15, 22}  # PERM, READONLY, IOERR, CANTOPEN, PROTOCOL, NOLFS
_NOT_A_STORE = {11, 26}  # CORRUPT, NOTADB


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return int(code) & 0xFF if isinstance(code, int) else None


def _is_disk_full(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.Error | sqlcipher3.Error):
        return False
    return _code(exc) == _FULL or "full" in str(exc).lower()


def classify(exc: BaseException) -> StoreError | None:
    """The Dutch error for an SQLite error that is about the disk rather than the content:
    disk full, busy, or an I/O/permission problem. None for anything else."""
    if not isinstance(exc, sqlite3.Error | sqlcipher3.Error):
        return None
    code = _code(exc)
    if _is_disk_full(exc):
        return DiskFullError()
    if code in _BUSY or "locked" in str(exc).lower():
        return StoreBusyError()
    if code in _IO or (code is None and "unable to open" in str(exc).lower()):
        return StoreIOError(str(exc))
    return None
