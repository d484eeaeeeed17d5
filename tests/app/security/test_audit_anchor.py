"""The audit chain is keyed and its head anchored outside the store (issue 12, item 9): edit
and re-chain, delete the newest lines, delete all, append a forged line: each is found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.inburgeraars.service import InburgeraarService
from app.security import audit, backup
from app.security.anchors import MANIFEST_SUFFIX, anchor_in_key_file
from app.session import Session
from app.store import StoreLocation, unlock
from db.audit import AuditRepository
from tests.conftest import PASSPHRASE, TODAY, valid_form


def _tamper(store: Session, *sql: str) -> None:
    """What someone with the store key and a SQLite tool could do: drop the guards, edit."""
    store.store.conn.execute("DROP TRIGGER audit_regel_geen_wijziging")
    store.store.conn.execute("DROP TRIGGER audit_regel_geen_verwijdering")
    for statement in sql:
        store.store.conn.execute(statement)


@pytest.fixture
def busy(store: Session) -> Session:
    """40 lines, the head anchored in the key file (as at every sign-in and backup)."""
    inburgeraars = InburgeraarService(store)
    for i in range(13):
        made = inburgeraars.save(
            valid_form(bsn="", v_nummer="", achternaam="Proef" + "abcdefghijklm"[i]), TODAY
        )
        inburgeraars.get(made.id or "")
        inburgeraars.record("afgedrukt", made.id or "")
    anchor_in_key_file(store.store)
    assert audit.head(store.store).volgnummer >= 40
    assert audit.verify(store) == []
    return store


def _rechain_with_sha(store: Session, start: int) -> None:
    """Recompute every hash from *start* on, as the old plain SHA-256 chain allowed."""
    lines = AuditRepository(store.store.conn).all()
    previous = lines[start - 2]["hash"] if start > 1 else audit.GENESIS
    for line in lines[start - 1 :]:
        line["vorige_hash"] = previous
        line["hash"] = audit.line_hash(line)
        store.store.conn.execute(
            "UPDATE audit_regel SET vorige_hash = ?, hash = ?, actie = ? WHERE volgnummer = ?",
            (line["vorige_hash"], line["hash"], line["actie"], line["volgnummer"]),
        )
        previous = line["hash"]


def test_an_edited_and_rechained_line_is_found(busy: Session) -> None:
    _tamper(busy, "UPDATE audit_regel SET actie = 'niets' WHERE volgnummer = 10")
    _rechain_with_sha(busy, 10)
    findings = audit.verify(busy)
    assert findings and "Regel 10 is na het schrijven veranderd." in [f.message for f in findings]


def test_a_chain_rechained_with_the_stolen_key_breaks_the_anchor(busy: Session) -> None:
    key, _ = AuditRepository(busy.store.conn).key() or (b"", 0)
    _tamper(busy, "UPDATE audit_regel SET actie = 'niets' WHERE volgnummer = 10")
    lines = AuditRepository(busy.store.conn).all()
    previous = lines[8]["hash"]
    for line in lines[9:]:
        line["vorige_hash"] = previous
        line["hash"] = audit.line_hash(line, key)
        busy.store.conn.execute(
            "UPDATE audit_regel SET vorige_hash = ?, hash = ? WHERE volgnummer = ?",
            (line["vorige_hash"], line["hash"], line["volgnummer"]),
        )
        previous = line["hash"]
    messages = [f.message for f in audit.verify(busy)]
    assert any("klopt niet met het anker in het sleutelbestand" in m for m in messages)


def test_deleting_the_newest_20_lines_is_found(busy: Session) -> None:
    newest = audit.head(busy.store).volgnummer
    _tamper(busy, f"DELETE FROM audit_regel WHERE volgnummer > {newest - 20}")
    messages = [f.message for f in audit.verify(busy)]
    assert any("ingekort" in m and f"regel {newest}" in m for m in messages)


def test_deleting_every_line_is_found(busy: Session) -> None:
    _tamper(busy, "DELETE FROM audit_regel")
    assert any("ingekort" in f.message for f in audit.verify(busy))


def test_a_forged_line_appended_is_found(busy: Session) -> None:
    last = AuditRepository(busy.store.conn).last()
    assert last is not None
    forged = {
        **last,
        "volgnummer": last["volgnummer"] + 1,
        "actie": "vals",
        "vorige_hash": last["hash"],
    }
    forged["hash"] = audit.line_hash(forged)  # without the key
    AuditRepository(busy.store.conn).append(forged)
    assert [f.volgnummer for f in audit.verify(busy)] == [forged["volgnummer"]]


def test_a_truncated_chain_never_moves_the_anchor_back(
    busy: Session, location: StoreLocation
) -> None:
    newest = audit.head(busy.store).volgnummer
    _tamper(busy, f"DELETE FROM audit_regel WHERE volgnummer > {newest - 5}")
    busy.close()
    again = unlock(location, PASSPHRASE)  # a sign-in writes a new line and moves the anchor…
    try:
        keys = json.loads((location.data_dir / "sleutels.json").read_text("utf-8"))
        assert keys["audit_anker"]["volgnummer"] == newest  # …but not over the evidence
        assert any("ingekort" in f.message for f in audit.verify(again))
    finally:
        again.close()


def test_every_backup_carries_a_manifest_with_the_head(busy: Session, tmp_path: Path) -> None:
    made = backup.make_backup(busy, tmp_path / "b")
    manifest = json.loads(made.with_name(made.name + MANIFEST_SUFFIX).read_text("utf-8"))
    line = AuditRepository(busy.store.conn).at(manifest["volgnummer"])
    assert line is not None and line["hash"] == manifest["hash"]
    head = audit.head(busy.store)
    assert audit.lines_since(busy.store, head.volgnummer - 3)[-1]["hash"] == head.hash
    assert [x["volgnummer"] for x in audit.lines_since(busy.store, head.volgnummer - 3)] == [
        head.volgnummer - 2,
        head.volgnummer - 1,
        head.volgnummer,
    ]
