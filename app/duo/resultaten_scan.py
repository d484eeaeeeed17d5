"""From a result marked done on a laptop (gevolgde uren, contactpersoon) that reached the
server by the sync to its melding for DUO: queued once per marked row (its id is the onderwerp),
then sent like every melding (sender.py). A row Wegwijs cannot send (no BSN, a value outside
DUO's bounds) is recorded as not sent, with the reason, on the dossier."""

from __future__ import annotations

from datetime import date
from typing import Any

from psycopg import AsyncConnection

from app.duo import meldingen
from app.duo.meldingen import Melding, MeldingError
from app.duo.messages.outgoing import (
    Contactpersoongegevens,
    ResultaatZroute,
    Uren,
    UrenSoort,
)
from db.server import duo_queue
from db.server.duo_queue import ServerResultaat


def _duo_id(g: dict[str, Any]) -> int:
    duo_id = g.get("duo_id")
    if isinstance(duo_id, bool) or not isinstance(duo_id, int):
        raise ValueError("duo_id")
    return duo_id


def melding_for(r: ServerResultaat) -> Melding:
    g = r.gegevens
    try:
        if r.soort == "pip_verwijderen":
            return meldingen.pip_verwijderen(r.bsn)
        if r.soort == "zroute":
            dag = date.fromisoformat(str(g.get("datum_afronding")))
            return meldingen.zroute_resultaat(r.bsn, ResultaatZroute(dag))
        if r.soort == "uren":
            uren = g.get("uren")
            if isinstance(uren, bool) or not isinstance(uren, int):
                raise ValueError("uren")
            return meldingen.uren(r.bsn, Uren(UrenSoort(str(g.get("soort"))), uren))
        if r.soort == "contactpersoon_verwijderen":
            return meldingen.contactpersoon_verwijderen(_duo_id(g))
        if r.soort == "contactpersoon_wijzigen":
            return meldingen.contactpersoon_wijzigen(
                _duo_id(g),
                Contactpersoongegevens(
                    str(g.get("naam") or ""),
                    str(g.get("email") or ""),
                    str(g.get("telefoonnummer") or ""),
                ),
            )
        if r.soort == "contactpersoon":
            return meldingen.contactpersoon(
                Contactpersoongegevens(
                    str(g.get("naam") or ""),
                    str(g.get("email") or ""),
                    str(g.get("telefoonnummer") or ""),
                )
            )
    except ValueError as exc:
        raise MeldingError(["De gemarkeerde waarde past niet in het bericht voor DUO."]) from exc
    raise MeldingError([f"Onbekende soort melding: {r.soort}."])


async def enqueue_new_results(conn: AsyncConnection[Any], limit: int = 100) -> int:
    async with conn.transaction():
        found = await duo_queue.resultaten_to_send(conn, limit)
        for r in found:
            try:
                m = melding_for(r)
            except MeldingError as exc:
                reden = "Niet naar DUO: " + "; ".join(exc.problems)
                bericht_id = await duo_queue.refuse_unsent(
                    conn,
                    gemeentecode=r.gemeentecode,
                    soort=r.soort,
                    dossier_id=r.dossier_id,
                    onderwerp_id=r.melding_id,
                    reden=reden,
                )
                await duo_queue.add_feit(
                    conn,
                    gemeentecode=r.gemeentecode,
                    dossier_id=r.dossier_id,
                    bsn=None,
                    soort=f"{r.soort}_antwoord",
                    gegevens={"onderwerp_id": r.melding_id, "status": "fout"},
                    omschrijving=f"{meldingen.SOORT_LABEL.get(r.soort, r.soort)} niet naar DUO "
                    f"verzonden. {reden}",
                    bericht_id=bericht_id,
                )
                continue
            await duo_queue.enqueue(
                conn,
                gemeentecode=r.gemeentecode,
                soort=m.soort,
                methode=m.method,
                pad=m.path,
                inhoud=m.body,
                dossier_id=r.dossier_id,
                onderwerp_id=r.melding_id,
            )
        return len(found)
