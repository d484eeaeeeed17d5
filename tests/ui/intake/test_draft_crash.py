"""SIGKILL while typing a signaal: the next window shows what was typed up to the last draft."""

from __future__ import annotations

import signal

import pytest

from app.intake.gesprek_beheer import GesprekBeheer
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.store import StoreLocation, unlock
from tests.conftest import PASSPHRASE, TODAY
from tests.support.crash_child import start_child, store_with_inburgeraar


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_keeps_the_typed_signaal(location: StoreLocation) -> None:
    inburgeraar_id = store_with_inburgeraar(location)
    child = start_child("tests.ui.intake.draft_crash_child", location, inburgeraar_id)
    last = ""
    try:
        assert child.stdout is not None
        for line in child.stdout:
            last = line.rstrip("\n").removeprefix("DRAFT ")
            if "woord12 " in last:
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
        assert str(draft["tekst"]).startswith(last.strip())  # at most the last moment lost
        assert beheer.concept(inburgeraar_id, "gesprek") is not None
        assert beheer.concept(inburgeraar_id, "gesprek")["tolk"] == "Yonas"  # type: ignore[index]
    finally:
        store.close()
