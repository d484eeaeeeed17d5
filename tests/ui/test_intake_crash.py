"""Kill the app with SIGKILL in the middle of an intake: every committed answer survives,
and the next start offers to resume where the officer was."""

from __future__ import annotations

import ast
import signal

import pytest

from app.intake.service import IntakeService
from app.store import StoreLocation, unlock
from tests.conftest import PASSPHRASE, TODAY
from tests.crash_child import start_child, store_with_client
from tests.intake_data import COMPLETE


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_loses_no_committed_answer(location: StoreLocation) -> None:
    client_id = store_with_client(location)
    child = start_child("tests.ui.intake_crash_child", location, client_id)
    reported: dict[str, object] = {}
    try:
        assert child.stdout is not None
        for line in child.stdout:
            _, qid, value = line.rstrip("\n").split(" ", 2)
            reported[qid] = ast.literal_eval(value)
            if str(reported.get("werk.ambitie", "")).startswith("versie 40"):
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert set(COMPLETE) <= set(reported)

    store = unlock(location, PASSPHRASE)
    try:
        assert store.store.integrity_problems() == []
        service = IntakeService(store, today=TODAY)
        stored = service.stored_answers(client_id)
        for qid, value in reported.items():
            if qid != "werk.ambitie":
                assert stored[qid] == value, qid
        # The answer being given when the kill came is the last reported one or a later one.
        last = int(str(reported["werk.ambitie"]).split()[1])
        assert int(str(stored["werk.ambitie"]).split()[1]) >= last
        assert service.interrupted() == [client_id]  # next start offers to resume
        # Resume on the page being worked on (the kill may fall between showing the page,
        # which records the focused question, and saving the answer).
        assert service.resume_position(client_id).section_id == "werk"
    finally:
        store.close()
