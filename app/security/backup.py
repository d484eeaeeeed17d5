"""Encrypted, rotating backups and a restore that never overwrites a store it has not verified.

A backup is the store copied with SQLite's backup API (so it is encrypted with the same store
key) plus a copy of the key file beside it (``NAME.db.sleutels.json``): with it, the passwords
that were valid at the time open the backup. Rotation keeps the newest 7 daily and 4 weekly
automatic backups; backups made on demand are never removed automatically.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.security.accounts import key_path
from app.security.audit import audit
from app.security.roles import Permission, require
from db.connection import open_database
from db.errors import StoreDamagedError, StoreError, WrongKeyError

if TYPE_CHECKING:
    from app.session import Session

NAME_RE = re.compile(r"^wegwijs-(\d{8}-\d{6})-(dagelijks|wekelijks|handmatig)\.db$")
KEEP = {"dagelijks": 7, "wekelijks": 4}
KEYS_SUFFIX = ".sleutels.json"


class BackupError(StoreError):
    """A Dutch message about a backup that cannot be made, checked or restored."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    kind: str


def list_backups(folder: Path) -> list[Backup]:
    """Backups in *folder*, newest first."""
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        match = NAME_RE.match(entry.name)
        if match:
            made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append(Backup(entry, made, match.group(2)))
    found.sort(key=lambda b: (b.made, b.path.name), reverse=True)
    return found


def _write(session: Session, folder: Path, kind: str, now: datetime) -> Path:
    store = session.store
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"wegwijs-{now:%Y%m%d-%H%M%S}-{kind}.db"
    if target.exists():
        raise BackupError(f"Er is al een back-up {target.name}; probeer het zo opnieuw.")
    keys = key_path(store.path.parent)
    try:
        store.copy_to(target)
        if keys.exists():
            shutil.copy2(keys, target.with_name(target.name + KEYS_SUFFIX))
    except OSError as exc:
        raise BackupError(f"De back-up is niet gelukt: {exc.strerror}.") from exc
    audit(session, "back-up gemaakt", "back-up", target.name)
    return target


def make_backup(session: Session, folder: Path, now: datetime | None = None) -> Path:
    """A backup on demand (beheerder)."""
    require(session, Permission.BACKUPS_BEHEREN)
    return _write(session, folder, "handmatig", now or datetime.now())


def rotate(folder: Path) -> list[Path]:
    """Remove automatic backups beyond the newest 7 daily and 4 weekly; returns what went."""
    removed: list[Path] = []
    for kind, keep in KEEP.items():
        for old in [b for b in list_backups(folder) if b.kind == kind][keep:]:
            old.path.unlink(missing_ok=True)
            old.path.with_name(old.path.name + KEYS_SUFFIX).unlink(missing_ok=True)
            removed.append(old.path)
    return removed


def run_automatic(session: Session, folder: Path, now: datetime | None = None) -> list[Path]:
    """Make today's daily and this week's weekly backup when missing, then rotate.
    Runs for whoever is signed in: keeping a backup is not a choice of the user."""
    now = now or datetime.now()
    existing = list_backups(folder)
    made: list[Path] = []
    if not any(b.kind == "dagelijks" and b.made.date() == now.date() for b in existing):
        made.append(_write(session, folder, "dagelijks", now))
    week = now.isocalendar()[:2]
    if not any(b.kind == "wekelijks" and b.made.isocalendar()[:2] == week for b in existing):
        made.append(_write(session, folder, "wekelijks", now.replace(microsecond=0)))
    rotate(folder)
    return made


def verify_backup(backup: Path, key: bytes | str, workdir: Path) -> Path:
    """Copy *backup* into *workdir*, open it with *key*, migrate and integrity-check the copy.
    Returns the verified copy; the backup itself is never changed."""
    if not backup.is_file():
        raise BackupError(f"{backup.name} bestaat niet of is geen bestand.")
    if backup.stat().st_size < 1024:  # SQLite would take an empty file for a new, empty store
        raise BackupError(f"{backup.name} is leeg of onvolledig. Er is niets veranderd.")
    copy = workdir / "wegwijs.db.terugzetten"
    _remove_db(copy)
    shutil.copyfile(backup, copy)
    try:
        checked = open_database(copy, key)
        try:
            problems = checked.integrity_problems()
        finally:
            checked.close()
    except WrongKeyError as exc:
        _remove_db(copy)
        raise BackupError(
            f"{backup.name} kan niet worden geopend: het is beschadigd of onvolledig, of het is "
            "geen back-up van dit gegevensbestand. Er is niets veranderd."
        ) from exc
    except StoreError as exc:
        _remove_db(copy)
        raise BackupError(
            f"{backup.name} is beschadigd of onvolledig. Er is niets veranderd."
        ) from exc
    if problems:
        _remove_db(copy)
        raise BackupError(f"{backup.name} is beschadigd. Er is niets veranderd.")
    return copy


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _move_db(source: Path, target: Path) -> None:
    for suffix in ("-wal", "-shm", ""):
        src = Path(str(source) + suffix)
        if src.exists():
            src.replace(Path(str(target) + suffix))


def restore(store_path: Path, backup: Path, key: bytes | str, now: datetime | None = None) -> Path:
    """Replace the (closed) store at *store_path* by a verified copy of *backup*.
    The replaced store is kept as ``wegwijs-vervangen-STAMP.db``; returns that path."""
    copy = verify_backup(backup, key, store_path.parent)
    kept = store_path.with_name(f"wegwijs-vervangen-{(now or datetime.now()):%Y%m%d-%H%M%S}.db")
    if store_path.exists():
        _move_db(store_path, kept)
    _move_db(copy, store_path)
    return kept


def newest_good(folder: Path, key: bytes | str, workdir: Path) -> Backup | None:
    """The newest backup in *folder* that opens with *key* and passes integrity_check."""
    for candidate in list_backups(folder):
        try:
            copy = verify_backup(candidate.path, key, workdir)
        except (BackupError, OSError, StoreDamagedError):
            continue
        _remove_db(copy)
        return candidate
    return None
