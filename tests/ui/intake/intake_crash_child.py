"""Child process for the crash test: opens the real intake window on a real store, answers
questions through its widgets and reports each committed answer on stdout. Long answers are
saved by the editor's own save-after-pause timer (never by calling flush() here). At the end it
types one more version, reports ``PENDING`` while that timer has not fired, and stops the event
loop, so the test's SIGKILL lands with the real timer pending. It never exits by itself."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.intake.service import IntakeService
from app.store import StoreLocation, unlock
from tests.support.intake_data import COMPLETE
from ui.intake.editors import ChoiceEditor, MultiEditor, _LineEditor
from ui.intake.window import IntakeWindow

VERSIONS = 5


def answer(window: IntakeWindow, qid: str, value: object) -> None:
    section = window.definition.section_of(qid)
    assert section is not None
    window.go_to(section.id, qid)
    editor = window.page(section.id).editor(qid)
    if isinstance(editor, ChoiceEditor):
        code = {True: "ja", False: "nee"}.get(value, value) if isinstance(value, bool) else value
        editor.combo.setCurrentIndex(editor.combo.findData(code))
    elif isinstance(editor, MultiEditor):
        assert isinstance(value, list)
        for code in value:
            editor.boxes[code].setChecked(True)
    elif isinstance(editor, _LineEditor):
        editor.edit.setText("02-10-2026" if qid == "lbt.datum" else str(value))
        editor.edit.editingFinished.emit()
    else:
        editor.edit.setPlainText(str(value))  # type: ignore[attr-defined]
        wait_for_the_pause_timer(editor)


def wait_for_the_pause_timer(editor: object) -> None:
    """Let the event loop run until the editor's own save-after-pause timer has fired."""
    timer = editor.timer  # type: ignore[attr-defined]
    while timer.isActive():
        QApplication.processEvents()
        time.sleep(0.005)


def main() -> None:
    data_dir, passphrase, inburgeraar_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    store = unlock(StoreLocation(data_dir), passphrase)
    window = IntakeWindow(IntakeService(store), inburgeraar_id)
    window.saved.connect(lambda qid: print(f"SAVED {qid} {window.answers.get(qid)!r}", flush=True))
    window.show()
    for qid, value in COMPLETE.items():
        answer(window, qid, value)
    for n in range(1, VERSIONS + 1):  # saved by the timer, one after another
        answer(window, "werk.ambitie", f"versie {n}")
        app.processEvents()
    editor = window.page("werk").editor("werk.ambitie")
    editor.edit.setPlainText(f"versie {VERSIONS + 1}")  # type: ignore[attr-defined]
    assert editor.timer.isActive()  # type: ignore[attr-defined]
    print(f"PENDING werk.ambitie {f'versie {VERSIONS + 1}'!r}", flush=True)
    while True:  # the event loop no longer runs: the timer cannot fire before the kill
        time.sleep(1)


if __name__ == "__main__":
    main()
