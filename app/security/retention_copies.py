"""A deleted dossier does not live on in copies of the store (issue 12, item 15).

The rule (docs/security.md):

* A deletion for retention (:meth:`RetentionService.delete`) also deletes the same dossiers from
  every copy the app knows of and can open: the backups in the backup folder, the replaced
  stores (``wegwijs-vervangen-*``) and the copies made before a migration or before accounts
  (``voor-*``), each followed by VACUUM so no page keeps the deleted rows.
* A copy it cannot open (made under an earlier key, damaged) cannot be cleaned: such copies,
  and every replaced store and pre-migration copy, are deleted by the automatic rotation once
  they are older than :data:`MAX_COPY_AGE_DAYS` days. Daily and weekly backups are bounded by
  the rotation anyway (7 days, 4 weeks).

So 30 days after a purge no file the app keeps holds the person. Copies outside the app's folders
(a USB stick, a network share the beheerder copied to) are out of its reach.
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
from pathlib import Path

from app.security.backup import KEYS_SUFFIX, list_backups
from db import dossier
from db.connection import Key, open_database
from db.errors import StoreError
from db.records import now_utc

MAX_COPY_AGE_DAYS = 30
_EXTRA = ("wegwijs-vervangen-*.db", "voor-*.db")


def known_copies(data_dir: Path, backup_dir: Path) -> list[Path]:
    """Every copy of the store that the app made and keeps."""
    found = [b.path for b in list_backups(backup_dir)]
    for folder in dict.fromkeys((data_dir, backup_dir, data_dir / "backups")):
        if folder.is_dir():
            for pattern in _EXTRA:
                found += sorted(folder.glob(pattern))
    return list(dict.fromkeys(found))


def purge_from_copies(
    ids: list[str], key: Key, data_dir: Path, backup_dir: Path, keep: dict[str, tuple[str, ...]]
) -> tuple[list[Path], list[Path]]:
    """Delete *ids* from every known copy; returns (cleaned, could not open)."""
    cleaned: list[Path] = []
    failed: list[Path] = []
    for copy in known_copies(data_dir, backup_dir):
        try:
            store = open_database(copy, key)
        except StoreError:
            failed.append(copy)
            continue
        try:
            with store.transaction() as conn:
                for inburgeraar_id in ids:
                    dossier.delete(conn, inburgeraar_id, keep, now_utc())
            store.vacuum()
            cleaned.append(copy)
        except StoreError:
            failed.append(copy)
        finally:
            store.close()
    return cleaned, failed


def remove_old_copies(data_dir: Path, backup_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete replaced stores and pre-migration copies older than MAX_COPY_AGE_DAYS (run with
    the automatic backups)."""
    limit = (now or datetime.now()) - timedelta(days=MAX_COPY_AGE_DAYS)
    backups = {b.path for b in list_backups(backup_dir)}
    removed: list[Path] = []
    for copy in known_copies(data_dir, backup_dir):
        if copy in backups:
            continue  # the rotation bounds those
        with contextlib.suppress(OSError):
            if datetime.fromtimestamp(copy.stat().st_mtime) < limit:
                for suffix in ("", "-wal", "-shm", KEYS_SUFFIX, ".manifest.json"):
                    Path(f"{copy}{suffix}").unlink(missing_ok=True)
                removed.append(copy)
    return removed
