"""Writing a file the user asked for (an export, a PDF, an inzage): never over an existing file,
never half-written, readable only by the user on POSIX (0600: these files hold personal data).

The data goes to a uniquely named temporary file beside the target first; ``os.link`` then
gives it the target's name only if that name is free (atomic: two writers cannot both win),
and the temporary name is removed. Where a file system has no hard links, an exclusive create
(``O_EXCL``) does the same check.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from db.errors import StoreError


class OutputFileError(StoreError):
    """A Dutch message about a file that cannot be written (nothing was written)."""


def write_new_file(path: Path, data: bytes) -> None:
    """Write *data* to *path*, which must not exist yet; OutputFileError otherwise."""
    folder = path.parent
    if not folder.is_dir():
        raise OutputFileError(f"De map {folder} bestaat niet. Er is niets geschreven.")
    if path.exists():
        raise OutputFileError(f"{path} bestaat al; kies een nieuwe naam. Er is niets geschreven.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputFileError(f"Kan niet schrijven in {folder}: {exc.strerror}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links here: an exclusive create does the same check
            with open(path, "xb") as out:
                out.write(data)
    except FileExistsError as exc:
        raise OutputFileError(f"{path} bestaat al; kies een nieuwe naam.") from exc
    except OSError as exc:
        raise OutputFileError(f"Kan {path.name} niet schrijven: {exc.strerror}.") from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def make_private_dir(folder: Path) -> None:
    """Create *folder* (and parents) and, on POSIX, make it 0700: only the user enters it."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            folder.chmod(0o700)


def make_private(path: Path) -> None:
    """On POSIX make an existing file 0600 (and its SQLite -wal/-shm companions)."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            if candidate.exists():
                candidate.chmod(0o600)
