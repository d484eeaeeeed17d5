"""Child process for the SIGKILL test: saves dossiers and an intake answer in a loop and prints
each committed id.

Run as ``python -m tests.db.crash_child DATA_DIR KEYHEX START``. A line is printed
only after save() returned, i.e. after COMMIT: every printed id must survive a kill.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.inburgeraars.service import InburgeraarService
from app.intake.service import IntakeService
from app.security.roles import Actor, Role
from app.session import Session
from db.connection import open_database
from tests.conftest import TODAY, valid_form

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def name(n: int) -> str:
    out = ""
    while True:
        out = LETTERS[n % 26] + out
        n //= 26
        if n == 0:
            return "Proef" + out


def main() -> None:
    data_dir, key_hex, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    store = Session(
        open_database(data_dir / "wegwijs.db", bytes.fromhex(key_hex)),
        Actor("crash", frozenset({Role.KLANTMANAGER})),
    )
    service = InburgeraarService(store)
    intake = IntakeService(store, today=TODAY)
    # One save before "ready": the first one loads code and reference data (0.5 s on a busy
    # machine), so without it a kill 20-400 ms later could come before any commit at all.
    warm = service.save(valid_form(bsn="", v_nummer="", achternaam=name(start + 999)), TODAY)
    intake.save_answer(warm.id or "", "werk.ervaring", "opwarmen")
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    n = start
    while True:
        form = valid_form(bsn="", v_nummer="", achternaam=name(n), telefoon="")
        inburgeraar = service.save(form, TODAY)
        # an update of the same row too: PIP and intake answers are edits as often as inserts
        service.save(
            {**form, "id": inburgeraar.id, "version": inburgeraar.version, "huisnummer": "7"}, TODAY
        )
        assert inburgeraar.id is not None
        intake.save_answer(inburgeraar.id, "werk.ervaring", f"Antwoord {n}")  # with its audit line
        sys.stdout.write(f"{inburgeraar.id}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main()
