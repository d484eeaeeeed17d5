from __future__ import annotations

import json
from datetime import date

import pytest

from app.inburgeraars.service import InburgeraarService
from app.security import audit
from app.security.retention import (
    RetentionService,
    due_for_deletion,
    einde_plicht_standaard,
    inzage,
    inzage_json,
)
from db.connection import Store
from tests.conftest import TODAY, valid_form


def _inburgeraar(inburgeraars: InburgeraarService, start: str, suffix: str, bsn: str = "") -> str:
    form = valid_form(datum_start_plicht=start, bsn=bsn, v_nummer="", achternaam="Proef" + suffix)
    form["datum_melding_duo"] = start
    form["datum_vestiging"] = start
    return inburgeraars.save(form, TODAY).id or ""


def test_due_dates_pure() -> None:
    rows = [
        {"id": "a", "gemeentecode": "0294", "klantmanager": "", "datum_start_plicht": "2017-06-01"},
        {"id": "b", "gemeentecode": "0294", "klantmanager": "", "datum_start_plicht": "2019-01-01"},
        {"id": "c", "gemeentecode": "0294", "klantmanager": "", "datum_start_plicht": None},
    ]
    due = due_for_deletion(rows, date(2025, 6, 1), 5, einde_plicht_standaard)
    assert [c.id for c in due] == ["a"]  # plicht ended 2020-06-01, +5 years = 2025-06-01
    assert due[0].einde_plicht == date(2020, 6, 1)
    assert due_for_deletion(rows, date(2025, 5, 31), 5, einde_plicht_standaard) == []
    # a configurable term; and a PIP-provided end date can be plugged in
    assert [c.id for c in due_for_deletion(rows, date(2025, 6, 1), 2, einde_plicht_standaard)] == [
        "a",
        "b",
    ]
    assert due_for_deletion(rows, date(2025, 6, 1), 5, lambda r: None) == []


def _extra_table(store: Store) -> None:
    """A table of another part, unknown to this code: found through its inburgeraar_id."""
    store.store.conn.execute(
        "CREATE TABLE proef_antwoord (id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT, "
        "version INTEGER, inburgeraar_id TEXT REFERENCES inburgeraar (id), antwoord TEXT)"
    )
    store.store.conn.execute(
        "CREATE TABLE proef_bijlage (id TEXT PRIMARY KEY, antwoord_id TEXT "
        "REFERENCES proef_antwoord (id), inhoud TEXT)"
    )


def test_delete_removes_everything_for_good_leaving_one_audit_line(
    store: Store, inburgeraars: InburgeraarService
) -> None:
    _extra_table(store)
    old = _inburgeraar(inburgeraars, "01-01-2022", "a", bsn="999990019")
    recent = _inburgeraar(inburgeraars, "01-01-2024", "b")
    for cid in (old, recent):
        store.store.conn.execute(
            "INSERT INTO proef_antwoord VALUES (?, 'x', 'x', 1, ?, 'gezondheid: geheim')",
            (cid + "-ant", cid),
        )
        store.store.conn.execute(
            "INSERT INTO proef_bijlage VALUES (?, ?, 'bijlage')", (cid + "-bij", cid + "-ant")
        )
    service = RetentionService(store)
    today = date(2030, 1, 1)  # plicht 2022 → ended 2025 → due 01-01-2030
    assert [c.id for c in service.candidates(today)] == [old]
    with pytest.raises(ValueError, match="nog niet"):
        service.delete([recent], today)
    assert service.delete([old], today) == 1
    for table in ("inburgeraar", "inburgeraar_taal", "proef_antwoord"):
        ids = [r[0] for r in store.store.conn.execute(f"SELECT * FROM {table}")]
        assert not any(old in str(i) for i in ids)
    assert store.store.conn.execute("SELECT count(*) FROM proef_bijlage").fetchone()[0] == 1
    assert inburgeraars.total() == 1
    last = audit.recent(store, 1)[0]
    assert (last["actie"], last["object_id"]) == ("verwijderd (bewaartermijn)", old)
    assert audit.verify(store) == []
    assert store.store.integrity_problems() == []


def test_inzage_exports_every_table_about_one_newcomer(
    store: Store, inburgeraars: InburgeraarService
) -> None:
    _extra_table(store)
    cid = _inburgeraar(inburgeraars, "01-01-2024", "a", bsn="999990019")
    other = _inburgeraar(inburgeraars, "01-01-2024", "b")
    store.store.conn.execute(
        "INSERT INTO proef_antwoord VALUES ('ant', 'x', 'x', 1, ?, 'mijn antwoord')", (cid,)
    )
    store.store.conn.execute("INSERT INTO proef_bijlage VALUES ('bij', 'ant', 'de bijlage')")
    data = json.loads(inzage_json(store, cid))
    tables = data["tabellen"]
    assert tables["inburgeraar"][0]["bsn"] == "999990019"
    assert len(tables["inburgeraar_taal"]) == 2
    assert tables["proef_antwoord"][0]["antwoord"] == "mijn antwoord"
    assert tables["proef_bijlage"][0]["inhoud"] == "de bijlage"
    assert other not in json.dumps(data)
    assert audit.recent(store, 1)[0]["actie"] == "inzage geëxporteerd"
    with pytest.raises(KeyError):
        inzage(store, "bestaat-niet")
