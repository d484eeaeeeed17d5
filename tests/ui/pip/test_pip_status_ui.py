"""On the laptop: DUO's answer to a vastgestelde PIP, as the sync brought it, on the PIP."""

from __future__ import annotations

from datetime import date

from app.duo.feiten import DuoFeitService
from app.inburgeraars.service import InburgeraarService
from app.pip.service import PipService
from tests.conftest import TODAY, valid_form
from tests.support.duo.feiten import pulled_duo_fact
from tests.support.pip import complete_inhoud
from ui.pip.editor import PipEditor


def _from_sync(
    inburgeraars: InburgeraarService,
    inburgeraar_id: str,
    pip_id: str,
    status: str,
    text: str,
    stamp: str = "2026-05-02T08:00:00Z",
) -> None:
    """The row exactly as the sync's pull writes a server row into the laptop's table."""
    pulled_duo_fact(
        inburgeraars.store,
        inburgeraar_id,
        "pip_antwoord",
        {"onderwerp_id": pip_id, "status": status},
        text,
        stamp,
    )


def _editor(qtbot, inburgeraars: InburgeraarService, client):  # type: ignore[no-untyped-def]
    editor = PipEditor(PipService(inburgeraars.session), client, {}, today=TODAY)
    editor.confirm = lambda _text: True
    editor.ask_unsaved = lambda: "discard"
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_pip_shows_duos_registration_and_a_rejection_stands_out(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    client = inburgeraars.save(valid_form())
    assert client.id
    pips = PipService(inburgeraars.session)
    pip = pips.create(client.id, complete_inhoud())
    pips.ter_ondertekening(str(pip.id))
    pip = pips.vaststellen(str(pip.id), date(2025, 5, 1))
    editor = _editor(qtbot, inburgeraars, client)
    assert not editor.duo_status.isVisible()  # nothing from DUO yet: nothing claimed

    text = "PIP: door DUO geregistreerd op 02-05-2026 (bron: DUO)"
    _from_sync(inburgeraars, client.id, str(pip.id), "bevestigd", text)
    editor.close()
    editor = _editor(qtbot, inburgeraars, client)
    assert editor.duo_status.isVisible() and editor.duo_status.text() == text
    assert "color" not in editor.duo_status.styleSheet()

    rejected = (
        "PIP: door DUO afgewezen. DUO wijst het af: De datum dagtekening ligt voor de start"
        " van de inburgeringsplicht. (bron: DUO)"
    )
    _from_sync(inburgeraars, client.id, str(pip.id), "afgewezen", rejected, "2026-05-03T08:00:00Z")
    editor.close()
    editor = _editor(qtbot, inburgeraars, client)
    assert editor.duo_status.text() == rejected
    assert "color" in editor.duo_status.styleSheet()


def test_a_duo_fact_is_marked_handled_once(inburgeraars: InburgeraarService) -> None:
    client = inburgeraars.save(valid_form())
    assert client.id
    _from_sync(
        inburgeraars, client.id, "pip-x", "afgewezen", "PIP: door DUO afgewezen. (bron: DUO)"
    )
    service = DuoFeitService(inburgeraars.session)
    (feit,) = service.for_inburgeraar(client.id)
    assert not feit.afgehandeld and feit.gegevens["status"] == "afgewezen"
    assert service.afhandelen(feit)
    assert not service.afhandelen(feit)  # stale version: someone else was first
    assert service.for_inburgeraar(client.id)[0].afgehandeld
