"""A register field that exists only in tests: 'Huisarts', added to the catalogue with
monkeypatch and to the store with a temporary migration, nothing else. The tests that use it
prove that the catalogue alone drives the form, the store, the list, the JSON, the inzage, the
conflict labels, the dialog and the detail pane (docs/architecture.md, "Een veld toevoegen")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import db.connection
from app.inburgeraars import parsers, velden
from app.inburgeraars.veld import Detail, Kolom, Veld
from app.session import Session
from app.store import StoreLocation, create_store
from db.migrations import Migration, load_migrations
from tests.conftest import PASSPHRASE, TEST_KDF

HUISARTS = Veld(
    "huisarts",
    label="Huisarts",
    soort="tekst",
    parse=parsers.text(100),
    tab="Contact",
    hint="naam en plaats",
    kolom=Kolom(kop="Huisarts"),
    detail=Detail(groep="Contact"),
    inzage="Naam van de huisarts",
)
MIGRATION = Migration(
    189,
    "0189_test_huisarts.sql",
    ("ALTER TABLE inburgeraar ADD COLUMN huisarts TEXT NOT NULL DEFAULT ''",),
)


@pytest.fixture
def session_met_huisarts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Session]:
    monkeypatch.setattr(velden, "VELDEN", (*velden.VELDEN, HUISARTS))
    monkeypatch.setattr(db.connection, "load_migrations", lambda: [*load_migrations(), MIGRATION])
    data_dir = tmp_path / "huisarts"
    data_dir.mkdir()
    session = create_store(StoreLocation(data_dir), PASSPHRASE, kdf=TEST_KDF)
    yield session
    session.close()
