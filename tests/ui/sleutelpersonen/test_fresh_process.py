"""The key-person screens open in a fresh process (where None's reference count is low enough
for a PySide6 refcount bug to abort the app; inside pytest it would go unnoticed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.sleutelpersonen_fixtures import (  # noqa: F401  (fixtures)
    _coordinator_and_klantmanager,
)

SCRIPT = """
import sys, tempfile, pathlib
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.store import StoreLocation, create_store
from app.demo import seed_all
from ui.main_window import MainWindow
d = pathlib.Path(tempfile.mkdtemp())
store = create_store(StoreLocation(d), "correct paard batterij niet")
from app.security.roles import Actor, Role
store.actor = Actor("tester", frozenset({Role.COORDINATOR, Role.KLANTMANAGER}))
seed_all(store)
w = MainWindow(store, d)
w.show()
view = w.sleutelpersonen
view.register.new()
view.register.table.selectRow(0)
view.register.edit()
w.table.selectRow(0)
assert w.open_match().model.rowCount() > 0
view.werkdruk.book()
print("ok")
"""


@pytest.mark.slow
def test_key_person_screens_open_in_a_fresh_process(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=root, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("ok")
