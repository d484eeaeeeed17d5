"""Kill the app with SIGKILL in the middle of an intake, while the long-answer editor's real
save-after-pause timer is pending: every committed answer survives, and so does what was typed
in the last pause (its crash draft); the next start offers to resume where the officer was and
the reopened window has the typed text as the answer."""

from __future__ import annotations

import ast
import signal

import pytest

from app.concepten import InvoerConcepten
from app.intake.service import IntakeService
from app.store import StoreLocation, unlock
from tests.conftest import PASSPHRASE, TODAY
from tests.support.crash_child import start_child, store_with_inburgeraar
from tests.support.intake_data import COMPLETE
from ui.intake.window import IntakeWindow


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_loses_nothing_typed(location: StoreLocation, qtbot) -> None:  # type: ignore[no-untyped-def]
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
        # Every version the real timer saved survives; what was typed in the last pause before
        # the kill (under DEBOUNCE_MS) was not saved as an answer, but is in its crash draft.
        assert reported["werk.ambitie"] == "versie 5" and pending == "versie 6"
        assert stored["werk.ambitie"] == "versie 5"
        drafts = InvoerConcepten(store, "intake", inburgeraar_id)
        assert drafts.alle(f"{inburgeraar_id}/") == {"werk.ambitie": "versie 6"}
        assert service.interrupted() == [inburgeraar_id]  # next start offers to resume
        # Resume on the page being worked on (the kill may fall between showing the page,
        # which records the focused question, and saving the answer).
        assert service.resume_position(inburgeraar_id).section_id == "werk"
        # Opening the intake again: the typed text is the answer, shown and stored.
        window = IntakeWindow(service, inburgeraar_id)
        qtbot.addWidget(window)
        window.show()
        assert window.page("werk").editor("werk.ambitie").raw() == "versie 6"
        assert "teruggezet" in window.indicator.text()
        assert service.stored_answers(inburgeraar_id)["werk.ambitie"] == "versie 6"
        assert drafts.alle(f"{inburgeraar_id}/") == {}  # saved: the draft is gone
        window.close()
    finally:
        store.close()
