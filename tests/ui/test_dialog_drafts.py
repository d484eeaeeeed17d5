"""Crash drafts of the input dialogs (ui/crash_draft.py), in one process: a dialog that vanishes
without closing (as in a crash) comes back with its typing, rows included; only what was typed
goes back, so a colleague's change that arrived meanwhile stays; without the permission to save
there is no draft."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.concepten import InvoerConcepten
from app.inburgeraars.service import InburgeraarService
from tests.conftest import TODAY, valid_form
from ui import unsaved
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog


def line(dialog: InburgeraarDialog, name: str) -> QLineEdit:
    editor = dialog.fields[name].editor
    assert isinstance(editor, QLineEdit)
    return editor


def opened(qtbot, dialog: InburgeraarDialog) -> InburgeraarDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_a_new_registration_comes_back_with_its_added_language(
    qtbot, inburgeraars: InburgeraarService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, InburgeraarDialog(inburgeraars, today=TODAY))
    qtbot.keyClicks(line(dialog, "voornamen"), "Yonas")
    row = dialog.add_taal()  # "Taal toevoegen"
    row.taal.setFocus()  # watched from the moment it gets the focus
    qtbot.waitUntil(row.taal.hasFocus, timeout=2000)
    row.taal.set_code("ar")
    dialog.hide()  # gone without closing (no done(): no question, nothing flushed)
    again = opened(qtbot, InburgeraarDialog(inburgeraars, today=TODAY))
    assert line(again, "voornamen").text() == "Yonas"
    assert [r.taal.code() for r in again.talen][-1] == "ar" and len(again.talen) == 2
    assert again.has_unsaved_input()
    monkeypatch.setattr(unsaved, "ask", lambda _w: unsaved.DISCARD)
    again.reject()  # "Niet opslaan": thrown away on purpose
    third = opened(qtbot, InburgeraarDialog(inburgeraars, today=TODAY))
    assert line(third, "voornamen").text() == "" and not third.has_unsaved_input()


def test_only_what_was_typed_comes_back_over_a_colleagues_change(
    qtbot, inburgeraars: InburgeraarService
) -> None:  # type: ignore[no-untyped-def]
    stored = inburgeraars.save(valid_form(), today=TODAY)
    dialog = opened(qtbot, InburgeraarDialog(inburgeraars, stored, today=TODAY))
    line(dialog, "telefoon").clear()
    qtbot.keyClicks(line(dialog, "telefoon"), "0612345678")
    dialog.hide()
    # Meanwhile a sync brings a colleague's new street.
    assert stored.id
    fresh = inburgeraars.get(stored.id)
    assert fresh is not None
    inburgeraars.save({**valid_form(), "id": fresh.id, "version": fresh.version,
                       "straat": "Nieuwe Weg 3"}, today=TODAY)  # fmt: skip
    newest = inburgeraars.get(stored.id)
    again = opened(qtbot, InburgeraarDialog(inburgeraars, newest, today=TODAY))
    assert line(again, "telefoon").text() == "0612345678"  # typed: back
    assert line(again, "straat").text() == "Nieuwe Weg 3"  # not typed here: the colleague's


def test_no_draft_without_the_permission_to_save(
    qtbot, inburgeraars: InburgeraarService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(type(inburgeraars.session), "may", lambda _self, _p: False)
    dialog = InburgeraarDialog(inburgeraars, today=TODAY)
    assert dialog.crash_draft() is None
    monkeypatch.undo()
    assert InvoerConcepten(inburgeraars.session, "inschrijving").lees("nieuw") is None
