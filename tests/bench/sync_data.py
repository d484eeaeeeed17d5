"""A regional server filled in bulk with SQL (generate_series), as if laptops had pushed it:
N dossiers of one gemeente, each with an intake and its answers."""

from __future__ import annotations

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
    "gemeentecode": "gem",
    "status": "'intake'",
    "zoeksleutel": "'selam bulk ' || g",
    "sorteernaam": "'bulk ' || g",
}


def fill(conn: Any, n: int, answers: int, gemeente: str = "0294", start: int = 0) -> None:
    """Dossiers start+1 .. start+n; ids md5-derived, one sequence number per dossier."""
    conn.execute("SET synchronous_commit = off")
    # zicht (server migration 0005) is written here directly: its triggers, one lookup per
    # row, would make filling 100,000 dossiers take minutes
    conn.execute("SET session_replication_role = replica")
    rng = (start + 1, start + n)
    conn.execute(
        "INSERT INTO wegwijs.sync_dossier (id, gemeentecode)"
        " SELECT md5('i' || g)::uuid::text, %s::text FROM generate_series(%s::int, %s::int) g",
        (gemeente, *rng),
    )
    rows = [("inburgeraar", "md5('i' || g)::uuid::text", "md5('i' || g)::uuid::text")]
    rows.append(("intake", "md5('k' || g)::uuid::text", "md5('i' || g)::uuid::text"))
    for t, rid, dossier in rows:
        conn.execute(
            "INSERT INTO wegwijs.sync_row (tabel, row_id, scope, dossier_id, seq, coord, zicht)"
            f" SELECT %s::text, {rid}, 'dossier', {dossier}, g, %s::boolean, %s::text"
            " FROM generate_series(%s::int, %s::int) g",
            (t, t == "inburgeraar", gemeente, *rng),
        )
    conn.execute(
        "INSERT INTO wegwijs.sync_row (tabel, row_id, scope, dossier_id, seq, zicht)"
        " SELECT 'intake_antwoord', md5('a' || g || '.' || q)::uuid::text, 'dossier',"
        " md5('i' || g)::uuid::text, g, %s::text FROM generate_series(%s::int, %s::int) g,"
        " generate_series(1, %s::int) q",
        (gemeente, *rng, answers),
    )
    common = "g, gen_random_uuid(), 'bulk', 'bulk', 'dossier', md5('i' || g)::uuid::text, x.gem"
    gem = "(SELECT %s::text AS gem) x"
    for veld, expr in INBURGERAAR.items():
        conn.execute(
            "INSERT INTO wegwijs.sync_field (tabel, row_id, veld, waarde, seq, change_id,"
            " apparaat, officer, scope, dossier_id, zicht, coord)"
            " SELECT 'inburgeraar', md5('i' || g)::uuid::text, %s::text,"
            f" to_jsonb(({expr})::text), {common},"
            f" true FROM generate_series(%s::int, %s::int) g, {gem}",
            (veld, *rng, gemeente),
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
            f" FROM generate_series(%s::int, %s::int) g, {gem}",
            (veld, *rng, gemeente),
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
            f" FROM generate_series(%s::int, %s::int) g, generate_series(1, %s::int) q, {gem}",
            (veld, *rng, answers, gemeente),
        )
    conn.execute(
        "SELECT setval('wegwijs.sync_seq', greatest(%s::bigint, (SELECT last_value FROM"
        " wegwijs.sync_seq)))",
        (start + n + 1,),
    )
    conn.execute("SET session_replication_role = DEFAULT")
    conn.execute("ANALYZE")
