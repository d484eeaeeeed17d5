"""The laptop's change capture: triggers on every synced table, quiet while applying pulls."""

from __future__ import annotations

import json

from app.inburgeraars.service import InburgeraarService
from db import sync_capture, sync_local
from db.connection import Store
from tests.conftest import valid_form


def _outbox(store: Store) -> list[tuple[str, str, str | None]]:
    return [
        (r[0], r[1], r[2])
        for r in store.store.conn.execute("SELECT tabel, op, veld FROM sync_uit ORDER BY volgnr")
    ]


def test_every_write_is_captured_per_field_and_quiet_mode_is_silent(store: Store) -> None:
    with store.store.transaction() as conn:
        assert sync_capture.install_triggers(conn) > 0
        assert sync_capture.install_triggers(conn) == 0  # already right: left alone
    inburgeraar = InburgeraarService(store).save(valid_form())
    inserts = [o for o in _outbox(store) if o[1] == "insert"]
    assert ("inburgeraar", "insert", None) in inserts
    row = json.loads(
        store.store.conn.execute(
            "SELECT waarde FROM sync_uit WHERE tabel = 'inburgeraar'"
        ).fetchone()[0]
    )
    assert row["bsn"] == "999990019" and "updated_at" not in row and "version" not in row
    store.store.conn.execute("DELETE FROM sync_uit")
    with store.store.transaction() as conn:
        conn.execute(
            "UPDATE inburgeraar SET telefoon = 'x', email = email WHERE id = ?", (inburgeraar.id,)
        )
    assert _outbox(store) == [("inburgeraar", "set", "telefoon")]  # only what really changed
    store.store.conn.execute("DELETE FROM sync_uit")
    with store.store.transaction() as conn:
        sync_capture.quiet(conn, True)
        conn.execute("UPDATE inburgeraar SET telefoon = 'y' WHERE id = ?", (inburgeraar.id,))
        sync_capture.quiet(conn, False)
    assert _outbox(store) == []
    with store.store.transaction() as conn:  # a cascade reaches the children's triggers too
        conn.execute("DELETE FROM inburgeraar WHERE id = ?", (inburgeraar.id,))
    assert ("inburgeraar", "delete", None) in _outbox(store)
    assert ("inburgeraar_taal", "delete", None) in _outbox(store)


def test_a_column_added_by_a_later_migration_is_captured(store: Store) -> None:
    with store.store.transaction() as conn:
        sync_capture.install_triggers(conn)
        conn.execute("ALTER TABLE gemeente ADD COLUMN website TEXT")
        assert sync_capture.install_triggers(conn) == 2  # its insert and update triggers
        conn.execute("UPDATE gemeente SET website = 'https://example.nl' WHERE code = '0294'")
    assert ("gemeente", "set", "website") in _outbox(store)


def test_outbox_keeps_only_the_last_edit_and_drops_rows_made_and_removed(store: Store) -> None:
    with store.store.transaction() as conn:
        sync_capture.install_triggers(conn)
    inburgeraar = InburgeraarService(store).save(valid_form())
    for phone in ("1", "2", "3"):
        with store.store.transaction() as conn:
            conn.execute(
                "UPDATE inburgeraar SET telefoon = ? WHERE id = ?", (phone, inburgeraar.id)
            )
    with store.store.transaction() as conn:
        sync_local.compact_outbox(conn)
    sets = store.store.conn.execute("SELECT waarde FROM sync_uit WHERE op = 'set'").fetchall()
    assert sets == [('"3"',)]
    with store.store.transaction() as conn:
        conn.execute("DELETE FROM inburgeraar WHERE id = ?", (inburgeraar.id,))
        sync_local.compact_outbox(conn)
    assert not [o for o in _outbox(store) if o[0] in ("inburgeraar", "inburgeraar_taal")]
