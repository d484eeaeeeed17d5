"""SIGKILL while typing a signaal: the next window shows what was typed up to the last draft."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.clients.service import ClientService
from app.intake.gesprek_beheer import GesprekBeheer
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.store import StoreLocation, create_store, unlock
from tests.conftest import PASSPHRASE, TODAY, valid_form

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_keeps_the_typed_signaal(location: StoreLocation) -> None:
    first = create_store(location, PASSPHRASE)
    client = ClientService(first).save(valid_form(), today=TODAY)
    first.close()
    assert client.id
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.links.draft_crash_child",
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
        draft = beheer.concept(client.id, "signaal")
        assert draft is not None
        assert str(draft["tekst"]).startswith(last.strip())  # at most the last moment lost
        assert beheer.concept(client.id, "gesprek") is not None
        assert beheer.concept(client.id, "gesprek")["tolk"] == "Yonas"  # type: ignore[index]
    finally:
        store.close()
