"""The gesprek and signaal panels with real widgets: registry pick, engagement, drafts that
survive a killed window, corrections and removals with a reason, and key-person search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from app.sleutelpersonen.inzet_service import InzetService
from app.validation import format_date
from tests.support.artifacts import save_grab
from tests.support.world import World
from ui.intake.gesprek_panels import GesprekkenPanel
from ui.intake.koppeling import install_match
from ui.intake.signalen_panel import SignalenPanel
from ui.intake.window import IntakeWindow


def _window(qtbot, world: World) -> IntakeWindow:  # type: ignore[no-untyped-def]
    window = IntakeWindow(world.intake, world.inburgeraar_id)
    qtbot.addWidget(window)
    window.show()
    return window


def _pick(qtbot, panel: GesprekkenPanel, typed: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(panel.sleutelpersoon.edit, typed)
    model = panel.sleutelpersoon.completer.completionModel()
    assert model.rowCount() == 1, "the registry name is suggested while typing"
    panel.sleutelpersoon.completer.activated.emit(model.index(0, 0).data())


def test_pick_from_registry_and_book_engagement(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world)
    panel = window.gesprekken_panel
    window.side.setCurrentWidget(panel)
    assert not panel.inzet.registreren.isEnabled()
    _pick(qtbot, panel, "tesf")
    assert panel.sleutelpersoon.person_id == world.persoon_id
    assert "uit het register" in panel.sleutelpersoon.state.text()
    panel.plaats.set_code("azc")
    panel.rollen["vertaler"].setChecked(True)
    panel.inzet.registreren.setChecked(True)
    qtbot.keyClicks(panel.inzet.uren, "veel")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "uren" in panel.error.text()
    assert world.gesprekken.gesprekken(world.inburgeraar_id) == []
    panel.inzet.uren.clear()
    qtbot.keyClicks(panel.inzet.uren, "1,5")
    qtbot.keyClicks(panel.inzet.km, "14")
    save_grab(window, "intake-gesprek-sleutelpersoon.png")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.error.text() == ""
    (g,) = world.gesprekken.gesprekken(world.inburgeraar_id)
    assert g.sleutelpersoon_naam == "Selam Tesfay" and g.inzet_id
    assert "inzet geboekt" in panel.list.item(0).text()
    assert not panel.inzet.registreren.isChecked()  # form cleared for the next gesprek


def test_a_name_outside_the_registry_cannot_book(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world)
    panel = window.gesprekken_panel
    qtbot.keyClicks(panel.sleutelpersoon.edit, "Buurvrouw Fatima")
    assert panel.sleutelpersoon.person_id is None
    assert not panel.inzet.registreren.isEnabled()
    assert "Niet uit het register" in panel.sleutelpersoon.state.text()


def test_typed_gesprek_and_signaal_survive_a_killed_window(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world)
    panel, signalen = window.gesprekken_panel, window.signalen_panel
    qtbot.keyClicks(panel.tolk, "Yonas")
    qtbot.keyClicks(panel.notitie, "Wil graag werken in de zorg")
    qtbot.keyClicks(signalen.tekst, "Zorgen om de huur")
    # No pause needed: each keystroke is in the store at once. The process "dies": the window
    # is never closed. A new window gets the typing back.
    again = _window(qtbot, world)
    assert again.gesprekken_panel.tolk.text() == "Yonas"
    assert again.gesprekken_panel.notitie.toPlainText() == "Wil graag werken in de zorg"
    assert again.signalen_panel.tekst.toPlainText() == "Zorgen om de huur"
    assert "teruggezet" in again.signalen_panel.info.text()
    again.signalen_panel.add()
    assert world.beheer.concept(world.inburgeraar_id, "signaal") is None  # saved: draft dropped


def test_the_last_keystroke_is_a_draft_before_any_pause(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world)
    qtbot.keyClicks(window.signalen_panel.gemeld_door, "sleutelpersoon")
    today = window.signalen_panel.datum.text()  # the form's default: the service's today
    assert today == format_date(window.signalen_panel.service.today())
    assert world.beheer.concept(world.inburgeraar_id, "signaal") == {
        "datum": today,
        "gemeld_door": "sleutelpersoon",
        "tekst": "",
        "thema": "",
        "urgentie": "normaal",
        "eigenaar": "",
        "actie": "",
    }


def test_correct_a_signaal_with_a_reason(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    world.gesprekken.add_signaal(world.inburgeraar_id, {"datum": "20-11-2026", "tekst": "Huur."})
    window = _window(qtbot, world)
    panel: SignalenPanel = window.signalen_panel
    panel.start_correction()
    assert "Kies eerst" in panel.error.text()
    panel.list.setCurrentRow(0)
    panel.start_correction()
    assert panel.tekst.toPlainText() == "Huur." and panel.cancel_button.isVisibleTo(panel)
    panel.tekst.setPlainText("")
    assert panel.add() is None and "Beschrijf" in panel.error.text()
    panel.tekst.setPlainText("Huurachterstand van twee maanden.")
    dialog = panel.add()
    assert dialog is not None
    dialog.confirm()
    assert "minstens" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.reden, "Bedrag aangevuld")
    dialog.confirm()
    (s,) = world.gesprekken.signalen(world.inburgeraar_id)
    assert s.tekst == "Huurachterstand van twee maanden."
    assert "Huurachterstand" in panel.list.item(0).text()
    assert panel.add_button.text() == "Signaal vastleggen"


def test_remove_a_gesprek_with_a_reason(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    world.gesprekken.add_gesprek(world.inburgeraar_id, {"datum": "20-11-2026", "plaats": "azc"})
    window = _window(qtbot, world)
    panel = window.gesprekken_panel
    panel.list.setCurrentRow(0)
    dialog = panel.remove()
    assert dialog is not None
    dialog.reject()
    assert len(world.gesprekken.gesprekken(world.inburgeraar_id)) == 1
    dialog = panel.remove()
    assert dialog is not None
    qtbot.keyClicks(dialog.reden, "Dubbel ingevoerd")
    dialog.confirm()
    assert world.gesprekken.gesprekken(world.inburgeraar_id) == []
    assert "Nog geen gesprek" in panel.list.item(0).text()


def test_key_person_search_from_the_intake_window(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, world)
    confirmed: list[str] = []
    action = install_match(window, "Anouk", confirmed.append)
    assert action.isEnabled()
    dialog = window.open_match()  # type: ignore[operator]
    qtbot.addWidget(dialog)
    assert dialog.inburgeraar_id == world.inburgeraar_id
    assert "Sleutelpersoon zoeken" in dialog.windowTitle()
    dialog.confirmed.emit(world.persoon_id)
    assert confirmed == [world.persoon_id]
    assert window.gesprekken_panel.sleutelpersoon.person_id == world.persoon_id
    assert window.gesprekken_panel.inzet.registreren.isEnabled()
    assert InzetService  # engagement booking stays the gesprek's job


def test_intake_opened_from_the_main_window_has_key_person_search(
    qtbot, world: World, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    main = MainWindow(world.inburgeraars.session, data_dir)
    qtbot.addWidget(main)
    main.show()
    main.table.selectRow(0)
    intake = main.intake.open(world.inburgeraar_id)
    assert intake is not None
    qtbot.addWidget(intake)
    action = intake.findChild(QToolBar, "intakebalk").actions()[0]
    assert action.text() == "Sleutelpersoon zoeken"
    assert action.shortcut().toString() == "Ctrl+K"
    action.trigger()
    dialog = intake.match_dialog
    assert dialog is not None and dialog.inburgeraar_id == world.inburgeraar_id
    save_grab(intake, "intake-sleutelpersoon-zoeken.png")
    dialog.close()
