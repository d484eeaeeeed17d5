"""A dossier deleted for retention is gone from every copy the app keeps; copies it cannot
clean are deleted after 30 days (issue 12, item 15)."""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from app.inburgeraars.service import InburgeraarService
from app.security import backup
from app.security.retention import RetentionService
from app.security.retention_copies import MAX_COPY_AGE_DAYS, known_copies
from app.store import StoreLocation
from db.connection import Store, open_database
from db.errors import StoreError
from tests.conftest import TODAY, valid_form


def _old_inburgeraar(store: Store) -> str:
    form = valid_form(bsn="", v_nummer="", achternaam="Vergeten", datum_start_plicht="01-01-2022")
    form["datum_melding_duo"] = form["datum_vestiging"] = "01-01-2022"
    return InburgeraarService(store).save(form, TODAY).id or ""


def _holds(path: Path, key: object, inburgeraar_id: str) -> bool:
    try:
        copy = open_database(path, key)  # type: ignore[arg-type]
    except StoreError:
        return False
    try:
        row = copy.conn.execute("SELECT count(*) FROM inburgeraar WHERE id = ?", (inburgeraar_id,))
        return bool(row.fetchone()[0])
    finally:
        copy.abandon()


def test_thirty_days_after_a_purge_no_file_holds_the_person(
    store: Store, location: StoreLocation
) -> None:
    gone = _old_inburgeraar(store)
    folder = location.data_dir / "backups"
    backup.run_automatic(store, folder, datetime(2026, 11, 30, 9))
    backup.make_backup(store, folder, datetime(2026, 11, 30, 10))
    replaced = location.data_dir / "wegwijs-vervangen-20261101-090000.db"
    store.store.copy_to(replaced)
    foreign = folder / "voor-migratie-v5-20260101T000000Z.db"
    foreign.write_bytes(os.urandom(8192))  # a copy under an earlier key: cannot be cleaned
    key = store.store.raw_key
    assert _holds(replaced, key, gone)

    assert RetentionService(store).delete([gone], date(2030, 1, 1), 5) == 1
    copies = known_copies(location.data_dir, folder)
    assert len(copies) == 5
    assert [c for c in copies if _holds(c, key, gone)] == []
    assert foreign.exists()

    later = datetime.now() + timedelta(days=MAX_COPY_AGE_DAYS + 1)
    old = time.time() - 86400 * (MAX_COPY_AGE_DAYS + 1)
    os.utime(foreign, (old, old))
    backup.run_automatic(store, folder, later)
    assert not foreign.exists()
    for path in [location.path, *known_copies(location.data_dir, folder)]:
        assert not _holds(path, key, gone), path
    # nothing else in the folder is a store holding the person
    for path in location.data_dir.rglob("*"):
        if path.is_file() and path.suffix == ".db":
            assert not _holds(path, key, gone), path
