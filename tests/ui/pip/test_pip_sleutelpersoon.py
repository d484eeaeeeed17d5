"""The PIP's key-person part: chosen from the registry or the match dialog, prefilled from the
confirmed match, and a plain name field for a role that cannot read the registry."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService
from app.matching.service import MatchService
from app.pip.service import PipService
from app.security.roles import Actor, Permission, Role
from app.sleutelpersonen.service import SleutelpersoonService
from tests.conftest import TODAY, valid_form
from tests.support.security import act_as
from tests.support.sleutelpersonen import persoon_form
from tests.ui.test_screens import save
from ui.intake.kiezer import NOT_IN_REGISTER
from ui.pip.editor import PipEditor
from ui.pip.sleutelpersoon import NO_REGISTER


@dataclass
class Setup:
    inburgeraars: InburgeraarService
    inburgeraar: Inburgeraar
    selam: str  # key person ids
    dawit: str


@pytest.fixture
def setup(inburgeraars: InburgeraarService) -> Setup:
    store = inburgeraars.session
    act_as(store, Role.COORDINATOR)
    personen = SleutelpersoonService(store)
    selam = personen.save(persoon_form(), today=TODAY)
    dawit = personen.save(
        persoon_form(voornaam="Dawit", achternaam="Berhane", geslacht="M"), today=TODAY
    )
    act_as(store, Role.KLANTMANAGER, naam="anouk")
    inburgeraar = inburgeraars.save(valid_form(), today=TODAY)
    assert selam.id and dawit.id and inburgeraar.id
    return Setup(inburgeraars, inburgeraar, selam.id, dawit.id)


def editor(qtbot, s: Setup) -> PipEditor:  # type: ignore[no-untyped-def]
    e = PipEditor(PipService(s.inburgeraars.session), s.inburgeraar, {}, today=TODAY)
    e.support.sp_keuze.klantmanager = "Anouk"
    e.confirm = lambda _text: True
    e.ask_unsaved = lambda: "discard"
    qtbot.addWidget(e)
    e.show()
    e.tabs.setCurrentIndex(2)
    return e


def stored(s: Setup) -> tuple[str, str]:
    pip = PipService(s.inburgeraars.session).current(str(s.inburgeraar.id))
    assert pip is not None
    sp = pip.inhoud.sleutelpersoon
    return sp.sleutelpersoon_id, sp.naam


def test_pick_from_the_registry_stores_id_and_name(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    e = editor(qtbot, setup)
    keuze = e.support.sp_keuze
    shown = [t for t in keuze.kiezer.names if t.startswith("Dawit Berhane")]
    assert shown, keuze.kiezer.names
    keuze.kiezer.choose_text(shown[0])  # what picking from the completer does
    assert keuze.kiezer.state.text() == "✓ uit het register"
    assert e.is_dirty()
    assert e.save()
    assert stored(setup) == (setup.dawit, "Dawit Berhane")
    save(e, "pip-sleutelpersoon")


def test_a_name_not_in_the_registry_is_kept_without_an_id(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    e = editor(qtbot, setup)
    edit = e.support.sp_keuze.kiezer.edit
    qtbot.keyClicks(edit, "Buurvrouw Fatima")
    assert e.support.sp_keuze.kiezer.state.text() == NOT_IN_REGISTER
    assert e.save()
    assert stored(setup) == ("", "Buurvrouw Fatima")
    # And a registry name with a typo afterwards is not silently matched to someone.
    edit.clear()
    qtbot.keyClicks(edit, "Dawit Berhanne")
    assert e.save()
    assert stored(setup) == ("", "Dawit Berhanne")


def test_match_dialog_confirms_into_the_pip(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    e = editor(qtbot, setup)
    keuze = e.support.sp_keuze
    qtbot.mouseClick(keuze.zoek, Qt.MouseButton.LeftButton)
    dialog = keuze.match_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() >= 1  # type: ignore[attr-defined]
    top = dialog.model.rows[0].kandidaat_id  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.confirmed):  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert keuze.value()[0] == top
    koppeling = MatchService(setup.inburgeraars.session).huidige(str(setup.inburgeraar.id))
    assert koppeling is not None and koppeling["besloten_door"] == "Anouk"
    assert e.save()
    assert stored(setup)[0] == top


def test_prefilled_from_the_confirmed_match_only_when_empty(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    MatchService(setup.inburgeraars.session).bevestig(
        str(setup.inburgeraar.id), setup.selam, None, "kent de familie niet", "anouk"
    )
    e = editor(qtbot, setup)
    assert e.support.sp_keuze.value() == (setup.selam, "Selam Tesfay")
    assert "bevestigde match" in e.support.sp_keuze.kiezer.state.text()
    e.support.sp_keuze.kiezer.edit.clear()
    qtbot.keyClicks(e.support.sp_keuze.kiezer.edit, "Iemand anders")
    assert e.save()
    e.reload()  # the part is filled now: the match does not overwrite what the officer chose
    assert e.support.sp_keuze.value() == ("", "Iemand anders")


class _DossierOnly(Actor):
    """A role that reads dossiers but not the registry (e.g. a future 'medewerker')."""

    def may(self, permission: Permission) -> bool:
        return permission in (
            Permission.DOSSIER_LEZEN,
            Permission.DOSSIER_WIJZIGEN,
            Permission.REGISTER_LEZEN,
        )


def test_without_the_registry_right_a_plain_name_keeps_the_stored_id(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    e = editor(qtbot, setup)
    keuze = e.support.sp_keuze
    keuze.kiezer.choose_text(next(t for t in keuze.kiezer.names if t.startswith("Selam")))
    assert e.save()
    e.close()
    setup.inburgeraars.session.actor = _DossierOnly("gast", frozenset())
    e2 = editor(qtbot, setup)
    keuze2 = e2.support.sp_keuze
    assert not keuze2.zoek.isEnabled() and keuze2.zoek.toolTip() == NO_REGISTER
    assert keuze2.kiezer.names == {}
    assert keuze2.kiezer.edit.text() == "Selam Tesfay"
    assert not e2.is_dirty()  # the id it cannot see is not lost
    assert keuze2.value() == (setup.selam, "Selam Tesfay")
    assert keuze2.open_match() is None


def test_a_match_with_someone_who_stopped_is_not_prefilled(qtbot, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    MatchService(setup.inburgeraars.session).bevestig(
        str(setup.inburgeraar.id), setup.dawit, None, "kent de familie niet", "anouk"
    )
    store = setup.inburgeraars.session
    act_as(store, Role.COORDINATOR)
    personen = SleutelpersoonService(store)
    form = persoon_form(voornaam="Dawit", achternaam="Berhane", geslacht="M", status="gestopt")
    personen.save({**form, "id": setup.dawit}, today=TODAY)
    act_as(store, Role.KLANTMANAGER, naam="anouk")
    e = editor(qtbot, setup)
    assert e.support.sp_keuze.value() == ("", "")
