"""SQL of "Gegevens DUO ophalen" (server migration 0104): the gateway's side, asynchronous.

The gateway claims a request (``FOR UPDATE SKIP LOCKED``: two gateways never ask DUO twice for
one request), consults DUO and writes the answer in the same transaction. Requests older than
*max_age_seconds* are skipped: the officer's laptop stopped waiting for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from psycopg import AsyncConnection
from psycopg.types.json import Jsonb


@dataclass(frozen=True)
class Verzoek:
    id: str
    gemeentecode: str
    bsn: str


async def claim(conn: AsyncConnection[Any], max_age_seconds: float) -> Verzoek | None:
    cur = await conn.execute(
        "SELECT id::text, gemeentecode, bsn FROM wegwijs.duo_raadpleging"
        " WHERE status = 'gevraagd' AND gevraagd_op > now() - make_interval(secs => %s)"
        " ORDER BY gevraagd_op LIMIT 1 FOR UPDATE SKIP LOCKED",
        (max_age_seconds,),
    )
    row = await cur.fetchone()
    return None if row is None else Verzoek(str(row[0]), str(row[1]), str(row[2]))


async def answer(
    conn: AsyncConnection[Any], verzoek_id: str, status: str, antwoord: Any, reden: str
) -> None:
    await conn.execute(
        "UPDATE wegwijs.duo_raadpleging SET status = %s, antwoord = %s, reden = %s,"
        " beantwoord_op = now() WHERE id = %s",
        (status, None if antwoord is None else Jsonb(antwoord), reden, verzoek_id),
    )
