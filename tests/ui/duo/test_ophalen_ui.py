# ruff: noqa: F811  (fixtures are imported by name from tests/support)
"""The 'Gegevens DUO ophalen' dialog from the main window: DUO's facts next to the dossier's,
taking a value over, and the Dutch message (nothing changed) offline or when DUO is down.
Real PostgreSQL, the gateway running, the mock DUO checking DUO's contract."""

from __future__ import annotations

from pathlib import Path

from app.inburgeraars.service import InburgeraarService
from tests.app.duo.test_ophalen import BSN, DUO_PERSON
from tests.conftest import valid_form
from tests.support.duo.fixtures import (
    GEMEENTE,
    RunningGateway,
    laptop,  # noqa: F401  (fixtures)
)
from tests.support.duo.mock_duo import MockDuo
from tests.support.laptops import Laptop
from ui.duo import DuoPart
from ui.duo.ophalen_dialog import DuoOphalenDialog
from ui.main_window import MainWindow


def _dialog(qtbot, window: MainWindow, inburgeraar_id: str) -> DuoOphalenDialog:  # type: ignore[no-untyped-def]
    window.select(inburgeraar_id)
    part = window.parts.need(DuoPart)
    assert part.action in window.menu("inburgeraar").actions()
    part.action.trigger()
    dialog = part.dialogs[-1]
    assert isinstance(dialog, DuoOphalenDialog)
    qtbot.addWidget(dialog)
    return dialog


def _window(qtbot, session, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(session, folder)
    qtbot.addWidget(window)
    return window


def _row(dialog: DuoOphalenDialog, label: str) -> int:
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, 0)
        if item is not None and item.text() == label:
            return row
    raise AssertionError(label)


def test_dialog_shows_duo_next_to_the_dossier_and_takes_a_value_over(
    qtbot,
    laptop: Laptop,
    gateway: RunningGateway,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    inburgeraars = InburgeraarService(laptop.session)
    client = inburgeraars.save(valid_form(gemeentecode=GEMEENTE, bsn=BSN, doelgroep="Gezinsvormer"))
    assert client.id
    laptop.sync()
    mock_duo[0].person(BSN, **DUO_PERSON)
    window = _window(qtbot, laptop.session, tmp_path / "laptop")
    dialog = _dialog(qtbot, window, client.id)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=15000)
    row = _row(dialog, "Doelgroep")
    assert dialog.table.item(row, 1).text() == "Gezinsvormer"
    assert dialog.table.item(row, 2).text() == "Gezinsvormer met Asielstatushouder"
    assert "Schrijfvaardigheid" in dialog.table.item(_row(dialog, "Ontheffing"), 2).text()
    # a line that cannot be taken over has no box
    assert not dialog.table.item(_row(dialog, "Ontheffing"), 3).flags()
    assert dialog.take.isEnabled()

    dialog.take.click()  # nothing ticked yet: asks to tick, changes nothing
    assert "Vink eerst aan" in dialog.message.text()
    dialog.set_checked("doelgroep")
    dialog.take.click()
    qtbot.waitUntil(lambda: "Overgenomen van DUO" in dialog.message.text(), timeout=10000)
    assert "Doelgroep" in dialog.message.text()
    assert not dialog.take.isEnabled()
    now = inburgeraars.get(client.id)
    assert now is not None and now.doelgroep == "Gezinsvormer met Asielstatushouder"
    assert now.datum_start_plicht == client.datum_start_plicht  # not ticked, not taken


def test_offline_laptop_gets_a_dutch_message_and_nothing_changes(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    client = inburgeraars.save(valid_form())
    assert client.id
    window = _window(qtbot, inburgeraars.session, data_dir)
    dialog = _dialog(qtbot, window, client.id)
    qtbot.waitUntil(lambda: "niets veranderd" in dialog.message.text(), timeout=10000)
    assert "nog niet met een server verbonden" in dialog.message.text()
    assert "niets veranderd" in dialog.message.text()
    assert dialog.table.rowCount() == 0 and not dialog.take.isEnabled()
    after = inburgeraars.get(client.id)
    assert after is not None and after.version == client.version


def test_duo_down_shows_in_the_dialog_and_nothing_changes(
    qtbot,
    laptop: Laptop,
    gateway: RunningGateway,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    inburgeraars = InburgeraarService(laptop.session)
    client = inburgeraars.save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
    assert client.id
    laptop.sync()
    mock_duo[0].person(BSN, **DUO_PERSON)
    mock_duo[0].down = True
    window = _window(qtbot, laptop.session, tmp_path / "laptop")
    dialog = _dialog(qtbot, window, client.id)
    qtbot.waitUntil(lambda: "DUO is nu niet bereikbaar" in dialog.message.text(), timeout=15000)
    assert dialog.table.rowCount() == 0 and not dialog.take.isEnabled()
    assert laptop.store.conn.execute("SELECT count(*) FROM duo_feit").fetchone()[0] == 0
    mock_duo[0].down = False  # DUO back: "Opnieuw ophalen" works
    dialog.again.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=15000)
