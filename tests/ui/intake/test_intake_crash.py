"""Kill the app with SIGKILL in the middle of an intake, while the long-answer editor's real
save-after-pause timer is pending: every committed answer survives, the one typed in the last
pause is the only loss, and the next start offers to resume where the officer was."""

from __future__ import annotations

import ast
import signal

import pytest

from app.intake.service import IntakeService
from app.store import StoreLocation, unlock
from tests.conftest import PASSPHRASE, TODAY
from tests.support.crash_child import start_child, store_with_inburgeraar
from tests.support.intake_data import COMPLETE


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_loses_no_committed_answer(location: StoreLocation) -> None:
    inburgeraar_id = store_with_inburgeraar(location)
    child = start_child("tests.ui.intake.intake_crash_child", location, inburgeraar_id)
    reported: dict[str, object] = {}
    pending: object = None
    try:
        assert child.stdout is not None
        for line in child.stdout:
            kind, qid, value = line.rstrip("\n").split(" ", 2)
            if kind == "PENDING":  # typed, the save-after-pause timer not fired yet
                pending = ast.literal_eval(value)
                break
            reported[qid] = ast.literal_eval(value)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert set(COMPLETE) <= set(reported)

    store = unlock(location, PASSPHRASE)
    try:
        assert store.store.integrity_problems() == []
        service = IntakeService(store, today=TODAY)
        stored = service.stored_answers(inburgeraar_id)
        for qid, value in reported.items():
            if qid != "werk.ambitie":
                assert stored[qid] == value, qid
        # Every version the real timer saved survives. What was typed in the last pause
        # before the kill (under DEBOUNCE_MS, 0.6 s of typing) is not stored: the app keeps
        # no draft of an answer between keystrokes and its save.
        assert reported["werk.ambitie"] == "versie 5" and pending == "versie 6"
        assert stored["werk.ambitie"] == "versie 5"
        assert service.interrupted() == [inburgeraar_id]  # next start offers to resume
        # Resume on the page being worked on (the kill may fall between showing the page,
        # which records the focused question, and saving the answer).
        assert service.resume_position(inburgeraar_id).section_id == "werk"
    finally:
        store.close()
