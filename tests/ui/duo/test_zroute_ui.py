"""'Resultaten aan DUO melden': the Z-route afronding (a wrong date refused at its field,
nothing stored) and changing or removing a contactpersoon DUO confirmed (only then enabled)."""

from __future__ import annotations

import json
from pathlib import Path

from app.duo.resultaten import DuoResultaatService
from app.inburgeraars.service import InburgeraarService
from tests.conftest import valid_form
from tests.support.artifacts import save_grab
from tests.support.duo.dialogs import resultaten_dialog
from tests.support.duo.feiten import pulled_duo_fact


def _confirm(inburgeraars: InburgeraarService, inburgeraar_id: str, melding_id: str) -> None:
    pulled_duo_fact(
        inburgeraars.store,
        inburgeraar_id,
        "contactpersoon_antwoord",
        {"onderwerp_id": melding_id, "status": "bevestigd", "duo_id": 7},
        "Contactpersoon: door DUO geregistreerd op 02-05-2026 (bron: DUO)",
    )


def test_zroute_date_is_checked_then_marked(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    client = inburgeraars.save(valid_form())
    assert client.id
    dialog = resultaten_dialog(qtbot, inburgeraars.session, data_dir, client.id)
    qtbot.keyClicks(dialog.zroute, "31-02-2026")
    dialog.zroute_button.click()
    qtbot.waitUntil(lambda: bool(dialog.zroute_error.text()), timeout=5000)
    assert "bestaat niet" in dialog.zroute_error.text()
    assert DuoResultaatService(inburgeraars.session).for_inburgeraar(client.id) == []
    dialog.zroute.clear()
    qtbot.keyClicks(dialog.zroute, "01-10-2025")
    dialog.zroute_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert "Afronding Z-route: 01-10-2025" in dialog.list.item(0).text()
    assert "verzonden, wacht op DUO" in dialog.list.item(0).text()
    assert dialog.zroute.text() == ""
    dialog.show()
    save_grab(dialog, "duo-resultaten-zroute.png")


def test_a_confirmed_contactpersoon_can_be_changed_and_removed(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    client = inburgeraars.save(valid_form())
    assert client.id
    service = DuoResultaatService(inburgeraars.session)
    first = service.contactpersoon_gereed(client.id, "Anouk Jansen", "a@gemeente.nl", "0543 123456")
    dialog = resultaten_dialog(qtbot, inburgeraars.session, data_dir, client.id)
    dialog.list.setCurrentRow(0)
    assert not dialog.cp_change.isEnabled()  # DUO has not confirmed it: no number to change
    _confirm(inburgeraars, client.id, first)
    dialog.refresh()
    dialog.list.setCurrentRow(0)
    assert dialog.cp_change.isEnabled() and dialog.cp_remove.isEnabled()

    qtbot.keyClicks(dialog.naam, "R2D2")
    dialog.cp_change.click()
    qtbot.waitUntil(lambda: bool(dialog.cp_error.text()), timeout=5000)
    assert "met letters" in dialog.cp_error.text()
    dialog.naam.clear()
    for field, text in (
        (dialog.naam, "Bram de Vries"),
        (dialog.email, "b.devries@gemeente.nl"),
        (dialog.telefoon, "0543 654321"),
    ):
        qtbot.keyClicks(field, text)
    dialog.list.setCurrentRow(0)
    dialog.cp_change.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
    assert "Contactpersoon gewijzigd: Bram de Vries" in dialog.list.item(1).text()
    dialog.list.setCurrentRow(0)
    dialog.cp_remove.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=5000)
    marked = service.for_inburgeraar(client.id)
    assert [m.soort for m in marked][-1] == "contactpersoon_verwijderen"
    assert (
        json.loads(
            inburgeraars.store.conn.execute(
                "SELECT gegevens FROM duo_melding WHERE soort = 'contactpersoon_verwijderen'"
            ).fetchone()[0]
        )["duo_id"]
        == 7
    )
    dialog.list.setCurrentRow(2)
    assert not dialog.cp_remove.isEnabled()
