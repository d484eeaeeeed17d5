"""Child process for the draft crash test: types into the signaal and gesprek forms of the real
intake window, reports each draft the timer saved, and never exits by itself (SIGKILL)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.intake.service import IntakeService
from app.store import StoreLocation, unlock
from ui.intake.window import IntakeWindow


def main() -> None:
    data_dir, passphrase, inburgeraar_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    store = unlock(StoreLocation(data_dir), passphrase)
    window = IntakeWindow(IntakeService(store), inburgeraar_id)
    window.show()
    signalen, gesprekken = window.signalen_panel, window.gesprekken_panel
    for panel in (signalen, gesprekken):
        panel.timer.setInterval(30)
    signalen.timer.timeout.connect(
        lambda: print(f"DRAFT {signalen.tekst.toPlainText()}", flush=True)
    )
    gesprekken.tolk.setText("Yonas")
    gesprekken.typed()
    n = 0
    while True:  # keep typing until killed
        n += 1
        signalen.tekst.insertPlainText(f"woord{n} ")
        deadline = time.monotonic() + 0.06
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)


if __name__ == "__main__":
    main()
