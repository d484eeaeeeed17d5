"""Sending queued meldingen to DUO: claim a batch, send it concurrently, record each answer.

The batch is claimed and answered in one transaction: a gateway that dies mid-batch leaves the
rows as they were, and the next run sends them again with the same berichtId (DUO's answer to a
repeat is the first answer). DUO's answer to a melding about a dossier becomes a DUO fact on
that dossier: "Door DUO geregistreerd op …" or the rejection with DUO's reasons.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from psycopg import AsyncConnection

from app.duo.client import Antwoord, DuoClient, Uitkomst
from app.duo.config import GatewayConfig
from app.duo.meldingen import SOORT_LABEL
from db.server import duo_queue
from db.server.duo_queue import Afloop, Uitgaand

NL = ZoneInfo("Europe/Amsterdam")
STATUS = {
    Uitkomst.BEVESTIGD: "bevestigd",
    Uitkomst.AFGEWEZEN: "afgewezen",
    Uitkomst.FOUT_VERZOEK: "fout",
}


def answer_text(soort: str, answer: Antwoord, now: datetime) -> str:
    """The line in the dossier's history, always with its source."""
    label = SOORT_LABEL.get(soort, soort)
    if answer.uitkomst is Uitkomst.BEVESTIGD:
        return f"{label}: door DUO geregistreerd op {now.astimezone(NL):%d-%m-%Y} (bron: DUO)"
    if answer.uitkomst is Uitkomst.AFGEWEZEN:
        return f"{label}: door DUO afgewezen. {answer.reden} (bron: DUO)"
    return f"{label}: niet door DUO verwerkt. {answer.reden}"


def _gegevens(row: Uitgaand, answer: Antwoord, status: str, now: datetime) -> dict[str, Any]:
    out: dict[str, Any] = {
        "onderwerp_id": row.onderwerp_id,
        "status": status,
        "fouten": list(answer.fouten),
        "datum": now.date().isoformat(),
    }
    if row.soort == "contactpersoon" and isinstance(answer.body, dict):
        duo_id = answer.body.get("id")  # DUO's number: needed to change or remove it later
        if isinstance(duo_id, int) and not isinstance(duo_id, bool):
            out["duo_id"] = duo_id
    return out


async def _send(client: DuoClient, config: GatewayConfig, row: Uitgaand) -> Antwoord:
    from app.duo.meldingen import Melding

    melding = Melding(row.soort, row.methode, row.pad, row.inhoud)
    return await client.send(
        melding, bron_oin=config.oin_of(row.gemeentecode), bericht_id=row.bericht_id
    )


async def send_batch(
    conn: AsyncConnection[Any], client: DuoClient, config: GatewayConfig
) -> tuple[int, int]:
    """Send what is due; returns (handled, to retry). Commits per batch."""
    async with conn.transaction():
        rows = await duo_queue.claim_uitgaand(conn, config.batch)
        if not rows:
            return 0, 0
        answers = await asyncio.gather(*(_send(client, config, r) for r in rows))
        now = datetime.now(NL)
        results: list[Afloop] = []
        feiten: list[dict[str, Any]] = []
        for row, answer in zip(rows, answers, strict=True):
            if answer.uitkomst is Uitkomst.OPNIEUW:
                results.append(
                    Afloop(
                        row.id,
                        "wachtend",
                        answer.reden,
                        answer.status,
                        answer.api_version,
                        None,
                        config.backoff.delay(row.pogingen),
                    )
                )
                continue
            status = STATUS[answer.uitkomst]
            results.append(
                Afloop(
                    row.id,
                    status,
                    answer.reden,
                    answer.status,
                    answer.api_version,
                    answer.body,
                    None,
                )
            )
            if row.dossier_id is not None:
                feiten.append(
                    {
                        "gemeentecode": row.gemeentecode,
                        "dossier_id": row.dossier_id,
                        "bsn": None,
                        "soort": f"{row.soort}_antwoord",
                        "gegevens": _gegevens(row, answer, status, now),
                        "omschrijving": answer_text(row.soort, answer, now),
                        "bericht_id": row.bericht_id,
                    }
                )
        await duo_queue.finish_uitgaand(conn, results)
        if feiten:
            await duo_queue.add_feiten(conn, feiten)
        retry = sum(1 for r in results if r.status == "wachtend")
        return len(rows), retry
