"""A real user's process has far fewer references to None than pytest's: the PySide6 6.12
refcount bug (see ui/__init__.py) only shows there. Open the heavy dialogs in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import tempfile, pathlib
import ui  # applies the guard before any Qt call
from ui.application import make_app
from PySide6.QtWidgets import QLabel
app = make_app()
label = QLabel()
for _ in range(50_000):  # a long working day of void calls
    label.setText("x")
from app.store import StoreLocation, create_store
from app.inburgeraars.service import InburgeraarService
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog
d = pathlib.Path(tempfile.mkdtemp())
store = create_store(StoreLocation(d), "correct paard batterij niet")
dialog = InburgeraarDialog(InburgeraarService(store))
dialog.show()
dialog.add_taal()
app.processEvents()
print("ok")
"""


def test_inburgeraar_dialog_and_many_qt_calls_in_a_fresh_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("ok")
