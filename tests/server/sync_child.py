"""Child process of the SIGKILL tests: one sync of the store in DATA_DIR, killed on purpose.

python -m tests.server.sync_child DATA_DIR PASSPHRASE MODE
MODE after_push: killed right after the server committed a push batch, before the laptop
settled it; after_pull: after a page arrived, before it was applied; timer: runs until the
parent kills it at a random moment. Small batches give many such moments per sync.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from app.server import sync as client_sync
from app.store import StoreLocation, unlock
from db.server import remote


def main() -> None:
    data_dir, passphrase, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    store = unlock(StoreLocation(Path(data_dir)), passphrase, None)
    client_sync.PUSH_BATCH = 3
    client_sync.PULL_PAGE = 4
    if mode in ("after_push", "after_pull"):
        name = "push" if mode == "after_push" else "pull_page"
        real = getattr(remote, name)
        calls = {"n": 0}
        target = int(os.environ.get("WEGWIJS_KILL_CALL", "1"))

        def killing(*args: Any, **kwargs: Any) -> Any:
            out = real(*args, **kwargs)
            calls["n"] += 1
            if calls["n"] >= target:
                os.kill(os.getpid(), signal.SIGKILL)
            return out

        setattr(remote, name, killing)
    print("start", flush=True)
    client_sync.run(store)
    store.close()
    print("klaar", flush=True)


if __name__ == "__main__":
    main()
