"""SIGKILL while the register, sleutelpersoon, DUO results dialog or the PIP editor has typing
in it that was not saved: the next time the same dialog opens, all of it is back (with a note,
and closing asks), nothing was stored behind the officer's back, and saving forgets the draft."""

from __future__ import annotations

import signal

import pytest

from app.concepten import InvoerConcepten
from app.store import StoreLocation, unlock
from tests.conftest import PASSPHRASE
from tests.support.crash_child import start_child, store_with_inburgeraar
from tests.ui.dialog_crash_child import AFSPRAAK, TYPED, field, open_dialog
from ui import unsaved


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kind", sorted(TYPED))
def test_sigkill_with_typing_in_a_dialog_loses_nothing(
    kind: str, location: StoreLocation, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    inburgeraar_id = store_with_inburgeraar(location)
    monkeypatch.setenv("WEGWIJS_CRASH_DIALOG", kind)
    child = start_child("tests.ui.dialog_crash_child", location, inburgeraar_id)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "LAST"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    session = unlock(location, PASSPHRASE)
    try:
        assert session.store.integrity_problems() == []
        dialog = open_dialog(kind, session, inburgeraar_id)
        qtbot.addWidget(dialog)
        dialog.show()
        for name, text in TYPED[kind]:
            assert field(dialog, name).text() == text, name  # type: ignore[attr-defined]
        assert dialog.findChild(object, "concept_teruggezet") is not None  # the note
        assert dialog.has_unsaved_input()  # type: ignore[attr-defined]  # closing asks
        if kind == "pip":  # the rows of a table are back too
            assert [AFSPRAAK, [False, True]] in dialog.agreements.afspraken.raw()  # type: ignore[attr-defined]
        sleutel = "nieuw" if kind == "sleutelpersoon" else inburgeraar_id
        drafts = InvoerConcepten(session, kind, inburgeraar_id)
        assert drafts.lees(sleutel) is not None
        if kind == "pip":  # nothing stored by the draft; Opslaan stores it and forgets the draft
            assert session.pip.versions(inburgeraar_id) == []
            assert dialog.save()  # type: ignore[attr-defined]
            inhoud = session.pip.versions(inburgeraar_id)[-1].inhoud
            assert inhoud.begeleiding == "Taalcoach twee keer per week"
            assert drafts.lees(sleutel) is None
            monkeypatch.setattr(unsaved, "ask", lambda _w: unsaved.DISCARD)
            dialog.reject()
        elif kind == "inschrijving":  # nothing was stored by the draft itself
            stored = session.inburgeraars.get(inburgeraar_id)
            assert stored is not None and stored.telefoon != "0612345678"
            dialog.submit()  # type: ignore[attr-defined]
            stored = session.inburgeraars.get(inburgeraar_id)
            assert stored is not None and stored.telefoon == "0612345678"
        else:  # the officer chooses "Niet opslaan": deliberately thrown away
            monkeypatch.setattr(unsaved, "ask", lambda _w: unsaved.DISCARD)
            dialog.reject()
        assert drafts.lees(sleutel) is None  # saved or discarded: the draft is gone
    finally:
        session.close()
