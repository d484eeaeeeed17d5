"""'Resultaten aan DUO melden' from the main window: marking uren or the contactpersoon done,
a wrong value refused at its field, and the state of each (sent, then DUO's answer)."""

from __future__ import annotations

import json
from pathlib import Path

from app.duo.resultaten import DuoResultaatService
from app.inburgeraars.service import InburgeraarService
from tests.conftest import valid_form
from tests.support.duo.dialogs import resultaten_dialog
from tests.support.duo.feiten import pulled_duo_fact
from ui.duo.resultaten_dialog import DuoResultatenDialog


def _answer(inburgeraars: InburgeraarService, inburgeraar_id: str, melding_id: str) -> None:
    pulled_duo_fact(
        inburgeraars.store,
        inburgeraar_id,
        "uren_antwoord",
        {"onderwerp_id": melding_id, "status": "afgewezen"},
        "Gevolgde uren: door DUO afgewezen. DUO wijst het af: geen termijn (bron: DUO)",
    )


def test_marking_uren_done_lists_it_as_sent_and_then_duos_answer(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    client = inburgeraars.save(valid_form())
    assert client.id
    dialog = resultaten_dialog(qtbot, inburgeraars.session, data_dir, client.id)
    assert dialog.list.count() == 0

    dialog.uren.setText("veel")
    dialog.uren_button.click()
    qtbot.waitUntil(lambda: bool(dialog.uren_error.text()), timeout=5000)
    assert "heel getal van 0 tot en met 9999" in dialog.uren_error.text()
    assert DuoResultaatService(inburgeraars.session).for_inburgeraar(client.id) == []

    dialog.uren.setText("36")
    dialog.uren_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert "36" in dialog.list.item(0).text()
    assert "verzonden, wacht op DUO" in dialog.list.item(0).text()
    assert dialog.uren.text() == ""

    (marked,) = DuoResultaatService(inburgeraars.session).for_inburgeraar(client.id)
    _answer(inburgeraars, client.id, marked.id)
    dialog.refresh()
    text = dialog.list.item(0).text()
    assert "afgewezen door DUO" in text and "geen termijn (bron: DUO)" in text
    assert dialog.list.item(0).foreground().color().name() == "#a4262c"


def test_contactpersoon_with_wrong_fields_stores_nothing(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    client = inburgeraars.save(valid_form())
    assert client.id
    dialog = DuoResultatenDialog(inburgeraars.session, client.id)
    qtbot.addWidget(dialog)
    dialog.naam.setText("Anouk Jansen")
    dialog.email.setText("geen adres")
    dialog.telefoon.setText("0543 123456")
    dialog.cp_button.click()
    qtbot.waitUntil(lambda: bool(dialog.cp_error.text()), timeout=5000)
    assert "e-mailadres" in dialog.cp_error.text()
    assert dialog.list.count() == 0
    dialog.email.setText("a.jansen@gemeente.nl")
    dialog.cp_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert "Contactpersoon: Anouk Jansen" in dialog.list.item(0).text()


def test_cli_marks_uren_and_lists_them(
    inburgeraars: InburgeraarService, data_dir: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from app.cli import run
    from tests.conftest import PASSPHRASE

    client = inburgeraars.save(valid_form())
    assert client.id
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", "utf-8")
    base = ["--data-dir", str(data_dir), "--passphrase-file", str(pw), "duo"]
    assert (
        run([*base, "melden", "999990019", "--uren-soort", "participatietaalles", "--uren", "-3"])
        == 2
    )
    assert "heel getal" in capsys.readouterr().err
    assert run([*base, "melden", "999990019"]) == 2
    assert (
        run([*base, "melden", "999990019", "--uren-soort", "participatietaalles", "--uren", "80"])
        == 0
    )
    capsys.readouterr()
    assert run([*base, "meldingen", "999990019", "--json"]) == 0
    (m,) = json.loads(capsys.readouterr().out)
    assert m["stand"] == "verzonden" and m["omschrijving"].endswith(": 80")


def test_esc_asks_before_typed_results_are_dropped(
    qtbot, inburgeraars: InburgeraarService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    import ui.unsaved

    client = inburgeraars.save(valid_form())
    assert client.id
    dialog = DuoResultatenDialog(inburgeraars.session, client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []
    monkeypatch.setattr(ui.unsaved, "ask", lambda _w: asked.append("?") or ui.unsaved.CANCEL)
    qtbot.keyClicks(dialog.uren, "120")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["?"] and dialog.isVisible() and dialog.uren.text() == "120"
    # 'Opslaan' marks the hours as the button does; the dialog stays open to show the list
    monkeypatch.setattr(ui.unsaved, "ask", lambda _w: ui.unsaved.SAVE)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert dialog.isVisible() and dialog.uren.text() == ""
    # nothing typed any more: Esc closes without a question
    monkeypatch.setattr(ui.unsaved, "ask", lambda _w: asked.append("?") or ui.unsaved.CANCEL)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == ["?"]


def test_marking_the_hours_keeps_typed_contact_details_unsaved_and_in_the_draft(
    qtbot, inburgeraars: InburgeraarService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Marked hours leave the draft (put back after a crash, they would go to DUO twice); the
    contact details typed beside them stay in it, and Esc still asks about them."""
    import ui.unsaved
    from app.concepten import InvoerConcepten

    client = inburgeraars.save(valid_form())
    assert client.id
    dialog = DuoResultatenDialog(inburgeraars.session, client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.uren, "36")
    qtbot.keyClicks(dialog.naam, "Jan de Vries")
    dialog.uren_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    draft = InvoerConcepten(inburgeraars.session, "duo_resultaten", client.id).lees(client.id)
    assert draft is not None
    typed = [value for _kind, value in draft["invoer"]]
    assert "Jan de Vries" in typed and "36" not in typed
    asked: list[str] = []
    monkeypatch.setattr(ui.unsaved, "ask", lambda _w: asked.append("?") or ui.unsaved.CANCEL)
    dialog.reject()
    assert asked == ["?"] and dialog.naam.text() == "Jan de Vries"
