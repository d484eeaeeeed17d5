"""Child process for the feedback crash test: opens the real feedback dialog on a real store,
types into it like an officer, with the event loop running between versions, and reports each
version typed. The last one is reported as ``LAST`` without letting the event loop run again
(nothing pending may still fire). It never saves and never exits by itself: the test kills it
with SIGKILL."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.stem.feedback import FeedbackService
from app.store import StoreLocation, unlock
from ui.stem.feedback_dialog import FeedbackDialog

VERSIONS = 5


def main() -> None:
    data_dir, passphrase, gesprek_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    session = unlock(StoreLocation(data_dir), passphrase)
    dialog = FeedbackDialog(FeedbackService(session), gesprek_id)
    dialog.show()
    dialog.doel.set_code("deels")
    dialog.themas["uitleg"].setChecked(True)
    dialog.anders.setPlainText("Meer tijd voor de uitleg over de leerroutes.")
    for n in range(1, VERSIONS + 1):
        dialog.tips.setPlainText(f"Tip versie {n}")
        print(f"TYPED {dialog.tips.toPlainText()!r}", flush=True)
        deadline = time.monotonic() + 0.1
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
    dialog.tips.setPlainText(f"Tip versie {VERSIONS + 1}")
    print(f"LAST {dialog.tips.toPlainText()!r}", flush=True)
    while True:  # the event loop no longer runs: only what the change itself wrote counts
        time.sleep(1)


if __name__ == "__main__":
    main()
