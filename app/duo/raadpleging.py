"""The gateway's side of "Gegevens DUO ophalen": one officer's request, DUO consulted, answered.

DUO is asked for the plicht first: when DUO does not know the person for this gemeente (404) or
cannot be reached, the answer is a refusal with a Dutch reason and nothing else is asked. The
other consults (doelgroep, LBT, termijn, ontheffingen, vrijstellingen) may be empty (404).
"""

from __future__ import annotations

import uuid
from typing import Any

from psycopg import AsyncConnection

from app.duo.client import DuoClient, Uitkomst
from app.duo.config import GatewayConfig
from app.duo.digikoppeling import ConfigError
from app.duo.gegevens import DuoGegevens
from app.duo.meldingen import consult_paths
from app.duo.messages.common import DuoMessageError
from app.duo.messages.consults import (
    Doelgroep,
    Inburgeringsplicht,
    Inburgeringstermijn,
    LbtResultaat,
    ontheffingen_from_json,
    vrijstellingen_from_json,
)
from db.server import duo_raadpleging

# A laptop waits at most this long; older requests are not worth DUO's time any more.
MAX_AGE_SECONDS = 120.0

DUO_WEG = "DUO is nu niet bereikbaar. Probeer het later opnieuw; er is niets veranderd."


class Weigering(Exception):
    def __init__(self, reden: str) -> None:
        super().__init__(reden)
        self.reden = reden


async def consult_all(client: DuoClient, bron: str, bsn: str) -> DuoGegevens:
    """Everything "Gegevens DUO ophalen" shows; Weigering when DUO cannot answer."""
    paths = consult_paths(bsn)
    bodies: dict[str, Any] = {}
    for what in (
        "inburgeringsplicht",
        "doelgroep",
        "lbt",
        "termijn",
        "ontheffingen",
        "vrijstellingen",
    ):
        answer = await client.request(
            "GET", paths[what], bron_oin=bron, bericht_id=str(uuid.uuid4())
        )
        if answer.uitkomst is Uitkomst.OPNIEUW:
            raise Weigering(DUO_WEG)
        if answer.uitkomst is Uitkomst.FOUT_VERZOEK:
            raise Weigering(answer.reden)
        if answer.uitkomst is Uitkomst.AFGEWEZEN:
            if what == "inburgeringsplicht":
                raise Weigering(answer.reden)
            continue
        bodies[what] = answer.body
    try:
        return DuoGegevens(
            plicht=Inburgeringsplicht.from_json(bodies["inburgeringsplicht"]),
            doelgroep=Doelgroep.from_json(bodies["doelgroep"]) if "doelgroep" in bodies else None,
            lbt=LbtResultaat.list_from_json(bodies["lbt"]) if "lbt" in bodies else [],
            termijn=(
                Inburgeringstermijn.from_json(bodies["termijn"]) if "termijn" in bodies else None
            ),
            ontheffingen=ontheffingen_from_json(bodies.get("ontheffingen", [])),
            vrijstellingen=vrijstellingen_from_json(bodies.get("vrijstellingen", [])),
        )
    except DuoMessageError as exc:
        raise Weigering(f"Het antwoord van DUO is niet te lezen ({exc}).") from exc


async def answer_one(conn: AsyncConnection[Any], client: DuoClient, config: GatewayConfig) -> bool:
    """Answer the oldest open request; False when none waits."""
    async with conn.transaction():
        verzoek = await duo_raadpleging.claim(conn, MAX_AGE_SECONDS)
        if verzoek is None:
            return False
        try:
            bron = config.oin_of(verzoek.gemeentecode)
            gegevens = await consult_all(client, bron, verzoek.bsn)
        except ConfigError:
            await duo_raadpleging.answer(
                conn,
                verzoek.id,
                "mislukt",
                None,
                "Voor deze gemeente is de koppeling met DUO niet ingesteld (melden bij beheer).",
            )
        except Weigering as no:
            await duo_raadpleging.answer(conn, verzoek.id, "mislukt", None, no.reden)
        else:
            await duo_raadpleging.answer(conn, verzoek.id, "beantwoord", gegevens.to_json(), "")
    return True
