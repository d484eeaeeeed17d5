"""Who has a store open: one small marker file per open connection, beside the store.

``wegwijs.db.open-<pid>-<n>`` exists while that process holds that connection; a marker of a
process that no longer runs is stale and ignored (and removed). A restore looks here before it
replaces the file (and the app's ``wegwijs.lock`` too): replacing a store another process still
writes to would send that process's next saves into the replaced copy.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
from pathlib import Path

_counter = itertools.count(1)


def pid_alive(pid: int) -> bool:
    """Whether process *pid* still runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _prefix(store_path: Path) -> str:
    return store_path.name + ".open-"


def register(store_path: Path) -> Path | None:
    """Mark *store_path* as open by this process; returns the marker (None if the folder is
    read-only: then nobody can restore into it either)."""
    marker = store_path.with_name(f"{_prefix(store_path)}{os.getpid()}-{next(_counter)}")
    try:
        marker.touch()
    except OSError:
        return None
    return marker


def release(marker: Path | None) -> None:
    if marker is not None:
        with contextlib.suppress(OSError):
            marker.unlink()


def holders(store_path: Path) -> list[int]:
    """The pids (other processes and this one) that have *store_path* open now."""
    found: list[int] = []
    prefix = _prefix(store_path)
    try:
        entries = list(store_path.parent.iterdir())
    except OSError:
        return found
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        try:
            pid = int(entry.name[len(prefix) :].split("-")[0])
        except ValueError:
            continue
        if pid_alive(pid):
            found.append(pid)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()
    return sorted(set(found))
