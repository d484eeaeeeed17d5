"""Migrations are recorded by name: a file merged later with a lower number still runs, a store
from before names were recorded is carried over, and a store a newer Wegwijs migrated is refused."""

from __future__ import annotations

import pytest

from app.store import StoreLocation
from db.connection import open_database
from db.errors import StoreTooNewError
from db.migrate import APPLIED_TABLE
from db.migrations import Migration, load_migrations

KEY = "proefsleutel voor migraties"


def names(store) -> set[str]:  # type: ignore[no-untyped-def]
    return {r[0] for r in store.conn.execute(f"SELECT naam FROM {APPLIED_TABLE}")}


def tables(store) -> set[str]:  # type: ignore[no-untyped-def]
    return {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_a_lower_number_merged_later_still_runs(location: StoreLocation) -> None:
    base = load_migrations()
    later = Migration(9001, "9001_later.sql", ("CREATE TABLE later (id TEXT)",))
    store = open_database(location.path, KEY, create=True, migrations=[*base, later])
    assert store.schema_version == 9001
    store.close()
    # Another branch's file, numbered below 9001, lands after this store was migrated.
    lower = Migration(8999, "8999_lower.sql", ("CREATE TABLE lower_nr (id TEXT)",))
    store = open_database(
        location.path,
        KEY,
        backup_dir=location.backup_dir,
        migrations=sorted([*base, later, lower], key=lambda m: m.version),
    )
    assert "lower_nr" in tables(store) and "8999_lower.sql" in names(store)
    assert store.schema_version == 9001  # the highest number applied, not the last one
    store.close()
    assert list(location.backup_dir.glob("voor-migratie-*.db"))  # backed up first


def test_a_store_recorded_by_user_version_is_carried_over(location: StoreLocation) -> None:
    base = load_migrations()
    store = open_database(location.path, KEY, create=True, migrations=base)
    store.conn.execute(f"DROP TABLE {APPLIED_TABLE}")  # as a store made before names were kept
    store.close()
    extra = Migration(base[-1].version + 1, "extra.sql", ("CREATE TABLE extra (id TEXT)",))
    # Re-running the base files would fail (their tables exist): only the new one may run.
    store = open_database(location.path, KEY, migrations=[*base, extra])
    assert names(store) == {m.name for m in base} | {"extra.sql"}
    assert "extra" in tables(store) and store.schema_version == extra.version
    store.close()


def test_a_store_with_a_migration_this_version_does_not_know_is_refused(
    location: StoreLocation,
) -> None:
    base = load_migrations()
    newer = Migration(base[0].version, "0001_van_een_nieuwere_versie.sql", ("SELECT 1",))
    open_database(location.path, KEY, create=True, migrations=[*base, newer]).close()
    before = location.path.read_bytes()
    with pytest.raises(StoreTooNewError):
        open_database(location.path, KEY, migrations=base)
    assert location.path.read_bytes() == before


def test_a_failing_migration_records_nothing(location: StoreLocation) -> None:
    base = load_migrations()
    open_database(location.path, KEY, create=True, migrations=base).close()
    broken = Migration(9100, "9100_kapot.sql", ("CREATE TABLE half (a)", "SELECT * FROM nope"))
    with pytest.raises(Exception, match="nope"):
        open_database(location.path, KEY, migrations=[*base, broken])
    store = open_database(location.path, KEY, migrations=base)
    assert "9100_kapot.sql" not in names(store) and "half" not in tables(store)
    store.close()


def test_file_names_are_unique_and_numbered() -> None:
    found = load_migrations()
    assert len({m.name for m in found}) == len(found)
    assert all(m.name[:4] == f"{m.version:04d}" for m in found)
