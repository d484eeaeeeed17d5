"""Where the store is, and what the sign-in dialog must know before it shows: the data folder,
whether a store or a key file is there, the name of the first account.

Light on purpose (the standard library, ``db.errors`` and ``db.inuse`` only): the passphrase
dialog imports this, and the code that opens the store (``app.store``: keys, KDF, SQLCipher,
migrations) is imported on a thread while the user types (docs/performance.md, start-up).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from app.security.interrupted_restore import finish_interrupted_restore, restoring_by
from db.errors import StoreInUseError

APP_NAME = "Wegwijs"
ENV_DATA_DIR = "WEGWIJS_DATA_DIR"
STORE_FILE = "wegwijs.db"
KEY_FILE = "sleutels.json"  # the accounts and the wrapped store key (app.security.keys)
KEY_FILE_FORMAT = 1


def default_data_dir(explicit: str | Path | None = None) -> Path:
    """--data-dir wins, then $WEGWIJS_DATA_DIR, then the user's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only here: a folder given on the command line does not need it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class StoreLocation:
    data_dir: Path

    @property
    def path(self) -> Path:
        return self.data_dir / STORE_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def key_file(self) -> Path:
        return self.data_dir / KEY_FILE

    def exists(self) -> bool:
        return self.path.exists()

    def has_accounts(self) -> bool:
        """A key file is there: even without wegwijs.db this is no place for a new store."""
        return self.key_file.exists()

    def prepare(self) -> None:
        """Finish a restore that a crash interrupted (see app.security.backup); refuse while
        another process is restoring into this folder."""
        pid = restoring_by(self.data_dir)
        if pid is not None:
            raise StoreInUseError(f"proces {pid} zet een back-up terug")
        finish_interrupted_restore(self.data_dir)

    def prepare_unless_busy(self) -> None:
        """:meth:`prepare`, and nothing while another process restores (signing in says so)."""
        with contextlib.suppress(StoreInUseError):
            self.prepare()

    def first_account_name(self) -> str:
        """The name of the account made first, read from the key file without unwrapping
        anything; "" when there is no readable key file (signing in then says what is wrong)."""
        try:
            raw = json.loads(self.key_file.read_text("utf-8"))
            name = raw["accounts"][0]["naam"] if raw["formaat"] == KEY_FILE_FORMAT else ""
        except (OSError, ValueError, KeyError, IndexError, TypeError):
            return ""
        return name if isinstance(name, str) else ""
