"""Applying the migrations of db/migrations/ to an open store: by name, in number order, each in
its own transaction, with a backup first when the store already had data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import StoreTooNewError
from db.migrations import Migration

if TYPE_CHECKING:
    from db.connection import Store


def _backup_before_migration(store: Store, backup_dir: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"voor-migratie-v{version}-{stamp}.db"
    store.copy_to(target)
    return target


APPLIED_TABLE = "schema_migratie"


def _applied_names(store: Store, migrations: list[Migration]) -> set[str]:
    """The names of the migrations this store has had. A store from before names were recorded
    (only ``user_version``) is carried over once: every migration up to that number counts as
    applied, as the old rule ``version > user_version`` did."""
    conn = store.conn
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (APPLIED_TABLE,)
    ).fetchone()
    if exists:
        return {str(r[0]) for r in conn.execute(f"SELECT naam FROM {APPLIED_TABLE}")}
    current = store.schema_version
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    carried = [m.name for m in migrations if m.version <= current]
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            f"CREATE TABLE {APPLIED_TABLE} (naam TEXT PRIMARY KEY, toegepast_op TEXT NOT NULL)"
        )
        conn.executemany(
            f"INSERT INTO {APPLIED_TABLE} (naam, toegepast_op) VALUES (?, ?)",
            [(name, stamp) for name in carried],
        )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return set(carried)


def migrate(store: Store, migrations: list[Migration], backup_dir: Path | None) -> None:
    """Apply, in number order, every migration whose name the store has not recorded, each in
    one transaction with its name. So a file merged later with a lower number than one already
    applied still runs. ``user_version`` keeps the highest number applied: an older Wegwijs that
    does not know it refuses the store (StoreTooNewError) instead of misreading it."""
    current = store.schema_version
    latest = max((m.version for m in migrations), default=0)
    if current > latest:
        raise StoreTooNewError(current, latest)
    fresh = current == 0
    applied = _applied_names(store, migrations)
    unknown = applied - {m.name for m in migrations}
    if unknown:  # applied by a newer Wegwijs, with a number this one also knows
        raise StoreTooNewError(current, latest)
    pending = [m for m in migrations if m.name not in applied]
    if not pending:
        return
    if not fresh and backup_dir is not None:
        _backup_before_migration(store, backup_dir, current)
    for migration in pending:
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(
                f"INSERT INTO {APPLIED_TABLE} (naam, toegepast_op) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            version = max(store.schema_version, migration.version)
            conn.execute(f"PRAGMA user_version = {version:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    _remake_sync_triggers(store)


def _remake_sync_triggers(store: Store) -> None:
    """A migration that rebuilt or widened a synced table dropped or outdated its change
    triggers; on a laptop that syncs they are made again at once, not at the next sync (a
    change made meanwhile would never reach the server)."""
    from db import sync_capture, sync_local

    conn = store.conn
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_uit'"
    ).fetchone():
        return
    if sync_local.settings(conn) is None:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        sync_capture.install_triggers(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
