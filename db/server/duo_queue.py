"""SQL of the DUO gateway's queues and DUO facts on the regional server (schema wegwijs).

All functions take a psycopg async connection; the caller owns the transaction. Claiming uses
``FOR UPDATE SKIP LOCKED``: two gateway processes never send the same melding at once, and a
gateway killed mid-send leaves its rows unlocked and unchanged, to be sent again (same
berichtId).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb


@dataclass(frozen=True)
class Uitgaand:
    id: int
    bericht_id: str
    gemeentecode: str
    dossier_id: str | None
    onderwerp_id: str | None
    soort: str
    methode: str
    pad: str
    inhoud: Any
    pogingen: int


@dataclass(frozen=True)
class Inkomend:
    bericht_id: str
    gemeentecode: str
    gebeurtenis_id: str
    bsn: str | None
    registratie: datetime
    pogingen: int


async def enqueue(
    conn: AsyncConnection[Any],
    *,
    gemeentecode: str,
    soort: str,
    methode: str,
    pad: str,
    inhoud: Any,
    dossier_id: str | None = None,
    onderwerp_id: str | None = None,
) -> str:
    """Queue a melding; returns its berichtId (the existing one when already queued)."""
    bericht_id = str(uuid.uuid4())
    cur = await conn.execute(
        "INSERT INTO wegwijs.duo_uitgaand (bericht_id, gemeentecode, dossier_id, onderwerp_id,"
        " soort, methode, pad, inhoud) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
        " ON CONFLICT (soort, onderwerp_id) WHERE onderwerp_id IS NOT NULL DO NOTHING"
        " RETURNING bericht_id",
        (
            bericht_id,
            gemeentecode,
            dossier_id,
            onderwerp_id,
            soort,
            methode,
            pad,
            None if inhoud is None else Jsonb(inhoud),
        ),
    )
    row = await cur.fetchone()
    if row is not None:
        return str(row[0])
    cur = await conn.execute(
        "SELECT bericht_id FROM wegwijs.duo_uitgaand WHERE soort = %s AND onderwerp_id = %s",
        (soort, onderwerp_id),
    )
    existing = await cur.fetchone()
    assert existing is not None
    return str(existing[0])


async def claim_uitgaand(conn: AsyncConnection[Any], limit: int) -> list[Uitgaand]:
    """Lock up to *limit* meldingen due now (oldest first) for this transaction."""
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT id, bericht_id::text, gemeentecode, dossier_id, onderwerp_id, soort, methode,"
        " pad, inhoud, pogingen FROM wegwijs.duo_uitgaand"
        " WHERE status = 'wachtend' AND volgende_poging <= now()"
        " ORDER BY volgende_poging, id LIMIT %s FOR UPDATE SKIP LOCKED",
        (limit,),
    )
    return [Uitgaand(**row) for row in await cur.fetchall()]


@dataclass(frozen=True)
class Afloop:
    """DUO's answer to one melding; with *retry_in_seconds* it stays 'wachtend'."""

    row_id: int
    status: str
    reden: str
    http_status: int | None
    api_versie: str | None
    antwoord: Any
    retry_in_seconds: float | None


async def finish_uitgaand(conn: AsyncConnection[Any], results: list[Afloop]) -> None:
    """Record DUO's answers of a batch (one pipelined round trip, not one per melding)."""
    async with conn.cursor() as cur:
        await cur.executemany(
            "UPDATE wegwijs.duo_uitgaand SET status = %s, laatste_reden = %s, http_status = %s,"
            " api_versie = %s, antwoord = %s, pogingen = pogingen + 1,"
            " volgende_poging = now() + make_interval(secs => %s),"
            " afgerond_op = CASE WHEN %s = 'wachtend' THEN NULL ELSE now() END WHERE id = %s",
            [
                (
                    r.status,
                    r.reden,
                    r.http_status,
                    r.api_versie,
                    None if r.antwoord is None else Jsonb(r.antwoord),
                    r.retry_in_seconds or 0,
                    r.status,
                    r.row_id,
                )
                for r in results
            ],
        )


async def store_notificatie(
    conn: AsyncConnection[Any],
    *,
    bericht_id: str,
    bron: str,
    doel: str,
    gemeentecode: str,
    gebeurtenis_id: str,
    bsn: str | None,
    registratie: datetime,
    inhoud: Any,
) -> bool:
    """Store a notification once; False when this berichtId was already received."""
    cur = await conn.execute(
        "INSERT INTO wegwijs.duo_inkomend (bericht_id, bron, doel, gemeentecode,"
        " gebeurtenis_id, bsn, registratie, inhoud) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
        " ON CONFLICT (bericht_id) DO NOTHING RETURNING 1",
        (bericht_id, bron, doel, gemeentecode, gebeurtenis_id, bsn, registratie, Jsonb(inhoud)),
    )
    return await cur.fetchone() is not None


async def claim_inkomend(conn: AsyncConnection[Any], limit: int) -> list[Inkomend]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT bericht_id::text, gemeentecode, gebeurtenis_id, bsn, registratie, pogingen"
        " FROM wegwijs.duo_inkomend WHERE status = 'ontvangen' AND volgende_poging <= now()"
        " ORDER BY volgende_poging, ontvangen_op LIMIT %s FOR UPDATE SKIP LOCKED",
        (limit,),
    )
    return [Inkomend(**row) for row in await cur.fetchall()]


async def finish_inkomend(
    conn: AsyncConnection[Any],
    bericht_id: str,
    *,
    status: str,
    reden: str = "",
    retry_in_seconds: float | None = None,
) -> None:
    await conn.execute(
        "UPDATE wegwijs.duo_inkomend SET status = %s, laatste_reden = %s,"
        " pogingen = pogingen + 1, volgende_poging = now() + make_interval(secs => %s),"
        " verwerkt_op = CASE WHEN %s = 'ontvangen' THEN NULL ELSE now() END"
        " WHERE bericht_id = %s",
        (status, reden, retry_in_seconds or 0, status, bericht_id),
    )


async def add_feit(
    conn: AsyncConnection[Any],
    *,
    gemeentecode: str,
    dossier_id: str | None,
    bsn: str | None,
    soort: str,
    gegevens: dict[str, Any],
    omschrijving: str,
    bericht_id: str,
    gebeurtenis_id: str | None = None,
    waarschuwing: str = "",
) -> bool:
    """Record one change DUO caused; False when this message already recorded it."""
    cur = await conn.execute(
        "INSERT INTO wegwijs.duo_feit (gemeentecode, dossier_id, bsn, soort, gegevens,"
        " omschrijving, waarschuwing, gebeurtenis_id, bericht_id)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
        " ON CONFLICT (bericht_id, soort) DO NOTHING RETURNING 1",
        (
            gemeentecode,
            dossier_id,
            bsn,
            soort,
            Jsonb(gegevens),
            omschrijving,
            waarschuwing,
            gebeurtenis_id,
            bericht_id,
        ),
    )
    return await cur.fetchone() is not None


_FEIT_SQL = (
    "INSERT INTO wegwijs.duo_feit (gemeentecode, dossier_id, bsn, soort, gegevens,"
    " omschrijving, waarschuwing, gebeurtenis_id, bericht_id)"
    " VALUES (%(gemeentecode)s, %(dossier_id)s, %(bsn)s, %(soort)s, %(gegevens)s,"
    " %(omschrijving)s, %(waarschuwing)s, %(gebeurtenis_id)s, %(bericht_id)s)"
    " ON CONFLICT (bericht_id, soort) DO NOTHING"
)


async def add_feiten(conn: AsyncConnection[Any], feiten: list[dict[str, Any]]) -> None:
    """Several DUO facts in one pipelined round trip (keys as `add_feit`'s arguments)."""
    rows = [
        {"waarschuwing": "", "gebeurtenis_id": None, **f, "gegevens": Jsonb(f["gegevens"])}
        for f in feiten
    ]
    async with conn.cursor() as cur:
        await cur.executemany(_FEIT_SQL, rows)


async def dossier_van(conn: AsyncConnection[Any], bsn: str) -> tuple[str, str] | None:
    """(dossier_id, gemeentecode) of the region's dossier with this BSN, or None."""
    cur = await conn.execute(
        "SELECT dossier_id, gemeentecode FROM wegwijs.duo_dossier_van(%s)", (bsn,)
    )
    row = await cur.fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


async def feiten(conn: AsyncConnection[Any], dossier_id: str) -> list[dict[str, Any]]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT soort, gegevens, omschrijving, waarschuwing, gebeurtenis_id, bericht_id::text,"
        " vastgelegd_op FROM wegwijs.duo_feit WHERE dossier_id = %s ORDER BY seq",
        (dossier_id,),
    )
    return list(await cur.fetchall())


async def backlog(conn: AsyncConnection[Any]) -> dict[str, int]:
    """Counts for beheer: what waits, what failed, what DUO rejected, unknown BSNs."""
    cur = await conn.execute(
        "SELECT 'uit_' || status, count(*) FROM wegwijs.duo_uitgaand GROUP BY status"
        " UNION ALL SELECT 'in_' || status, count(*) FROM wegwijs.duo_inkomend GROUP BY status"
    )
    return {str(k): int(v) for k, v in await cur.fetchall()}


@dataclass(frozen=True)
class ServerPip:
    """A vastgesteld PIP on the server with the dossier fields DUO's rules need."""

    pip_id: str
    dossier_id: str
    gemeentecode: str
    pip: dict[str, Any]
    inburgeraar: dict[str, Any]
    eerdere: list[dict[str, Any]]


async def pips_to_send(conn: AsyncConnection[Any], limit: int) -> list[ServerPip]:
    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT pip_id, dossier_id, gemeentecode, pip, inburgeraar, eerdere"
        " FROM wegwijs.duo_te_melden_pips(%s)",
        (limit,),
    )
    return [
        ServerPip(
            r["pip_id"],
            r["dossier_id"],
            r["gemeentecode"],
            r["pip"] or {},
            r["inburgeraar"] or {},
            list(r["eerdere"] or []),
        )
        for r in await cur.fetchall()
    ]


async def refuse_unsent(
    conn: AsyncConnection[Any],
    *,
    gemeentecode: str,
    soort: str,
    dossier_id: str,
    onderwerp_id: str,
    reden: str,
) -> str:
    """Record a melding Wegwijs will not send (it fails DUO's rules), so it is not tried again."""
    bericht_id = str(uuid.uuid4())
    await conn.execute(
        "INSERT INTO wegwijs.duo_uitgaand (bericht_id, gemeentecode, dossier_id, onderwerp_id,"
        " soort, methode, pad, status, laatste_reden, afgerond_op)"
        " VALUES (%s, %s, %s, %s, %s, 'POST', '', 'fout', %s, now())"
        " ON CONFLICT (soort, onderwerp_id) WHERE onderwerp_id IS NOT NULL DO NOTHING",
        (bericht_id, gemeentecode, dossier_id, onderwerp_id, soort, reden),
    )
    return bericht_id


async def eerste_dagtekening(conn: AsyncConnection[Any], dossier_id: str) -> date | None:
    cur = await conn.execute("SELECT wegwijs.duo_eerste_dagtekening(%s)", (dossier_id,))
    row = await cur.fetchone()
    return None if row is None or row[0] is None else row[0]


@dataclass(frozen=True)
class ServerResultaat:
    """A result marked done on a laptop (laptop table duo_melding), to be sent to DUO."""

    melding_id: str
    dossier_id: str
    gemeentecode: str
    soort: str
    gegevens: dict[str, Any]
    bsn: str


async def resultaten_to_send(conn: AsyncConnection[Any], limit: int) -> list[ServerResultaat]:
    import json

    cur = conn.cursor(row_factory=dict_row)
    await cur.execute(
        "SELECT melding_id, dossier_id, gemeentecode, soort, gegevens, bsn"
        " FROM wegwijs.duo_te_melden_resultaten(%s)",
        (limit,),
    )
    out = []
    for r in await cur.fetchall():
        raw = r["gegevens"]
        try:
            data = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            data = None
        out.append(
            ServerResultaat(
                r["melding_id"],
                r["dossier_id"],
                r["gemeentecode"],
                str(r["soort"]),
                data if isinstance(data, dict) else {},
                str(r["bsn"] or ""),
            )
        )
    return out


async def bsn_van_dossier(conn: AsyncConnection[Any], dossier_id: str) -> str | None:
    """The BSN the region holds for this dossier (server migration 0109), or None."""
    cur = await conn.execute("SELECT wegwijs.duo_bsn_van_dossier(%s)", (dossier_id,))
    row = await cur.fetchone()
    return None if row is None or row[0] is None else str(row[0])
