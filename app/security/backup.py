"""Encrypted, rotating backups and a restore that never overwrites a store it has not verified.

A backup is the store copied with SQLite's backup API (so it is encrypted with the same store
key) plus a copy of the key file beside it (``NAME.db.sleutels.json``): with it, the passwords
that were valid at the time open the backup. Rotation keeps the newest 7 daily and 4 weekly
automatic backups; backups made on demand are never removed automatically.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.files import make_private, make_private_dir
from app.security.accounts import key_path, load_keys
from app.security.audit import audit
from app.security.audit import head as audit_head
from app.security.interrupted_restore import (
    RESTORE_COPY,
    RESTORE_MARK,
    restoring_by,
    swap_in,
)
from app.security.keys import KeyFile, write_private
from app.security.roles import Actor, Permission, PermissionDeniedError, require
from db import inuse
from db.accounts import AccountRoleRepository
from db.connection import Store, open_database
from db.errors import StoreDamagedError, StoreError, StoreInUseError, WrongKeyError

if TYPE_CHECKING:
    from app.session import Session

NAME_RE = re.compile(r"^wegwijs-(\d{8}-\d{6})-(dagelijks|wekelijks|handmatig)\.db$")
KEEP = {"dagelijks": 7, "wekelijks": 4}
KEYS_SUFFIX = ".sleutels.json"
APP_LOCK = "wegwijs.lock"  # the running app's QLockFile (ui/application.py)


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


def copy_with_keys(session: Session, target: Path) -> None:
    """The store (same key), a copy of the key file beside it (so that the passwords of today
    open it) and a manifest with the audit trail's head; the key file's anchor moves too."""
    from app.security.anchors import anchor_in_key_file, write_manifest

    store = session.store
    keys = key_path(store.path.parent)
    try:
        anchor_in_key_file(store)
        make_private_dir(target.parent)
        store.copy_to(target)
        make_private(target)
        if keys.exists():
            shutil.copy2(keys, target.with_name(target.name + KEYS_SUFFIX))
            make_private(target.with_name(target.name + KEYS_SUFFIX))
        write_manifest(target, audit_head(store))
    except OSError as exc:
        raise BackupError(f"De back-up is niet gelukt: {exc.strerror}.") from exc


def _write(session: Session, folder: Path, kind: str, now: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"wegwijs-{now:%Y%m%d-%H%M%S}-{kind}.db"
    if target.exists():
        raise BackupError(f"Er is al een back-up {target.name}; probeer het zo opnieuw.")
    copy_with_keys(session, target)
    audit(session, "back-up gemaakt", "back-up", target.name)
    return target


def backup_to(session: Session, target: Path) -> Path:
    """A backup to a file of the beheerder's choice (`wegwijs db backup --out`)."""
    require(session, Permission.BACKUPS_BEHEREN)
    if target.exists():
        raise BackupError(f"{target} bestaat al; kies een nieuwe naam.")
    copy_with_keys(session, target)
    audit(session, "back-up gemaakt", "back-up", target.name)
    return target


def make_backup(session: Session, folder: Path, now: datetime | None = None) -> Path:
    """A backup on demand (beheerder)."""
    require(session, Permission.BACKUPS_BEHEREN)
    return _write(session, folder, "handmatig", now or datetime.now())


def rotate(session: Session, folder: Path) -> list[Path]:
    """Remove automatic backups beyond the newest 7 daily and 4 weekly (beheerder)."""
    require(session, Permission.BACKUPS_BEHEREN)
    return _rotate(folder)


def _rotate(folder: Path) -> list[Path]:
    removed: list[Path] = []
    for kind, keep in KEEP.items():
        for old in [b for b in list_backups(folder) if b.kind == kind][keep:]:
            old.path.unlink(missing_ok=True)
            old.path.with_name(old.path.name + KEYS_SUFFIX).unlink(missing_ok=True)
            old.path.with_name(old.path.name + ".manifest.json").unlink(missing_ok=True)
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
    _rotate(folder)
    from app.security.retention_copies import remove_old_copies

    remove_old_copies(session.store.path.parent, folder, now)  # bounded age: docs/security.md
    return made


def verify_backup(
    backup: Path, key: bytes | str, workdir: Path, keys: KeyFile | None = None
) -> Path:
    """Copy *backup* into *workdir*, open it with *key*, migrate and integrity-check the copy.
    Returns the verified copy; the backup itself is never changed. With *keys* (the live key
    file) the copy's account roles are brought in line with it: accounts made after the backup
    get their roles, revoked ones lose theirs."""
    if not backup.is_file():
        raise BackupError(f"{backup.name} bestaat niet of is geen bestand.")
    if backup.stat().st_size < 1024:  # SQLite would take an empty file for a new, empty store
        raise BackupError(f"{backup.name} is leeg of onvolledig. Er is niets veranderd.")
    copy = workdir / RESTORE_COPY
    _remove_db(copy)
    shutil.copyfile(backup, copy)
    try:
        checked = open_database(copy, key)
        try:
            problems = checked.integrity_problems()
            if keys is not None and not problems:
                _align_roles(checked, keys)
                from app.security.anchors import anchor_in_key_file  # workdir: the live one

                anchor_in_key_file(checked, reset=True)
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


def _align_roles(store: Store, keys: KeyFile) -> None:
    repo = AccountRoleRepository(store.conn)
    known = repo.all()
    with store.transaction():
        for name in set(known) - {a.naam for a in keys.accounts}:
            repo.remove(name)
        for account in keys.accounts:
            if account.naam not in known:
                repo.put(account.naam, frozenset(r.value for r in account.rollen))


def _app_lock_holder(data_dir: Path) -> int | None:
    """The pid in the running app's wegwijs.lock (QLockFile: pid on the first line), if alive
    and not this process."""
    try:
        first = (data_dir / APP_LOCK).read_text("utf-8", errors="replace").splitlines()[0]
        pid = int(first.strip())
    except (OSError, ValueError, IndexError):
        return None
    return pid if pid != os.getpid() and inuse.pid_alive(pid) else None


def in_use_by(store_path: Path) -> str | None:
    app = _app_lock_holder(store_path.parent)
    if app is not None:
        return f"Wegwijs, proces {app}"
    pids = inuse.holders(store_path)
    return f"proces {', '.join(map(str, pids))}" if pids else None


def restore(
    store_path: Path,
    backup: Path,
    key: bytes | str,
    actor: Actor | None,
    now: datetime | None = None,
) -> Path:
    """Replace the (closed) store at *store_path* by a verified copy of *backup* (beheerder).
    Refused while any other process has the store open. The replaced store is kept as
    ``wegwijs-vervangen-STAMP.db``; returns that path. A crash part-way is finished by
    ``app.security.interrupted_restore`` at the next start."""
    if actor is None or not actor.may(Permission.BACKUPS_BEHEREN):
        raise PermissionDeniedError(Permission.BACKUPS_BEHEREN, actor)
    data_dir = store_path.parent
    mark = data_dir / RESTORE_MARK
    if restoring_by(data_dir) is not None:
        raise StoreInUseError("er wordt al een back-up teruggezet")
    kept = store_path.with_name(f"wegwijs-vervangen-{(now or datetime.now()):%Y%m%d-%H%M%S}.db")
    # Mark first, then look for other users: a process that opens the store meanwhile sees the
    # mark (app.store refuses then), and we see its marker. Both write before they look.
    write_private(mark, json.dumps({"pid": os.getpid(), "bewaard": kept.name}).encode())
    try:
        who = in_use_by(store_path)
        if who is not None:
            raise StoreInUseError(who)
        keys = load_keys(data_dir) if key_path(data_dir).exists() else None
        verify_backup(backup, key, data_dir, keys)
    except BaseException:
        mark.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            _remove_db(data_dir / RESTORE_COPY)
        raise
    swap_in(store_path, data_dir / RESTORE_COPY, kept)
    mark.unlink(missing_ok=True)
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
