"""SIGKILL while typing a signaal, right after a keystroke: nothing typed is lost, the next
window shows all of it (each keystroke is written as a draft at once, no timer in between)."""

from __future__ import annotations

import signal

import pytest

from app.intake.gesprek_beheer import GesprekBeheer
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.store import StoreLocation, unlock
from tests.conftest import PASSPHRASE, TODAY
from tests.support.crash_child import start_child, store_with_inburgeraar
from ui.intake.window import IntakeWindow


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_keeps_the_typed_signaal(location: StoreLocation, qtbot) -> None:  # type: ignore[no-untyped-def]
    inburgeraar_id = store_with_inburgeraar(location)
    child = start_child("tests.ui.intake.draft_crash_child", location, inburgeraar_id)
    last = ""
    try:
        assert child.stdout is not None
        for line in child.stdout:
            kind, _, last = line.rstrip("\n").partition(" ")
            if kind == "LAST":
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    store = unlock(location, PASSPHRASE)
    try:
        beheer = GesprekBeheer(GesprekService(IntakeService(store, today=TODAY), today=TODAY))
        draft = beheer.concept(inburgeraar_id, "signaal")
        assert draft is not None
        assert last.endswith("woord12 laatste")
        assert draft["tekst"] == last  # up to the very last keystroke
        assert beheer.concept(inburgeraar_id, "gesprek") is not None
        assert beheer.concept(inburgeraar_id, "gesprek")["tolk"] == "Yonas"  # type: ignore[index]
        window = IntakeWindow(IntakeService(store, today=TODAY), inburgeraar_id)
        qtbot.addWidget(window)
        assert window.signalen_panel.tekst.toPlainText() == last  # and it is on screen again
    finally:
        store.close()
