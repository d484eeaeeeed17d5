"""Child process for the feedback crash test: opens the real feedback dialog on a real store,
types into it like an officer and reports each draft written. It never saves and never exits by
itself: the test kills it with SIGKILL."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.stem.feedback import FeedbackService
from app.store import StoreLocation, unlock
from ui.stem.feedback_dialog import FeedbackDialog


def main() -> None:
    data_dir, passphrase, gesprek_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    session = unlock(StoreLocation(data_dir), passphrase)
    dialog = FeedbackDialog(FeedbackService(session), gesprek_id)
    written = dialog.save_draft

    def save_and_tell() -> None:
        written()
        print(f"DRAFT {dialog.tips.toPlainText()!r}", flush=True)

    dialog.timer.timeout.disconnect()
    dialog.timer.timeout.connect(save_and_tell)
    dialog.show()
    dialog.doel.set_code("deels")
    dialog.themas["uitleg"].setChecked(True)
    dialog.anders.setPlainText("Meer tijd voor de uitleg over de leerroutes.")
    n = 0
    while True:  # keep typing until killed
        n += 1
        dialog.tips.setPlainText(f"Tip versie {n}")
        for _ in range(40):  # about the pause after a word: the draft timer fires
            app.processEvents()
            QCoreApplication.sendPostedEvents()
            import time

            time.sleep(0.02)


if __name__ == "__main__":
    main()
