from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import Qt

from app.demo.inburgeraars import generate_inburgeraars
from app.inburgeraars.model import fold
from app.inburgeraars.service import InburgeraarService
from app.store import StoreLocation
from tests.conftest import PASSPHRASE, TODAY, finish
from tests.ui.search_helpers import type_search
from ui.main_window import MainWindow
from ui.unlock_dialog import UnlockDialog


def test_search_filter_and_detail(qtbot, inburgeraars: InburgeraarService, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    inburgeraars.insert_many(generate_inburgeraars(80, random.Random(3), TODAY))
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 80
    assert "80 inburgeraars" in window.count_label.text()
    target = window.model.rows[10]
    type_search(qtbot, window, target.achternaam)
    term = fold(target.achternaam)
    assert all(term in fold(f"{r.naam} {r.bsn} {r.v_nummer}") for r in window.model.rows)
    assert window.model.row_of(target.id) >= 0
    window.select(target.id)
    assert window.detail.inburgeraar is not None and window.detail.inburgeraar.id == target.id
    window.search.clear()
    window.gemeente.set_code("0294")
    assert window.model.rows and all(r.gemeentecode == "0294" for r in window.model.rows)


def test_shortcuts_and_new_inburgeraar_flow(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    dialog = window.new_inburgeraar()
    from tests.conftest import valid_form

    form = valid_form()
    for name in ("voornamen", "achternaam", "geboortedatum", "bsn"):
        dialog._line(name).setText(form[name])
    for name in ("geslacht", "doelgroep", "land_herkomst", "voorkeurstaal", "gemeentecode"):
        dialog._combo(name).set_code(form[name])
    dialog.talen[0].taal.set_code("ti")
    dialog.talen[0].niveau.set_code("moedertaal")
    with qtbot.waitSignal(window.changed):
        dialog.submit()
    assert window.model.rowCount() == 1
    assert window.detail.inburgeraar is not None and window.detail.inburgeraar.bsn == "999990019"
    assert window.selected_id() == window.detail.inburgeraar.id


def test_layout_is_remembered(qtbot, inburgeraars: InburgeraarService, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)
    window.table.setColumnWidth(0, 333)
    window.save_layout()
    again = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(again)
    assert again.table.columnWidth(0) == 333
    assert again.size().width() == 700


def test_unlock_dialog_new_store(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(StoreLocation(data_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.creating
    dialog.submit()
    assert "accountnaam" in dialog.message.text()
    qtbot.keyClicks(dialog.user, "anouk")
    qtbot.keyClicks(dialog.passphrase, "kort")
    assert "Te kort" in dialog.hint.text()
    dialog.submit()
    assert "Te kort" in dialog.message.text()
    assert not (data_dir / "wegwijs.db").exists()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE + "x")
    dialog.submit()
    assert "niet gelijk" in dialog.message.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10000):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.session is not None
    assert dialog.session.actor.naam == "anouk"
    assert {r.value for r in dialog.session.actor.rollen} == {
        "beheerder",
        "klantmanager",
        "coordinator",
    }
    dialog.session.close()


def test_unlock_dialog_wrong_then_right(qtbot, location: StoreLocation) -> None:  # type: ignore[no-untyped-def]
    from app.store import create_store

    create_store(location, PASSPHRASE).close()
    before = location.path.read_bytes()
    dialog = UnlockDialog(location)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.creating
    qtbot.keyClicks(dialog.passphrase, "helemaal verkeerd")
    dialog.submit()
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text(), timeout=10000)
    assert location.path.read_bytes() == before
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10000):
        dialog.submit()
    assert dialog.session is not None
    dialog.session.close()


def test_gemeente_dialog_adds_and_refuses(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    dialog = window.manage_gemeenten()
    assert dialog.list.count() == 8
    qtbot.keyClicks(dialog.naam, "Amsterdam")
    qtbot.keyClicks(dialog.code, "363")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "4 cijfers" in dialog.fields["code"].error.text()
    assert dialog.list.count() == 8
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "0363")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 9
    assert window.gemeente.findData("0363") >= 0
    qtbot.keyClicks(dialog.naam, "Dubbel")
    qtbot.keyClicks(dialog.code, "0294")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "Winterswijk" in dialog.fields["code"].error.text()


def test_empty_store_offers_demo_data(
    qtbot, inburgeraars: InburgeraarService, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(window)
    assert window.demo_action.isEnabled()
    assert "Nog geen inburgeraars" in window.statusBar().currentMessage()
    finish(qtbot, window.load_demo())
    assert window.model.rowCount() > 0
    assert not window.demo_action.isEnabled()
