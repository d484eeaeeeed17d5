"""Child process for the draft crash test: types into the signaal and gesprek forms of the real
intake window like an officer, word by word with the event loop running in between, reports
each word typed, then types one more, reports it as ``LAST`` without letting the event loop run
again (nothing pending may still fire), and waits for the SIGKILL. It never exits by itself."""

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

WORDS = 12


def main() -> None:
    data_dir, passphrase, inburgeraar_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    store = unlock(StoreLocation(data_dir), passphrase)
    window = IntakeWindow(IntakeService(store), inburgeraar_id)
    window.show()
    signalen, gesprekken = window.signalen_panel, window.gesprekken_panel
    gesprekken.tolk.setText("Yonas")
    gesprekken.tolk.textEdited.emit("Yonas")  # as a keystroke does (setText alone does not)
    for n in range(1, WORDS + 1):
        signalen.tekst.insertPlainText(f"woord{n} ")
        print(f"TYPED {signalen.tekst.toPlainText()}", flush=True)
        deadline = time.monotonic() + 0.06
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
    signalen.tekst.insertPlainText("laatste")
    print(f"LAST {signalen.tekst.toPlainText()}", flush=True)
    while True:  # the event loop no longer runs: only what the keystroke itself wrote counts
        time.sleep(1)


if __name__ == "__main__":
    main()
