"""Kill the app with SIGKILL in the middle of an intake: every committed answer survives,
and the next start offers to resume where the officer was."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.clients.service import ClientService
from app.intake.service import IntakeService
from app.store import StoreLocation, create_store, unlock
from tests.conftest import PASSPHRASE, TODAY, valid_form
from tests.intake_data import COMPLETE

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_loses_no_committed_answer(location: StoreLocation) -> None:
    first = create_store(location, PASSPHRASE)
    client = ClientService(first).save(valid_form(), today=TODAY)
    first.close()
    assert client.id
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.ui.intake_crash_child",
            str(location.data_dir),
            PASSPHRASE,
            client.id,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
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
        assert store.integrity_problems() == []
        service = IntakeService(store, today=TODAY)
        stored = service.stored_answers(client.id)
        for qid, value in reported.items():
            if qid != "werk.ambitie":
                assert stored[qid] == value, qid
        # The answer being given when the kill came is the last reported one or a later one.
        last = int(str(reported["werk.ambitie"]).split()[1])
        assert int(str(stored["werk.ambitie"]).split()[1]) >= last
        assert service.interrupted() == [client.id]  # next start offers to resume
        # Resume on the page being worked on (the kill may fall between showing the page,
        # which records the focused question, and saving the answer).
        assert service.resume_position(client.id).section_id == "werk"
    finally:
        store.close()
