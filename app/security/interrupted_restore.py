"""Finishing a restore that a crash interrupted, and seeing one that runs right now.

Split from app.security.backup so that the sign-in dialog can do this before it shows without
importing the backup, key and database code (docs/performance.md, start-up).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from db import inuse

RESTORE_MARK = "wegwijs.terugzetten.json"  # a verified copy is going in: finish, never undo
RESTORE_COPY = "wegwijs.db.terugzetten"


def restoring_by(data_dir: Path) -> int | None:
    """The pid of a process that is restoring into *data_dir* right now, else None."""
    try:
        raw = json.loads((data_dir / RESTORE_MARK).read_text("utf-8"))
        pid = int(raw["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return pid if pid != os.getpid() and inuse.pid_alive(pid) else None


def fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def swap_in(store_path: Path, copy: Path, kept: Path) -> None:
    """Each step can be repeated after a crash: keep the old store under *kept* (a hard link, so
    ``wegwijs.db`` never disappears), move its -wal/-shm along, then one atomic rename puts
    the verified copy in place."""
    if copy.exists() and store_path.exists() and not kept.exists():
        try:
            os.link(store_path, kept)
        except OSError:
            shutil.copy2(store_path, kept)
    for suffix in ("-wal", "-shm"):
        old = Path(str(store_path) + suffix)
        if copy.exists() and old.exists():
            old.replace(Path(str(kept) + suffix))
    if copy.exists():
        os.replace(copy, store_path)
    fsync_dir(store_path.parent)


def finish_interrupted_restore(data_dir: Path) -> bool:
    """A restore that stopped half-way (crash, power cut) is finished: the copy in it was
    verified before the first rename. Returns whether there was one to finish."""
    mark = data_dir / RESTORE_MARK
    if not mark.exists() or restoring_by(data_dir) is not None:
        return False
    try:
        raw = json.loads(mark.read_text("utf-8"))
        kept = data_dir / Path(str(raw["bewaard"])).name
    except (OSError, ValueError, KeyError, TypeError):
        kept = data_dir / "wegwijs-vervangen-onderbroken.db"
    swap_in(data_dir / "wegwijs.db", data_dir / RESTORE_COPY, kept)
    mark.unlink(missing_ok=True)
    return True
