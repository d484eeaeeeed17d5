"""Processing stored notifications: consult DUO as the event asks, record the DUO facts.

Claim, consult, record and mark done happen in one transaction, so a notification's facts are
recorded exactly once however often it arrived or the gateway restarted. DUO unreachable: the
notification waits (back-off) and nothing is recorded yet. A BSN the region does not hold is
recorded as such and shown in the backlog, never matched by guesswork.
"""

from __future__ import annotations

import uuid
from typing import Any

from psycopg import AsyncConnection

from app.deadlines.engine import einde_inburgeringstermijn
from app.duo.client import Antwoord, DuoClient, Uitkomst
from app.duo.config import GatewayConfig
from app.duo.effects import Consulted, Feit, consults_for, facts_for
from app.duo.events import Gebeurtenis, effect_of
from app.duo.meldingen import consult_paths
from app.duo.messages.common import DuoMessageError
from app.duo.messages.consults import (
    Doelgroep,
    Inburgeringsplicht,
    Inburgeringstermijn,
    LbtResultaat,
)
from db.server import duo_aanmelding, duo_queue
from db.server.duo_queue import Inkomend


class _Later(Exception):
    def __init__(self, reden: str) -> None:
        super().__init__(reden)
        self.reden = reden


async def _consult(client: DuoClient, bron: str, bsn: str, wanted: tuple[str, ...]) -> Consulted:
    out = Consulted()
    paths = consult_paths(bsn)
    for what in wanted:
        answer: Antwoord = await client.request(
            "GET", paths[what], bron_oin=bron, bericht_id=str(uuid.uuid4())
        )
        if answer.uitkomst is Uitkomst.OPNIEUW:
            raise _Later(answer.reden)
        if answer.uitkomst is not Uitkomst.BEVESTIGD:
            continue  # 404: DUO has no such fact (yet); 403: not ours to see
        try:
            if what == "inburgeringsplicht":
                out.plicht = Inburgeringsplicht.from_json(answer.body)
            elif what == "doelgroep":
                out.doelgroep = Doelgroep.from_json(answer.body)
            elif what == "lbt":
                out.lbt = LbtResultaat.list_from_json(answer.body)
            elif what == "termijn":
                out.termijn = Inburgeringstermijn.from_json(answer.body)
        except DuoMessageError as exc:
            raise _Later(f"Antwoord van DUO niet te lezen ({what}): {exc}") from exc
    return out


async def _record(
    conn: AsyncConnection[Any], n: Inkomend, dossier: tuple[str, str] | None, facts: list[Feit]
) -> None:
    for f in facts:
        await duo_queue.add_feit(
            conn,
            gemeentecode=dossier[1] if dossier else n.gemeentecode,
            dossier_id=dossier[0] if dossier else None,
            bsn=None if dossier else n.bsn,
            soort=f.soort,
            gegevens=f.gegevens,
            omschrijving=f.omschrijving,
            waarschuwing=f.waarschuwing,
            gebeurtenis_id=n.gebeurtenis_id,
            bericht_id=n.bericht_id,
        )


async def _aanmelding(
    conn: AsyncConnection[Any], n: Inkomend, g: Gebeurtenis, consulted: Consulted
) -> None:
    """ "Nieuw van DUO": the officers of the gemeente take this person into the register."""
    assert n.bsn is not None
    p, d = consulted.plicht, consulted.doelgroep
    await duo_aanmelding.record(
        conn,
        gemeentecode=n.gemeentecode,
        bsn=n.bsn,
        gebeurtenis_id=g.code,
        omschrijving=g.omschrijving,
        registratie=n.registratie,
        bericht_id=n.bericht_id,
        plichtig=None if p is None else p.plichtig,
        datum_start_plicht=None if p is None else p.begindatum,
        datum_melding_duo=None if p is None else p.datum_kennisgeving,
        indeling=None if d is None or d.indeling is None else d.indeling.value,
        gedetailleerde_doelgroep=None if d is None else d.gedetailleerd,
        asielrechten=None if d is None else d.asielrechten_wijziging,
        met_pip_elders=g.met_pip_elders,
    )


async def process_one(
    conn: AsyncConnection[Any], client: DuoClient, config: GatewayConfig, n: Inkomend
) -> str:
    g = effect_of(n.gebeurtenis_id)
    if n.bsn is None:
        await duo_queue.finish_inkomend(conn, n.bericht_id, status="onbekend", reden="geen BSN")
        return "onbekend"
    dossier = await duo_queue.dossier_van(conn, n.bsn)
    if dossier is None and not g.maakt_dossier:
        await _record(
            conn,
            n,
            None,
            [
                Feit(
                    "onbekend_bsn",
                    {"gebeurtenis_id": g.code},
                    f"{g.omschrijving}: dit BSN staat niet in het register van de regio "
                    "(bron: DUO)",
                )
            ],
        )
        await duo_queue.finish_inkomend(
            conn, n.bericht_id, status="onbekend", reden="BSN niet in de regio"
        )
        return "onbekend"
    try:
        consulted = await _consult(client, config.oin_of(n.gemeentecode), n.bsn, consults_for(g))
    except _Later as later:
        await duo_queue.finish_inkomend(
            conn,
            n.bericht_id,
            status="ontvangen",
            reden=later.reden,
            retry_in_seconds=config.backoff.delay(n.pogingen),
        )
        return "opnieuw"
    computed_end = None
    if dossier is not None and consulted.termijn and not consulted.termijn.verlengingsgrondcode:
        first = await duo_queue.eerste_dagtekening(conn, dossier[0])
        computed_end = einde_inburgeringstermijn(first) if first else None
    facts = facts_for(g, consulted, known=dossier is not None, computed_end=computed_end)
    await _record(conn, n, dossier, facts)
    if dossier is None:
        await _aanmelding(conn, n, g, consulted)
    await duo_queue.finish_inkomend(conn, n.bericht_id, status="verwerkt")
    return "verwerkt"


async def process_batch(
    conn: AsyncConnection[Any], client: DuoClient, config: GatewayConfig
) -> int:
    """Up to `batch` notifications, each in its own transaction (a DUO fact about a dossier
    takes the sync's ordering lock: held for one notification, never across several consults)."""
    done = 0
    for _ in range(config.batch):
        async with conn.transaction():
            rows = await duo_queue.claim_inkomend(conn, 1)
            if not rows:
                break
            n = rows[0]
            try:
                async with conn.transaction():  # a savepoint: a bad message spoils no other
                    await process_one(conn, client, config, n)
            except Exception as exc:  # recorded for beheer, never retried in a loop
                await duo_queue.finish_inkomend(
                    conn,
                    n.bericht_id,
                    status="fout",
                    reden=f"Verwerking mislukt: {type(exc).__name__}",
                )
        done += 1
    return done
