"""``wegwijs --startup-probe``: start as a user would, stop as soon as the passphrase dialog shows.

Prints the time from entering Python's main() to the dialog being shown, then exits 0. The cold
start of the bundle as a whole (loader, unpacking, Qt) is measured from the outside by
``installer/measure_startup.py``, which runs this probe.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer

from app.store_location import StoreLocation, default_data_dir
from ui.application import make_app
from ui.unlock_dialog import UnlockDialog


def probe(data_dir: str | Path | None, started: float) -> int:
    app = make_app()
    dialog = UnlockDialog(StoreLocation(default_data_dir(data_dir)))
    shown: list[float] = []

    def done() -> None:
        shown.append(time.perf_counter())
        dialog.close()
        app.quit()

    dialog.show()
    QTimer.singleShot(0, done)  # runs after the first pass of the event loop: the dialog is up
    app.exec()
    if not shown:
        print("Wachtwoordvenster niet getoond.")
        return 1
    print(f"Wachtwoordvenster getoond na {shown[0] - started:.3f} s (vanaf start van Python-code)")
    return 0
