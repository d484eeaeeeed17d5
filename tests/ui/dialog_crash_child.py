"""Child process for the dialog crash test: opens one of the input dialogs (which one: the
environment's WEGWIJS_CRASH_DIALOG) on a real store, types into it like an officer, reports
``LAST`` right after the last keystroke without letting the event loop run again, and waits for
the SIGKILL. It never saves and never exits by itself."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.store import StoreLocation, unlock

# What each dialog gets typed: (field, text), the fields as the test finds them again.
TYPED = {
    "inschrijving": [("telefoon", "0612345678"), ("straat", "Dorpsstraat 12")],
    "sleutelpersoon": [("voornaam", "Amina"), ("achternaam", "Yusuf")],
    "duo_resultaten": [("uren", "120"), ("naam", "Jan de Vries")],
    "pip": [("begeleiding", "Taalcoach twee keer per week")],
}
AFSPRAAK = ["Klantmanager", "Bellen met de taalschool", "01-02-2027"]  # a row typed in the PIP


def open_dialog(kind: str, session: object, inburgeraar_id: str) -> QDialog:
    from app.session import Session

    assert isinstance(session, Session)
    if kind == "inschrijving":
        from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog

        return InburgeraarDialog(session.inburgeraars, session.inburgeraars.get(inburgeraar_id))
    if kind == "sleutelpersoon":
        from ui.sleutelpersonen.dialog import SleutelpersoonDialog

        return SleutelpersoonDialog(session.sleutelpersonen)
    if kind == "pip":
        from ui.pip.editor import PipEditor

        inburgeraar = session.inburgeraars.get(inburgeraar_id)
        assert inburgeraar is not None
        answers = session.intake.stored_answers(inburgeraar_id)
        return PipEditor(session.pip, inburgeraar, answers)
    from ui.duo.resultaten_dialog import DuoResultatenDialog

    return DuoResultatenDialog(session, inburgeraar_id)


def field(dialog: QDialog, name: str) -> QWidget:
    fields = getattr(dialog, "fields", None)
    widget = fields[name].editor if fields is not None else getattr(dialog, name)
    assert isinstance(widget, QWidget)
    return widget


def main() -> None:
    data_dir, passphrase, inburgeraar_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    kind = os.environ["WEGWIJS_CRASH_DIALOG"]
    app = QApplication([])
    session = unlock(StoreLocation(data_dir), passphrase)
    dialog = open_dialog(kind, session, inburgeraar_id)
    dialog.show()
    app.processEvents()
    for name, text in TYPED[kind]:
        widget = field(dialog, name)
        widget.setFocus()
        widget.clear()  # type: ignore[attr-defined]
        QTest.keyClicks(widget, text)
    if kind == "pip":
        dialog.agreements.afspraken.add_row(AFSPRAAK, False, True)  # type: ignore[attr-defined]
    print("LAST", flush=True)
    while True:  # the event loop no longer runs: only what the keystrokes wrote counts
        time.sleep(1)


if __name__ == "__main__":
    main()
