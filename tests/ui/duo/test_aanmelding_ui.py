# ruff: noqa: F811  (fixtures are imported by name from tests/support)
""" "Nieuw van DUO" from the main window: the list, taking one in through the prefilled register
dialog, and "Niet voor ons" without a reason (a Dutch message, nothing changed); cancelling
that dialog releases the aanmelding (offline: it stays, and "Vrijgeven" releases it later). Real
PostgreSQL, the gateway running, the mock DUO checking DUO's contract."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton

from app.server.cluster import Cluster
from tests.app.duo.test_aanmelding import BSN, _notify
from tests.app.duo.test_notifications import DOELGROEP, PLICHT
from tests.conftest import valid_form
from tests.support.artifacts import save_grab
from tests.support.duo.dialogs import main_window, open_duo_dialog
from tests.support.duo.fixtures import (
    RunningGateway,
    laptop,  # noqa: F401  (fixtures)
)
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, rows
from tests.support.duo.pki import Pki
from tests.support.laptops import Laptop
from ui.duo.aanmeldingen_dialog import DuoAanmeldingenDialog
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog


def _open(qtbot, laptop: Laptop, folder: Path) -> DuoAanmeldingenDialog:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, laptop.session, folder)
    return open_duo_dialog(qtbot, window, lambda part: part.nieuw, DuoAanmeldingenDialog)


@pytest.fixture
def aanmelding(
    laptop: Laptop,
    duo_db: DuoDb,
    gateway: RunningGateway,
    pki: Pki,
    mock_duo: tuple[MockDuo, str],
) -> None:
    """DUO told the gemeente of a new inburgeringsplichtige (SS101); the laptop synced it."""
    mock_duo[0].person(BSN, plicht=PLICHT, doelgroep=DOELGROEP)
    _notify(gateway, pki, duo_db, "SS101", str(uuid.uuid4()))
    laptop.sync()


def _take_up(qtbot, dialog: DuoAanmeldingenDialog) -> InburgeraarDialog:  # type: ignore[no-untyped-def]
    """The register dialog "Opnemen" opens, prefilled from DUO."""
    dialog.register_dialog = None
    dialog.opnemen.click()
    qtbot.waitUntil(lambda: dialog.register_dialog is not None, timeout=15000)
    register = dialog.register_dialog
    assert register is not None
    qtbot.addWidget(register)
    return register


def test_the_list_takes_one_in_through_the_prefilled_register_dialog(
    qtbot, laptop: Laptop, duo_db: DuoDb, aanmelding: None, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, laptop, tmp_path / "laptop")
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(5)]  # type: ignore[union-attr]
    assert cells[0].startswith("SS101: Persoon is inburgeringsplichtig")
    assert cells[1:] == [
        "01-02-2026",
        BSN,
        "inburgeringsplichtig sinds 10-01-2026",
        "Asielstatushouder",
    ]
    dialog.show()
    save_grab(dialog, "duo-nieuw-van-duo.png")

    # "Niet voor ons" without a reason: told so, nothing changes
    dialog.niet_voor_ons(reden="  ")
    qtbot.waitUntil(lambda: "reden" in dialog.message.text(), timeout=10000)
    assert dialog.table.rowCount() == 1
    assert rows(duo_db, "SELECT status FROM wegwijs.duo_aanmelding") == [("open",)]

    register = _take_up(qtbot, dialog)

    def line(name: str) -> QLineEdit:
        editor = register.fields[name].editor
        assert isinstance(editor, QLineEdit)
        return editor

    assert line("bsn").text() == BSN
    assert line("datum_start_plicht").text() == "10-01-2026"
    assert line("datum_melding_duo").text() == "12-01-2026"
    form = valid_form()
    for name in ("voornamen", "achternaam", "geboortedatum", "datum_vestiging"):
        line(name).clear()
        qtbot.keyClicks(line(name), form[name])
    register.prefill({"geslacht": "V", "land_herkomst": "ER", "voorkeurstaal": "ti"})
    (save,) = [b for b in register.findChildren(QPushButton) if b.text() == "Opslaan"]
    save.click()
    assert register.message.text() == "", register.message.text()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10000)
    assert "Opgenomen in het register" in dialog.message.text()
    (stored,) = laptop.store.conn.execute(
        "SELECT bsn, datum_start_plicht, indeling, achternaam FROM inburgeraar"
    ).fetchall()
    assert stored == (BSN, "2026-01-10", "Asielstatushouder", form["achternaam"])
    assert rows(duo_db, "SELECT status, door FROM wegwijs.duo_aanmelding") == [
        ("opgenomen", "km.ophalen")
    ]
    qtbot.wait(1000)  # the views refresh after the new dossier's broadcast, before the store closes


def test_cancelling_the_register_dialog_releases_the_aanmelding(
    qtbot, laptop: Laptop, duo_db: DuoDb, aanmelding: None, pg_cluster: Cluster, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, laptop, tmp_path / "laptop")
    assert not dialog.vrijgeven_knop.isEnabled()  # nobody has it

    def take_up() -> InburgeraarDialog:
        register = _take_up(qtbot, dialog)
        assert rows(duo_db, "SELECT status, door FROM wegwijs.duo_aanmelding") == [
            ("opgenomen", "km.ophalen")
        ]
        return register

    # cancelled: released at once, open for the gemeente again
    take_up().reject()
    qtbot.waitUntil(lambda: "Vrijgegeven" in dialog.message.text(), timeout=10000)
    assert rows(duo_db, "SELECT status, door FROM wegwijs.duo_aanmelding") == [("open", None)]
    assert dialog.table.item(0, 5).text() == ""  # type: ignore[union-attr]

    # cancelled while the server cannot be reached: a Dutch message, it stays with this
    # officer ("in behandeling bij" in the list), and "Vrijgeven" releases it later
    register = take_up()
    port = str(pg_cluster.port)
    laptop.store.conn.execute(
        "UPDATE sync_instelling SET server = replace(server, 'port=' || ?, 'port=1')", (port,)
    )
    register.reject()
    qtbot.waitUntil(lambda: "blijft bij u in behandeling" in dialog.message.text(), timeout=10000)
    assert "Vrijgeven" in dialog.message.text()
    assert rows(duo_db, "SELECT status, door FROM wegwijs.duo_aanmelding") == [
        ("opgenomen", "km.ophalen")
    ]
    assert dialog.table.item(0, 5).text().startswith("km.ophalen sinds ")  # type: ignore[union-attr]
    assert dialog.vrijgeven_knop.isEnabled()
    laptop.store.conn.execute(
        "UPDATE sync_instelling SET server = replace(server, 'port=1', 'port=' || ?)", (port,)
    )
    dialog.vrijgeven_knop.click()
    qtbot.waitUntil(lambda: "Vrijgegeven" in dialog.message.text(), timeout=10000)
    assert rows(duo_db, "SELECT status, door FROM wegwijs.duo_aanmelding") == [("open", None)]
    assert not dialog.vrijgeven_knop.isEnabled()
