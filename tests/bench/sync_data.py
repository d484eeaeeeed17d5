"""A regional server filled in bulk with SQL (generate_series), as if laptops had pushed it:
N dossiers of one gemeente, each with an intake and its answers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

INBURGERAAR = {
    "created_at": "'2026-01-01T00:00:00.000+00:00'",
    "voornamen": "'Selam'",
    "voorvoegsel": "''",
    "achternaam": "'Bulk ' || g",
    "geboortedatum": "'1990-01-01'",
    "geslacht": "'V'",
    "doelgroep": "'Asielstatushouder'",
    "land_herkomst": "'ER'",
    "voorkeurstaal": "'ti'",
    "gemeentecode": "gem",  # the gemeente expression of fill()
    "status": "'intake'",
    "zoeksleutel": "'selam bulk ' || g",
    "sorteernaam": "'bulk ' || g",
}


def fill(
    conn: Any,
    n: int,
    answers: int,
    gemeente: str | None = "0294",
    start: int = 0,
    codes_from: int = 0,
    more: Sequence[tuple[int, str | None]] = (),
) -> None:
    """Dossiers start+1 .. start+n; ids md5-derived, one sequence number per dossier.

    *gemeente* None spreads them over the country's 345 municipalities, codes
    codes_from+1 .. codes_from+345 (dossier g in gemeente codes_from + g mod 345 + 1).
    *more*: further (count, gemeente) parts after these, filled in the same bulk load."""
    conn.execute("SET synchronous_commit = off")
    # zicht (server migration 0005) is written here directly: its triggers, one lookup per
    # row, would make filling 100,000 dossiers take minutes
    conn.execute("SET session_replication_role = replica")
    conn.execute("SET maintenance_work_mem = '256MB'")
    # the indexes and keys are built once afterwards (as the migrations define them), not
    # grown row by row in random key order: that is most of the time at 100,000 dossiers
    tables = (
        "('wegwijs.sync_field'::regclass, 'wegwijs.sync_row'::regclass,"
        " 'wegwijs.sync_dossier'::regclass)"
    )
    keys = conn.execute(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
        f" WHERE conrelid IN {tables} AND contype IN ('p', 'u')"
    ).fetchall()
    indexes = conn.execute(
        "SELECT 'wegwijs.' || c.relname, pg_get_indexdef(c.oid) FROM pg_index i"
        " JOIN pg_class c ON c.oid = i.indexrelid"
        f" WHERE i.indrelid IN {tables} AND NOT EXISTS ("
        " SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
    ).fetchall()
    for name, _definition in indexes:
        conn.execute(f"DROP INDEX {name}")
    for table, name, _definition in keys:
        conn.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    parts = [(n, gemeente), *more]
    first = start
    for count, code in parts:
        _insert(conn, count, answers, _gemeente_sql(code, codes_from), first)
        first += count
    conn.execute(
        "SELECT setval('wegwijs.sync_seq', greatest(%s::bigint, (SELECT last_value FROM"
        " wegwijs.sync_seq)))",
        (first + 1,),
    )
    for table, name, definition in keys:
        conn.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
    for _name, definition in indexes:
        conn.execute(definition)
    conn.execute("SET session_replication_role = DEFAULT")
    conn.execute("VACUUM ANALYZE")


def _gemeente_sql(gemeente: str | None, codes_from: int) -> str:
    if gemeente is None:
        return f"lpad(({int(codes_from)} + mod(g, 345) + 1)::text, 4, '0')"
    if gemeente.isdigit() and len(gemeente) == 4:
        return f"'{gemeente}'::text"
    raise ValueError(gemeente)


def _insert(conn: Any, n: int, answers: int, gem: str, start: int) -> None:
    rng = (start + 1, start + n)
    series = "generate_series(%s::int, %s::int) g"
    conn.execute(
        "INSERT INTO wegwijs.sync_dossier (id, gemeentecode)"
        f" SELECT md5('i' || g)::uuid::text, {gem} FROM {series}",
        rng,
    )
    rows = [("inburgeraar", "md5('i' || g)::uuid::text", "md5('i' || g)::uuid::text")]
    rows.append(("intake", "md5('k' || g)::uuid::text", "md5('i' || g)::uuid::text"))
    for t, rid, dossier in rows:
        conn.execute(
            "INSERT INTO wegwijs.sync_row (tabel, row_id, scope, dossier_id, seq, coord, zicht)"
            f" SELECT %s::text, {rid}, 'dossier', {dossier}, g, %s::boolean, {gem}"
            f" FROM {series}",
            (t, t == "inburgeraar", *rng),
        )
    conn.execute(
        "INSERT INTO wegwijs.sync_row (tabel, row_id, scope, dossier_id, seq, zicht)"
        " SELECT 'intake_antwoord', md5('a' || g || '.' || q)::uuid::text, 'dossier',"
        f" md5('i' || g)::uuid::text, g, {gem} FROM {series}, generate_series(1, %s::int) q",
        (*rng, answers),
    )
    common = f"g, gen_random_uuid(), 'bulk', 'bulk', 'dossier', md5('i' || g)::uuid::text, {gem}"
    for veld, expr in INBURGERAAR.items():
        conn.execute(
            "INSERT INTO wegwijs.sync_field (tabel, row_id, veld, waarde, seq, change_id,"
            " apparaat, officer, scope, dossier_id, zicht, coord)"
            " SELECT 'inburgeraar', md5('i' || g)::uuid::text, %s::text,"
            f" to_jsonb(({gem if expr == 'gem' else expr})::text), {common}, true FROM {series}",
            (veld, *rng),
        )
    intake = {
        "created_at": "'2026-01-01T00:00:00.000+00:00'::text",
        "inburgeraar_id": "md5('i' || g)::uuid::text",
        "definitie_versie": "1",
    }
    for veld, expr in intake.items():
        conn.execute(
            "INSERT INTO wegwijs.sync_field (tabel, row_id, veld, waarde, seq, change_id,"
            " apparaat, officer, scope, dossier_id, zicht)"
            f" SELECT 'intake', md5('k' || g)::uuid::text, %s::text, to_jsonb({expr}), {common}"
            f" FROM {series}",
            (veld, *rng),
        )
    answer = {
        "created_at": "'2026-01-01T00:00:00.000+00:00'::text",
        "intake_id": "md5('k' || g)::uuid::text",
        "vraag_id": "'vraag.' || q",
        "waarde": "'\"ja\"'::text",
        "definitie_versie": "1",
    }
    for veld, expr in answer.items():
        conn.execute(
            "INSERT INTO wegwijs.sync_field (tabel, row_id, veld, waarde, seq, change_id,"
            " apparaat, officer, scope, dossier_id, zicht)"
            f" SELECT 'intake_antwoord', md5('a' || g || '.' || q)::uuid::text, %s::text,"
            f" to_jsonb({expr}), {common}"
            f" FROM {series}, generate_series(1, %s::int) q",
            (veld, *rng, answers),
        )
