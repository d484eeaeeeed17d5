"""Shared by the SIGKILL tests: a store with one fictional inburgeraar, and a child process that
works in it (a module under tests/ run with -m) until the test kills it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.inburgeraars.service import InburgeraarService
from app.store import StoreLocation, create_store
from tests.conftest import PASSPHRASE, TODAY, valid_form

ROOT = Path(__file__).resolve().parents[2]


def store_with_inburgeraar(location: StoreLocation) -> str:
    first = create_store(location, PASSPHRASE)
    inburgeraar = InburgeraarService(first).save(valid_form(), today=TODAY)
    first.close()
    assert inburgeraar.id
    return inburgeraar.id


def start_child(module: str, location: StoreLocation, inburgeraar_id: str) -> subprocess.Popen[str]:
    """Run ``python -m module DATA_DIR PASSPHRASE CLIENT_ID`` offscreen, reading its stdout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", module, str(location.data_dir), PASSPHRASE, inburgeraar_id],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
