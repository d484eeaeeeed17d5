"""A large store skips the full integrity_check at sign-in (it takes seconds at 100,000
inburgeraars) and is checked in the background once the window shows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

import app.store
import ui.security
from app.session import Session
from app.store import StoreLocation, create_store, unlock
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch, location: StoreLocation) -> StoreLocation:
    create_store(location, PASSPHRASE).close()
    monkeypatch.setattr(app.store, "INLINE_CHECK_MAX_BYTES", 0)  # every store counts as large
    monkeypatch.setattr(ui.security, "INTEGRITY_DELAY_MS", 0)
    return location


def test_small_store_is_checked_while_signing_in(location: StoreLocation) -> None:
    create_store(location, PASSPHRASE).close()
    store = unlock(location, PASSPHRASE)
    assert store.integrity_checked
    store.close()


def test_large_store_is_checked_after_the_window_shows(qtbot, large: StoreLocation) -> None:  # type: ignore[no-untyped-def]
    store = unlock(large, PASSPHRASE)
    assert not store.integrity_checked
    window = MainWindow(store, large.data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: store.integrity_checked, timeout=10_000)
    assert "in orde" in window.statusBar().currentMessage()
    store.close()


def test_damage_found_later_is_said_plainly(qtbot, large: StoreLocation, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(Session, "integrity_problems_in_worker", lambda _s: ["page 7: fout"])
    store = unlock(large, PASSPHRASE)
    window = MainWindow(store, large.data_dir)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "niets overschreven" in shown[0] and "back-up" in shown[0]
    assert not store.integrity_checked
    store.close()
    assert large.path.exists()  # nothing replaced or removed
