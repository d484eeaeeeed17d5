"""The sign-in dialog offers a restore only to a beheerder, and never offers a new store where
a key file is (issue 12, items 2 and 6)."""

from __future__ import annotations

from pathlib import Path

from app.inburgeraars.service import InburgeraarService
from app.security import accounts, backup
from app.security.roles import Role
from app.store import StoreLocation, create_store
from tests.conftest import PASSPHRASE, TEST_KDF, TODAY, valid_form
from ui.unlock_dialog import UnlockDialog


def _damaged_with_klantmanager(location: StoreLocation) -> None:
    store = create_store(location, PASSPHRASE, "anouk", kdf=TEST_KDF)
    InburgeraarService(store).save(valid_form(), TODAY)
    accounts.add_account(store, "kim", "kims lange eigen zin", frozenset({Role.KLANTMANAGER}))
    backup.make_backup(store, location.data_dir / "backups")
    store.close()
    data = bytearray(location.path.read_bytes())
    data[5000:9000] = bytes(4000)
    location.path.write_bytes(bytes(data))


def test_a_klantmanager_is_not_offered_a_restore(qtbot, location: StoreLocation) -> None:  # type: ignore[no-untyped-def]
    _damaged_with_klantmanager(location)
    before = location.path.read_bytes()
    dialog = UnlockDialog(location)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user.setText("kim")
    qtbot.keyClicks(dialog.passphrase, "kims lange eigen zin")
    dialog.submit()
    qtbot.waitUntil(lambda: "beschadigd" in dialog.message.text(), timeout=15000)
    assert "Vraag de beheerder" in dialog.message.text()
    assert not dialog.restore_button.isVisible()
    assert location.path.read_bytes() == before


def test_a_missing_store_beside_a_key_file_is_not_offered_as_new(
    qtbot, location: StoreLocation
) -> None:  # type: ignore[no-untyped-def]
    create_store(location, PASSPHRASE, "anouk", kdf=TEST_KDF).close()
    keys = (location.data_dir / "sleutels.json").read_bytes()
    location.path.unlink()
    dialog = UnlockDialog(location)
    qtbot.addWidget(dialog)
    assert not dialog.creating
    assert dialog.user.text() == "anouk"
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: "nog geen gegevensbestand" in dialog.message.text(), timeout=15000)
    assert (location.data_dir / "sleutels.json").read_bytes() == keys
    assert not Path(location.path).exists()
